package dev.slant.jobs.sentiment;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.models.sentiment.AnalyzedSentence;
import dev.slant.models.sentiment.SentimentAnalyzer;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * RNTN analyses of texts, kept in a JSON-lines file keyed by a hash of parser model and text. Annotating NewsMTSC's
 * 7,758 sentences takes many minutes; with the cache, training experiments and re-validation take seconds. Each
 * result is appended as soon as it is done, so an interrupted run resumes where it stopped. This runs on the
 * driver with a thread pool rather than in Spark: the input is one 3 MB file, and an appending file is what makes
 * the work resumable.
 */
public final class AnalysisCache {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<AnalyzedSentence>> SENTENCES = new TypeReference<>() {
    };

    private final Path file;
    private final SentimentAnalyzer analyzer;
    private final Map<String, List<AnalyzedSentence>> entries = new ConcurrentHashMap<>();

    public AnalysisCache(Path file, SentimentAnalyzer analyzer) {
        this.file = file;
        this.analyzer = analyzer;
        load();
    }

    /** The default cache file for an analyzer, under the project's target/ (git-ignored). */
    public static Path defaultFile(Path projectDir, SentimentAnalyzer analyzer) {
        String name = analyzer.parserModel().contains("srparser") ? "sr" : "pcfg";
        return projectDir.resolve("target/sentiment-cache/rntn-" + name + ".jsonl");
    }

    public int size() {
        return entries.size();
    }

    /** The analysis of a text, from the cache or computed now (and then cached). */
    public List<AnalyzedSentence> get(String text) {
        List<AnalyzedSentence> cached = entries.get(key(text));
        return cached != null ? cached : analyzeAndStore(text);
    }

    /** Analyses every text not yet cached with {@code threads} threads, printing progress to stderr. */
    public void ensure(Collection<String> texts, int threads) {
        List<String> missing = new ArrayList<>();
        LinkedHashSet<String> distinct = new LinkedHashSet<>(texts);
        for (String t : distinct) {
            if (!entries.containsKey(key(t))) {
                missing.add(t);
            }
        }
        System.err.printf("sentiment: %d distinct texts, %d cached, %d to analyse with %s%n", distinct.size(),
                distinct.size() - missing.size(), missing.size(), analyzer.parserModel());
        if (missing.isEmpty()) {
            return;
        }
        long start = System.nanoTime();
        AtomicInteger done = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (String t : missing) {
                futures.add(pool.submit(() -> {
                    analyzeAndStore(t);
                    int n = done.incrementAndGet();
                    if (n % 200 == 0 || n == missing.size()) {
                        double secs = (System.nanoTime() - start) / 1e9;
                        System.err.printf("sentiment: analysed %d/%d (%.1f texts/s)%n", n, missing.size(), n / secs);
                    }
                }));
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (Exception e) {
            throw new IllegalStateException("analysis failed: " + e.getMessage(), e);
        } finally {
            pool.shutdown();
            try {
                pool.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private List<AnalyzedSentence> analyzeAndStore(String text) {
        List<AnalyzedSentence> analysis = analyzer.analyze(text);
        String key = key(text);
        entries.put(key, analysis);
        append(key, analysis);
        return analysis;
    }

    private synchronized void append(String key, List<AnalyzedSentence> analysis) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND)) {
                w.write(JSON.writeValueAsString(Map.of("key", key, "sentences", analysis)));
                w.newLine();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void load() {
        if (!Files.exists(file)) {
            return;
        }
        int bad = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                try {
                    var node = JSON.readTree(line);
                    entries.put(node.get("key").asText(), JSON.convertValue(node.get("sentences"), SENTENCES));
                } catch (Exception e) {
                    bad++; // a line cut short by an interrupted run: that text is simply analysed again
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bad > 0) {
            System.err.printf("sentiment: ignored %d unreadable lines of cache %s%n", bad, file);
        }
    }

    private String key(String text) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-1");
            sha.update(analyzer.parserModel().getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
