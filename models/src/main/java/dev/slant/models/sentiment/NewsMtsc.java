package dev.slant.models.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.List;

/**
 * The NewsMTSC format (Hamborg &amp; Donnay, EACL 2021): one JSON object per line with {@code primary_gid},
 * {@code sentence_normalized} and {@code targets[]} ({@code Input.gid}, {@code from}, {@code to}, {@code mention},
 * {@code polarity} 2.0 negative / 4.0 neutral / 6.0 positive), and the deterministic hold-out split Slant uses.
 */
public final class NewsMtsc {
    /** Share of the training file's sentences held out from all training, chosen by hash of primary_gid. */
    public static final int HOLDOUT_PERCENT = 15;
    private static final ObjectMapper JSON = new ObjectMapper();

    private NewsMtsc() {
    }

    public record Target(String gid, int from, int to, String mention, int polarity) {
        /** 0 negative, 1 neutral, 2 positive: the index into {@link TargetSentiment#LABELS}. */
        public int classIndex() {
            return classOf(polarity);
        }
    }

    public record Sentence(String primaryGid, String text, List<Target> targets) {
    }

    /** 2 → 0 (negative), 4 → 1 (neutral), 6 → 2 (positive). */
    public static int classOf(int polarity) {
        return switch (polarity) {
            case 2 -> 0;
            case 4 -> 1;
            case 6 -> 2;
            default -> throw new IllegalArgumentException("polarity must be 2, 4 or 6, got " + polarity);
        };
    }

    /** The NewsMTSC polarity code (2, 4, 6) of a class index. */
    public static int polarityOf(int classIndex) {
        return 2 + 2 * classIndex;
    }

    /**
     * Parses one line. Throws IllegalArgumentException with a readable reason when the line is not a usable record
     * (callers turn that into a reject).
     */
    public static Sentence parse(String line) {
        JsonNode n;
        try {
            n = JSON.readTree(line);
        } catch (Exception e) {
            throw new IllegalArgumentException("not JSON: " + messageOf(e));
        }
        if (n == null || !n.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String text = n.path("sentence_normalized").asText(null);
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("no sentence_normalized");
        }
        JsonNode ts = n.path("targets");
        if (!ts.isArray() || ts.isEmpty()) {
            throw new IllegalArgumentException("no targets");
        }
        List<Target> targets = new ArrayList<>();
        for (JsonNode t : ts) {
            int from = t.path("from").asInt(-1);
            int to = t.path("to").asInt(-1);
            if (from < 0 || to <= from || to > text.length()) {
                throw new IllegalArgumentException("target span " + from + ".." + to + " outside the sentence");
            }
            double pol = t.path("polarity").asDouble(Double.NaN);
            int polarity = (int) pol;
            if (pol != polarity) {
                throw new IllegalArgumentException("polarity is not 2.0, 4.0 or 6.0: " + t.path("polarity"));
            }
            classOf(polarity);
            String gid = t.path("Input.gid").asText(n.path("primary_gid").asText(""));
            targets.add(new Target(gid, from, to, t.path("mention").asText(text.substring(from, to)), polarity));
        }
        String primary = n.path("primary_gid").asText(targets.get(0).gid());
        return new Sentence(primary, text, List.copyOf(targets));
    }

    private static String messageOf(Exception e) {
        return e.getMessage();
    }

    /** True for the fixed 15% of sentences that training never sees. */
    public static boolean isHoldout(String primaryGid) {
        return bucket(primaryGid, 100) < HOLDOUT_PERCENT;
    }

    /** Cross-validation fold (0..k-1) of a sentence; all targets of one sentence share it. */
    public static int fold(String primaryGid, int k) {
        return bucket("fold:" + primaryGid, k);
    }

    private static int bucket(String s, int n) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return (int) Math.floorMod(v, (long) n);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
