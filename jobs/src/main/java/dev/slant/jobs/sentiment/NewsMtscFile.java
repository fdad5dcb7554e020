package dev.slant.jobs.sentiment;

import dev.slant.models.sentiment.NewsMtsc;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads a NewsMTSC JSON-lines file; lines that are not usable records become rejects with a reason. */
public final class NewsMtscFile {
    private static final int RAW_LIMIT = 500;

    private NewsMtscFile() {
    }

    /** One unusable line, in the shape of the warehouse's rejects table. */
    public record Reject(String input, long position, String reason, String raw) {
    }

    public record Contents(List<NewsMtsc.Sentence> sentences, List<Reject> rejects) {
        public int targets() {
            return sentences.stream().mapToInt(s -> s.targets().size()).sum();
        }

        /** Only the sentences of the fixed hold-out part (or only the others). */
        public List<NewsMtsc.Sentence> holdout(boolean wanted) {
            return sentences.stream().filter(s -> NewsMtsc.isHoldout(s.primaryGid()) == wanted).toList();
        }

        /** Reject counts by reason, for the summary printed at the end of a run. */
        public Map<String, Integer> rejectCounts() {
            Map<String, Integer> counts = new TreeMap<>();
            rejects.forEach(r -> counts.merge(r.reason().replaceAll(":.*", ""), 1, Integer::sum));
            return counts;
        }
    }

    public static Contents read(Path file) throws IOException {
        List<NewsMtsc.Sentence> sentences = new ArrayList<>();
        List<Reject> rejects = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            long lineNo = 0;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    sentences.add(NewsMtsc.parse(line));
                } catch (IllegalArgumentException e) {
                    rejects.add(new Reject(file.toString(), lineNo, e.getMessage(),
                            line.length() > RAW_LIMIT ? line.substring(0, RAW_LIMIT) : line));
                }
            }
        }
        return new Contents(sentences, rejects);
    }
}
