package dev.slant.models.sentiment;

import java.io.Serializable;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An article's stance toward an actor from the sentiment toward each of its mentions, as a hand coder following
 * data/handcoded/stance/RULES.md would judge it: negative, neutral or positive.
 * <p>
 * The coders judge the <em>writer's</em> voice: criticism or praise that the article quotes or reports from someone
 * else does not count unless the writer adopts it. A target-sentiment model trained on NewsMTSC does not make that
 * distinction (a sentence reporting that "critics accused Trump of ..." is negative toward Trump there). So the stance
 * reads only the mentions in <em>writer's-voice</em> sentences, those without quotation marks and without a
 * reporting verb ({@link #REPORTED_SPEECH}); their mean score (P(positive) − P(negative)) is negative below −band,
 * positive above +band and neutral in between. An article whose mentions all lie in reported speech, like one that
 * names the person only in passing, is neutral. A hand coder reads most news as neutral toward the people it reports
 * on, and a few loaded mentions in an otherwise factual piece do not make it hostile: the band says how far the mean
 * must lean before the article does.
 * <p>
 * {@link #meanScore} over every mention (the first aggregation, kept for comparison) and {@link #majority} of the
 * mention labels are the alternatives `./slant validate stance` prints next to it.
 */
public record ArticleStance(double band) implements Serializable {
    /** The band chosen on the hand-coded stance set for the writer's-voice mean (./slant validate stance). */
    public static final double DEFAULT_BAND = 0.30;

    /**
     * A sentence that quotes or reports someone's words: a double quotation mark, or a reporting verb (said, told,
     * according to, accused, praised, ...). A Java regular expression, also used by Spark's {@code rlike} in compare,
     * so the rule is the same in both places.
     */
    public static final String REPORTED_SPEECH = "[\"\u201C\u201D]|(?i:\\b(?:said|says|saying|told|tells|telling"
            + "|according to|claimed|claims|claiming|tweeted|tweets|wrote|writes|stated|argued|argues|insisted"
            + "|insists|accused|accuses|alleged|alleges|warned|warns|criticized|criticised|criticizes|criticises"
            + "|slammed|slams|praised|praises|called|calls|asked|noted|added)\\b)";

    private static final Pattern REPORTED = Pattern.compile(REPORTED_SPEECH);
    private static final double[] BANDS = {0.0, 0.05, 0.1, 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6};

    /** One mention of the actor: the sentence it lies in and the sentiment toward the actor there. */
    public record Mention(String sentence, TargetSentiment target) {
    }

    public ArticleStance {
        if (band < 0 || band >= 1) {
            throw new IllegalArgumentException("band must be in [0, 1), not " + band);
        }
    }

    /** True when the sentence speaks in the writer's own voice: no quotation mark and no reporting verb. */
    public static boolean writersVoice(String sentence) {
        return sentence != null && !REPORTED.matcher(sentence).find();
    }

    /** Mean score of the mentions in writer's-voice sentences; null when there is none. */
    public static Double voicedScore(List<Mention> mentions) {
        return meanScore(mentions.stream().filter(m -> writersVoice(m.sentence())).map(Mention::target).toList());
    }

    /** Mean score of the mentions; null when there is none. */
    public static Double meanScore(List<TargetSentiment> mentions) {
        return mentions.isEmpty() ? null : mentions.stream().mapToDouble(TargetSentiment::score).average().orElseThrow();
    }

    /** negative | neutral | positive for a mean score; neutral when there is no score (nothing in the writer's voice). */
    public String label(Double score) {
        return score == null ? "neutral" : score < -band ? "negative" : score > band ? "positive" : "neutral";
    }

    /** The stance label of an article's mentions: {@link #label(Double)} of {@link #voicedScore}. */
    public String stance(List<Mention> mentions) {
        return label(voicedScore(mentions));
    }

    /** The most frequent mention label (ties and no mentions: neutral): the aggregation a reader gets by counting. */
    public static String majority(List<TargetSentiment> mentions) {
        long neg = mentions.stream().filter(t -> t.label().equals("negative")).count();
        long pos = mentions.stream().filter(t -> t.label().equals("positive")).count();
        long neu = mentions.size() - neg - pos;
        return neg > pos && neg > neu ? "negative" : pos > neg && pos > neu ? "positive" : "neutral";
    }

    /** The band with the best macro-F1 of these articles' scores against their gold labels (smallest on ties). */
    public static double chooseBand(List<Double> scores, List<String> gold) {
        double best = BANDS[0];
        double bestF1 = -1;
        for (double band : BANDS) {
            ArticleStance s = new ArticleStance(band);
            double f1 = macroF1(scores.stream().map(s::label).toList(), gold);
            if (f1 > bestF1 + 1e-12) {
                bestF1 = f1;
                best = band;
            }
        }
        return best;
    }

    /** Macro-F1 over negative / neutral / positive; a class neither predicted nor gold is left out of the mean. */
    public static double macroF1(List<String> predicted, List<String> gold) {
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
