package dev.slant.models.quotes;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.Map;

/**
 * The learned speaker ranker: a binary logistic regression over named 0/1 features of a candidate speaker (see
 * {@link SpeakerRanker}), trained with Spark MLlib by `./slant train speakers` and stored as JSON, so scoring is a
 * sum of weights and a sigmoid and the models module needs no Spark.
 *
 * @param intercept the bias
 * @param weights   feature name → weight (features absent here weigh nothing)
 * @param about     how the model was made: data, features, settings, dev figures
 */
public record SpeakerModel(@JsonProperty("intercept") double intercept,
                           @JsonProperty("weights") Map<String, Double> weights,
                           @JsonProperty("about") Map<String, Object> about) {
    /** Where the bundled model lives on the classpath (models/src/main/resources). */
    public static final String RESOURCE = "/dev/slant/models/quotes/speaker-ranker.json";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT);
    private static volatile SpeakerModel bundled;
    private static volatile boolean bundledRead;

    /** The probability that a candidate with these features is the quotation's speaker. */
    public double probability(Collection<String> features) {
        double z = intercept;
        for (String f : features) {
            Double w = weights.get(f);
            if (w != null) {
                z += w;
            }
        }
        return 1 / (1 + Math.exp(-z));
    }

    public static SpeakerModel read(InputStream in) throws IOException {
        return JSON.readValue(in, SpeakerModel.class);
    }

    public void write(OutputStream out) throws IOException {
        JSON.writeValue(out, this);
    }

    /**
     * The model shipped in the jar, read once per JVM; null when there is none (the rules then decide alone) or when
     * -Dslant.speaker.ranker=off asks for the rules only (to compare, or to collect training candidates).
     */
    public static SpeakerModel bundled() {
        if (!bundledRead) {
            synchronized (SpeakerModel.class) {
                if (!bundledRead) {
                    bundled = "off".equals(System.getProperty("slant.speaker.ranker")) ? null : readBundled();
                    bundledRead = true;
                }
            }
        }
        return bundled;
    }

    private static SpeakerModel readBundled() {
        try (InputStream in = SpeakerModel.class.getResourceAsStream(RESOURCE)) {
            return in == null ? null : read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled speaker model " + RESOURCE, e);
        }
    }
}
