package dev.slant.jobs.ingest;

import dev.slant.jobs.SparkTestBase;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.zip.GZIPInputStream;

/** Lines of the shared Article-Bias-Prediction corpus, for tests that need real, dirty input but not all of it. */
final class CorpusSlice {
    /** Lines (1-based) whose dates are impossible (0001, 2050) or old but real (2001, 2007, 2010). */
    static final Set<Integer> ODD_DATE_LINES = Set.of(4355, 12474, 13753, 19466, 26952, 30582, 32179);

    private CorpusSlice() {
    }

    static Path corpus() {
        return SparkTestBase.sharedData().resolve("corpora/article-bias-prediction.jsonl.gz");
    }

    /** Lines whose 1-based number passes {@code keep}, reading no further than {@code lastLine}. */
    static List<String> lines(Predicate<Integer> keep, int lastLine) {
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(corpus()), 65_536), StandardCharsets.UTF_8))) {
            int n = 0;
            for (String line = r.readLine(); line != null && n < lastLine; line = r.readLine()) {
                n++;
                if (keep.test(n)) {
                    out.add(line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    static Path write(Path dir, String name, List<String> lines) {
        try {
            Files.createDirectories(dir);
            return Files.write(dir.resolve(name), lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
