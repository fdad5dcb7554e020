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
 * An article's stance toward a person, learned from hand-coded articles: a multinomial logistic regression over the
 * mean of the encoder's span vectors ({@link EncoderSentiment#spanFeatures}, [CLS ; mean of the last layer over the
 * naming's wordpieces]) of the person's namings in the article's writer's-voice sentences
 * ({@link ArticleStance#writersVoice}).
 * <p>
 * Why learned, and why over the span vectors: the target head says what NewsMTSC's annotators call sentiment toward a
 * person, where a bad event or reported criticism counts ("X lost", "critics accused X"), so its mean leans
 * negative where coders, who judge the writer's own evaluation, see a neutral report; the band on that mean is all an
 * aggregation of it can fit. This head is fitted on the article × person pairs of data/handcoded/stance-train/ (coded
 * by the same rules as the validation set, from other articles) by `./slant train stance`, which chooses the L2
 * strength by cross-validation on those pairs; data/handcoded/stance/ is used only to measure it.
 * <p>
 * The model is linear in the mean vector, so the mean of each mention's {@link #logits} is the article's logits:
 * compare stores nothing but three numbers per mention and averages them ({@link #stance(double[])}).
 *
 * @param classes    negative, neutral, positive (the order of weights and intercepts)
 * @param weights    per class, one weight per span-vector component
 * @param intercepts per class
 * @param about      how the head was made (data, settings, cross-validated figures)
 */
public record StanceHead(@JsonProperty("classes") String[] classes,
                         @JsonProperty("weights") double[][] weights,
                         @JsonProperty("intercepts") double[] intercepts,
                         @JsonProperty("about") Map<String, Object> about) {
    public static final String RESOURCE = "/dev/slant/models/sentiment/stance-head.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public StanceHead {
        if (classes.length != 3 || weights.length != 3 || intercepts.length != 3) {
            throw new IllegalArgumentException("a stance head has three classes: " + List.of(classes));
        }
        if (weights[1].length != weights[0].length || weights[2].length != weights[0].length) {
            throw new IllegalArgumentException("every class needs one weight per span-vector component");
        }
    }

    /** The logits of one naming's span vector; averaged over an article's writer's-voice namings by compare. */
    public double[] logits(float[] features) {
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
