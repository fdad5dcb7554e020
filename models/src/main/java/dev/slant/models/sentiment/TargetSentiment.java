package dev.slant.models.sentiment;

/**
 * Sentiment toward one target (a person or organisation named in a sentence).
 *
 * @param label negative | neutral | positive (the most probable class)
 * @param score P(positive) - P(negative), in [-1, 1]
 * @param probs 3 class probabilities: negative, neutral, positive
 */
public record TargetSentiment(String label, double score, double[] probs) {
    public static final String[] LABELS = {"negative", "neutral", "positive"};

    public static TargetSentiment of(double[] probs) {
        int best = 0;
        for (int i = 1; i < probs.length; i++) {
            if (probs[i] > probs[best]) {
                best = i;
            }
        }
        return new TargetSentiment(LABELS[best], probs[2] - probs[0], probs.clone());
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "TargetSentiment[%s, score=%.3f, probs=%s]", label, score,
                java.util.Arrays.toString(probs));
    }
}
