package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.sentiment.ClassificationMetrics;
import dev.slant.models.sentiment.TargetSentiment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The gold of a data/handcoded/ set (`gold.jsonl`: the items both coders labelled alike) and how a scorer's labels
 * measure against it: macro-F1 over negative / neutral / positive, the sign on polar items, and accuracy by lean (an
 * error rate that differs by lean would make outlets look different when they are not).
 */
final class HandCodedGold {
    private static final ObjectMapper JSON = new ObjectMapper();

    private HandCodedGold() {
    }

    static List<JsonNode> read(Path gold) {
        try {
            List<JsonNode> items = new ArrayList<>();
            for (String line : Files.readAllLines(gold, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    items.add(JSON.readTree(line));
                }
            }
            return items;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + gold, e);
        }
    }

    static int classOf(String label) {
        int k = Arrays.asList(TargetSentiment.LABELS).indexOf(label);
        if (k < 0) {
            throw new IllegalArgumentException("not a sentiment label: " + label);
        }
        return k;
    }

    /** The figures of one scorer's labels (parallel to {@code items}) against the gold labels. */
    static String report(String title, List<JsonNode> items, List<String> predicted) {
        ClassificationMetrics all = new ClassificationMetrics(TargetSentiment.LABELS);
        Map<String, int[]> byLean = new TreeMap<>();
        int polar = 0;
        int polarRight = 0;
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String gold = item.path("label").asText();
            all.add(classOf(gold), classOf(predicted.get(i)));
            boolean right = gold.equals(predicted.get(i));
            int[] lean = byLean.computeIfAbsent(item.path("lean").asText("unknown"), k -> new int[2]);
            lean[0]++;
            lean[1] += right ? 1 : 0;
            if (item.path("polar").asBoolean(false)) {
                polar++;
                polarRight += right ? 1 : 0;
            }
        }
        StringBuilder sb = new StringBuilder(all.format(title));
        sb.append(String.format(Locale.ROOT, "  polar items with the right sign: %d/%d = %.3f%n", polarRight, polar,
                polar == 0 ? Double.NaN : (double) polarRight / polar));
        sb.append("  accuracy by lean:");
        byLean.forEach((lean, n) -> sb.append(String.format(Locale.ROOT, " %s %.3f (%d/%d)", lean,
                (double) n[1] / n[0], n[1], n[0])));
        double[] acc = byLean.values().stream().mapToDouble(n -> (double) n[1] / n[0]).toArray();
        sb.append(String.format(Locale.ROOT, "; gap %.3f%n", Arrays.stream(acc).max().orElse(0)
                - Arrays.stream(acc).min().orElse(0)));
        return sb.toString();
    }

    /** Labels of the items by a scorer, one call per item. */
    static List<String> label(List<JsonNode> items, Function<JsonNode, String> scorer) {
        return items.stream().map(scorer).toList();
    }
}
