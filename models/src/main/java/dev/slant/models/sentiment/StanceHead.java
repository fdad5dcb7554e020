package dev.slant.models.sentiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * An article's stance toward a person, learned from hand-coded articles, from two views of the person's namings:
 * <ul>
 *   <li>the <b>pair head</b>: a multinomial logistic regression over the mean of the encoder's span vectors
 *   ({@link EncoderSentiment#spanFeatures}, [CLS ; mean of the last layer over the naming's wordpieces]) of the
 *   namings in writer's-voice sentences ({@link ArticleStance#writersVoice}), fitted on hand-coded article × person
 *   pairs; an article without such a naming gets {@link #NO_VOICE_LOGITS}, the head's "neutral";</li>
 *   <li>the <b>stance branch</b> ({@link EncoderSentiment#branchLogits}): a copy of the encoder's upper layers
 *   fine-tuned on hand-coded <em>sentences</em> (data/handcoded/stance-sentences2/, coded by
 *   data/handcoded/stance-sentences/RULES.md) to read the writer's stance toward the person in one sentence; its
 *   logits averaged over <em>every</em> naming (it was trained to call reported criticism neutral).</li>
 * </ul>
 * The article's logits are {@code headShare} × the pair head's + (1 − headShare) × the branch's, plus
 * {@code neutralBias} on the neutral logit; the label is the most probable class. Why both: the pair head and the branch
 * each reach about 0.49 macro-F1 in cross-validation on the training pairs, their average 0.53–0.56 (README,
 * <i>Article stance</i>): they err on different articles. Why the bias: the branch was trained with balanced class
 * weights on sentences, and how far an article's mean must lean before a coder calls it negative or positive is a
 * property of articles, chosen on the training pairs.
 * <p>
 * Both parts are linear in per-mention values, so compare stores per mention the pair head's logits and the branch's
 * ({@code mentions.stance_logits}: six numbers) and averages them ({@link #articleLogits}).
 *
 * @param classes     negative, neutral, positive (the order of weights and intercepts)
 * @param weights     the pair head: per class, one weight per span-vector component
 * @param intercepts  the pair head: per class
 * @param headShare   the pair head's share of the article's logits (the branch has the rest)
 * @param neutralBias added to the article's neutral logit
 * @param about       how the head was made (data, settings, cross-validated figures)
 */
public record StanceHead(@JsonProperty("classes") String[] classes,
                         @JsonProperty("weights") double[][] weights,
                         @JsonProperty("intercepts") double[] intercepts,
                         @JsonProperty("head_share") double headShare,
                         @JsonProperty("neutral_bias") double neutralBias,
                         @JsonProperty("about") Map<String, Object> about) {
    /**
     * The pair head's logits for an article with no writer's-voice naming: P = (0.01, 0.98, 0.01). The head was
     * fitted on writer's-voice namings only and calls such an article neutral; this says so as firmly as a confident
     * prediction would, so the branch alone does not decide an article the coders' rule reads as a plain report.
     */
    public static final double[] NO_VOICE_LOGITS = {Math.log(0.01), Math.log(0.98), Math.log(0.01)};
    public static final String RESOURCE = "/dev/slant/models/sentiment/stance-head.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public StanceHead {
        if (headShare < 0 || headShare > 1) {
            throw new IllegalArgumentException("head_share must be in [0, 1], not " + headShare);
        }
        if (classes.length != 3 || weights.length != 3 || intercepts.length != 3) {
            throw new IllegalArgumentException("a stance head has three classes: " + List.of(classes));
        }
        if (weights[1].length != weights[0].length || weights[2].length != weights[0].length) {
            throw new IllegalArgumentException("every class needs one weight per span-vector component");
        }
    }

    /** The pair head's logits of one naming's span vector; averaged over an article's writer's-voice namings. */
    public double[] logits(float[] features) {
        double[] d = new double[features.length];
        for (int j = 0; j < d.length; j++) {
            d[j] = features[j];
        }
        return logits(d);
    }

    /** The pair head's logits of a span vector (or of an article's mean span vector). */
    public double[] logits(double[] features) {
        if (features.length != weights[0].length) {
            throw new IllegalArgumentException("expected " + weights[0].length + " features, got " + features.length);
        }
        double[] z = intercepts.clone();
        for (int c = 0; c < 3; c++) {
            double[] w = weights[c];
            double s = 0;
            for (int j = 0; j < features.length; j++) {
                s += w[j] * features[j];
            }
            z[c] += s;
        }
        return z;
    }

    /**
     * The article's logits from the mean pair-head logits of its writer's-voice namings ({@code voicedHead}, null for
     * none) and the mean branch logits of all its namings ({@code branch}, null when the mentions carry none: rows
     * scored before the branch existed, for which the pair head alone decides, as it did then).
     */
    public double[] articleLogits(double[] voicedHead, double[] branch) {
        return articleLogits(voicedHead, branch, headShare, neutralBias);
    }

    /** {@link #articleLogits(double[], double[])} with the head's two numbers given (for Spark functions). */
    public static double[] articleLogits(double[] voicedHead, double[] branch, double headShare, double neutralBias) {
        if (branch == null) {
            return voicedHead;
        }
        double[] h = voicedHead == null ? NO_VOICE_LOGITS : voicedHead;
        double[] z = new double[3];
        for (int c = 0; c < 3; c++) {
            z[c] = headShare * h[c] + (1 - headShare) * branch[c];
        }
        z[1] += neutralBias;
        return z;
    }

    /**
     * An article's stance from its mentions: each mention's sentence and stance logits (the pair head's three, then
     * the branch's three if any; null for an unscored mention), as compare computes it.
     */
    public TargetSentiment article(List<String> sentences, List<double[]> mentionLogits) {
        List<double[]> voicedHead = new java.util.ArrayList<>();
        List<double[]> branch = new java.util.ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            double[] z = mentionLogits.get(i);
            if (z == null) {
                continue;
            }
            if (ArticleStance.writersVoice(sentences.get(i))) {
                voicedHead.add(java.util.Arrays.copyOf(z, 3));
            }
            if (z.length >= 6) {
                branch.add(java.util.Arrays.copyOfRange(z, 3, 6));
            }
        }
        return stance(articleLogits(meanLogits(voicedHead), meanLogits(branch)));
    }

    /** The stance of mean logits: the most probable class and P(positive) − P(negative); neutral for null. */
    public static TargetSentiment stance(double[] meanLogits) {
        if (meanLogits == null) {
            return TargetSentiment.of(new double[]{0, 1, 0});
        }
        double max = Math.max(meanLogits[0], Math.max(meanLogits[1], meanLogits[2]));
        double[] p = new double[3];
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            p[c] = Math.exp(meanLogits[c] - max);
            sum += p[c];
        }
        for (int c = 0; c < 3; c++) {
            p[c] /= sum;
        }
        return TargetSentiment.of(p);
    }

    /** Mean of per-mention logits (null for none). */
    public static double[] meanLogits(List<double[]> logits) {
        if (logits.isEmpty()) {
            return null;
        }
        double[] m = new double[3];
        for (double[] z : logits) {
            for (int c = 0; c < 3; c++) {
                m[c] += z[c] / logits.size();
            }
        }
        return m;
    }

    public static StanceHead read(InputStream in) throws IOException {
        return JSON.readValue(in, StanceHead.class);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    /** The bundled head; null when none is bundled (before the first `./slant train stance`). */
    public static StanceHead bundled() {
        try (InputStream in = StanceHead.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
