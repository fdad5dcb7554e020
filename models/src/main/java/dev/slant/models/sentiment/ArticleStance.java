package dev.slant.models.sentiment;

import java.util.List;

/**
 * An article's stance toward an actor from the sentiment toward each of its mentions: the mean of the mentions'
 * scores (P(positive) − P(negative)), negative below −band, positive above +band, neutral in between. A hand coder
 * reads most news as neutral toward the people it reports on, and a few loaded mentions in an otherwise factual piece
 * do not make it hostile: the band says how far the mean must lean before the article does. A majority of mention
 * labels, by contrast, turns every article whose mentions are mostly mildly negative into a negative one.
 */
public record ArticleStance(double band) {
    /** The band chosen on the hand-coded stance set (./slant validate stance); see the README. */
    public static final double DEFAULT_BAND = 0.25;

    private static final double[] BANDS = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};

    public ArticleStance {
        if (band < 0 || band >= 1) {
            throw new IllegalArgumentException("band must be in [0, 1), not " + band);
        }
    }

    /** negative | neutral | positive; neutral when the article has no scored mention. */
    public String label(List<TargetSentiment> mentions) {
        double mean = mean(mentions);
        return mean < -band ? "negative" : mean > band ? "positive" : "neutral";
    }

    public static double mean(List<TargetSentiment> mentions) {
        return mentions.stream().mapToDouble(TargetSentiment::score).average().orElse(0.0);
    }

    /** The most frequent mention label (ties and no mentions: neutral): the aggregation a reader gets by counting. */
    public static String majority(List<TargetSentiment> mentions) {
        long neg = mentions.stream().filter(t -> t.label().equals("negative")).count();
        long pos = mentions.stream().filter(t -> t.label().equals("positive")).count();
        long neu = mentions.size() - neg - pos;
        return neg > pos && neg > neu ? "negative" : pos > neg && pos > neu ? "positive" : "neutral";
    }

    /** The band with the best macro-F1 on these articles against their gold labels (smallest band on ties). */
    public static double chooseBand(List<List<TargetSentiment>> articles, List<String> gold) {
        double best = BANDS[0];
        double bestF1 = -1;
        for (double band : BANDS) {
            ArticleStance s = new ArticleStance(band);
            double f1 = macroF1(articles.stream().map(s::label).toList(), gold);
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = band;
            }
        }
        return best;
    }

    static double macroF1(List<String> predicted, List<String> gold) {
        double sum = 0;
        int classes = 0;
        for (String c : TargetSentiment.LABELS) {
            int tp = 0;
            int fp = 0;
            int fn = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean p = predicted.get(i).equals(c);
                boolean g = gold.get(i).equals(c);
                tp += p && g ? 1 : 0;
                fp += p && !g ? 1 : 0;
                fn += !p && g ? 1 : 0;
            }
            if (tp + fp + fn == 0) {
                continue;
            }
            sum += 2.0 * tp / (2.0 * tp + fp + fn);
            classes++;
        }
        return classes == 0 ? 0 : sum / classes;
    }
}
