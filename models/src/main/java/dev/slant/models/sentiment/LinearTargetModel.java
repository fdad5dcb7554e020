package dev.slant.models.sentiment;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;

/**
 * A multinomial logistic regression over named sparse features, as exported from Spark MLlib: scoring is a dot
 * product per class and a softmax, so the models module needs no Spark. Stored as JSON.
 *
 * @param classes    class names, in the order of the weight vectors (negative, neutral, positive)
 * @param intercepts one intercept per class
 * @param weights    feature name → one weight per class (features absent here weigh nothing)
 * @param about      how the model was made: data, parameters, cross-validation and hold-out figures
 */
public record LinearTargetModel(@JsonProperty("classes") String[] classes,
                                @JsonProperty("intercepts") double[] intercepts,
                                @JsonProperty("weights") Map<String, double[]> weights,
                                @JsonProperty("about") Map<String, Object> about) {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** Class probabilities for these features. */
    public double[] probabilities(Map<String, Double> features) {
        double[] z = intercepts.clone();
        for (Map.Entry<String, Double> e : features.entrySet()) {
            double[] w = weights.get(e.getKey());
            if (w != null) {
                for (int k = 0; k < z.length; k++) {
                    z[k] += w[k] * e.getValue();
                }
            }
        }
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            z[k] = Math.exp(z[k] - max);
            sum += z[k];
        }
        for (int k = 0; k < z.length; k++) {
            z[k] /= sum;
        }
        return z;
    }

    public static LinearTargetModel read(InputStream in) throws IOException {
        return JSON.readValue(in, LinearTargetModel.class);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }
}
