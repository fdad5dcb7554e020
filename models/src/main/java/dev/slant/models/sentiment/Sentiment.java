package dev.slant.models.sentiment;

import java.util.Arrays;

/**
 * Sentiment of a text by CoreNLP's RNTN.
 *
 * @param label  very negative | negative | neutral | positive | very positive (the most probable class)
 * @param score  expected value of the classes mapped to [-1, 1]: probs · [-1, -0.5, 0, 0.5, 1]
 * @param probs  5 class probabilities, very negative first, summing to 1
 * @param scored false when no sentence could be scored (every one over the length cap, or no words); then the
 *               label is neutral, the score 0 and the probabilities uniform
 */
public record Sentiment(String label, double score, double[] probs, boolean scored) {
    public static final String[] LABELS = {"very negative", "negative", "neutral", "positive", "very positive"};
    static final double[] CLASS_VALUES = {-1, -0.5, 0, 0.5, 1};

    /** The sentiment for a distribution over the 5 RNTN classes. */
    public static Sentiment of(double[] distribution) {
        double total = 0;
        for (double p : distribution) {
            total += p;
        }
        double[] probs = new double[distribution.length];
        for (int i = 0; i < probs.length; i++) {
            probs[i] = total > 0 ? distribution[i] / total : 1.0 / probs.length;
        }
        int best = 0;
        double score = 0;
        for (int i = 0; i < probs.length; i++) {
            if (probs[i] > probs[best]) {
                best = i;
            }
            score += probs[i] * CLASS_VALUES[i];
        }
        return new Sentiment(LABELS[best], score, probs, true);
    }

    public static Sentiment unscored() {
        double[] uniform = new double[5];
        Arrays.fill(uniform, 0.2);
        return new Sentiment("neutral", 0.0, uniform, false);
    }

    /** negative | neutral | positive: the RNTN label collapsed to NewsMTSC's three classes. */
    public String threeClassLabel() {
        return label.endsWith("negative") ? "negative" : label.endsWith("positive") ? "positive" : "neutral";
    }

    /** The 5 class probabilities collapsed to negative, neutral, positive (very negative + negative, ...). */
    public double[] threeClassProbs() {
        return new double[]{probs[0] + probs[1], probs[2], probs[3] + probs[4]};
    }

    /**
     * In the three classes of the encoder and of NewsMTSC: the collapsed label (as `validate tone` measures it), the
     * collapsed probabilities, and P(positive) − P(negative) as the score.
     */
    public TargetSentiment threeClass() {
        double[] p = threeClassProbs();
        return new TargetSentiment(threeClassLabel(), p[2] - p[0], p);
    }

    @Override
    public String toString() {
        return String.format(java.util.Locale.ROOT, "Sentiment[%s, score=%.3f, probs=%s, scored=%s]", label, score,
                java.util.Arrays.toString(probs), scored);
    }
}
