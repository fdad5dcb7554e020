package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.stats.KrippendorffAlpha;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Agreement between two hand coders of the same items (data/handcoded/: one JSON line per item with item_id, label,
 * polar), as Krippendorff's nominal alpha: over all four codes, over negative / neutral / positive on the items
 * neither coder excluded (the sentiment codes a scorer is validated on), and over the polar flag on those items.
 * Items a coder left uncoded (label null, as in the templates) are missing values, not disagreements.
 */
public final class CodingAgreement {
    static final String EXCLUDE = "exclude";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One coder's code of one item; label and polar null when not coded. */
    public record Code(String label, Boolean polar) {
    }

    /** The figures for one group of items (all, or one lean). */
    public record Result(int items, int codedByBoth, int excludedByEither, double alphaAll, double alphaSentiment,
                         double alphaPolar, double percentAgreement) {
        String line(String group) {
            return String.format("%-8s items %d, coded by both %d, excluded by either %d: alpha(4 codes) %.3f, "
                            + "alpha(neg/neu/pos) %.3f, alpha(polar) %.3f, agreement %.1f%%", group, items,
                    codedByBoth, excludedByEither, alphaAll, alphaSentiment, alphaPolar, 100 * percentAgreement);
        }
    }

    private CodingAgreement() {
    }

    /** item_id → code, in file order; blank or unreadable lines are skipped. */
    public static Map<String, Code> read(Path file) {
        Map<String, Code> codes = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank()) {
                    continue;
                }
                JsonNode n = JSON.readTree(line);
                String label = text(n.get("label"));
                JsonNode polar = n.get("polar");
                codes.put(n.path("item_id").asText(), new Code(label == null ? null : label.trim().toLowerCase(),
                        polar == null || polar.isNull() ? null : polar.asBoolean()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return codes;
    }

    private static String text(JsonNode n) {
        return n == null || n.isNull() ? null : n.asText();
    }

    /** Agreement over the given items (ids missing from a coder's file count as not coded). */
    public static Result compare(Iterable<String> items, Map<String, Code> a, Map<String, Code> b) {
        List<List<String>> all = new ArrayList<>();
        List<List<String>> sentiment = new ArrayList<>();
        List<List<Boolean>> polar = new ArrayList<>();
        int n = 0;
        int both = 0;
        int excluded = 0;
        int agree = 0;
        Code none = new Code(null, null);
        for (String id : items) {
            n++;
            Code x = a.getOrDefault(id, none);
            Code y = b.getOrDefault(id, none);
            all.add(Arrays.asList(x.label(), y.label()));
            if (x.label() == null || y.label() == null) {
                continue;
            }
            both++;
            agree += x.label().equals(y.label()) ? 1 : 0;
            if (x.label().equals(EXCLUDE) || y.label().equals(EXCLUDE)) {
                excluded++;
                continue;
            }
            sentiment.add(Arrays.asList(x.label(), y.label()));
            polar.add(Arrays.asList(x.polar(), y.polar()));
        }
        return new Result(n, both, excluded, KrippendorffAlpha.nominal(all), KrippendorffAlpha.nominal(sentiment),
                KrippendorffAlpha.nominal(polar), both == 0 ? Double.NaN : (double) agree / both);
    }

    /** Item ids grouped by the sample's `lean` (the set's sample.jsonl), leans in alphabetical order. */
    public static Map<String, List<String>> byLean(Path sample) {
        Map<String, List<String>> groups = new TreeMap<>();
        try {
            for (String line : Files.readAllLines(sample, StandardCharsets.UTF_8)) {
                if (!line.isBlank()) {
                    JsonNode node = JSON.readTree(line);
                    groups.computeIfAbsent(node.path("lean").asText("unknown"), k -> new ArrayList<>())
                            .add(node.path("item_id").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return groups;
    }

    /** `validate agreement --coders A.jsonl,B.jsonl [--sample sample.jsonl]`: prints the figures, by lean too. */
    static int run(Path first, Path second, Path sample) {
        Map<String, Code> a = read(first);
        Map<String, Code> b = read(second);
        TreeSet<String> ids = new TreeSet<>(a.keySet());
        ids.addAll(b.keySet());
        System.out.println(compare(ids, a, b).line("all"));
        if (sample != null) {
            byLean(sample).forEach((lean, items) -> System.out.println(compare(items, a, b).line(lean)));
        }
        return 0;
    }
}
