package dev.slant.models.validate;

import java.util.List;

/** Quote recall and precision, speaker accuracy on the found gold quotes, and what was missed. */
public record AttributionScore(int gold, int found, int goldFound, int foundMatching, int speakerRight,
                               int foundIndirectNotScored, List<String> misses,
                               java.util.Map<String, int[]> recallByGoldKind) {
    public double recall() {
        return gold == 0 ? 0 : (double) goldFound / gold;
    }

    public double precision() {
        return found == 0 ? 0 : (double) foundMatching / found;
    }

    public double speakerAccuracy() {
        return goldFound == 0 ? 0 : (double) speakerRight / goldFound;
    }

    public String summary() {
        return String.format("quotes: gold %d, found %d%n"
                        + "quote recall     %.3f (%d/%d)%n"
                        + "quote precision  %.3f (%d/%d)%n"
                        + "speaker accuracy %.3f (%d/%d of the gold quotes found)%s",
                gold, found, recall(), goldFound, gold, precision(), foundMatching, found, speakerAccuracy(),
                speakerRight, goldFound,
                foundIndirectNotScored > 0 ? String.format("%n(%d indirect quotes found but not scored: the gold "
                        + "labels only quotations in marks)", foundIndirectNotScored) : "") + byKind();
    }

    private String byKind() {
        StringBuilder sb = new StringBuilder();
        recallByGoldKind.forEach((kind, n) -> sb.append(String.format("%n  recall on gold %-9s %.3f (%d/%d)",
                kind, n[1] / (double) Math.max(1, n[0]), n[1], n[0])));
        return sb.toString();
    }
}
