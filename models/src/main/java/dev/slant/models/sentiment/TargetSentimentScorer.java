package dev.slant.models.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Sentiment toward a target (a person named in a sentence): CoreNLP's RNTN analysis of the sentence turned into
 * {@link TargetFeatures} and scored by a logistic regression trained on NewsMTSC (see the README next to the model
 * file). The bundled model is loaded once per JVM on first use; the scorer is thread-safe.
 */
public final class TargetSentimentScorer {
    /** Classpath location of the bundled model. */
    public static final String MODEL_RESOURCE = "/dev/slant/models/sentiment/target-sentiment-lr.json";

    private final LinearTargetModel model;
    private final SentimentAnalyzer analyzer;

    public TargetSentimentScorer(LinearTargetModel model, SentimentAnalyzer analyzer) {
        this.model = model;
        this.analyzer = analyzer;
    }

    /** The scorer with the bundled model and the shift-reduce analyzer, loaded lazily once per JVM. */
    public static TargetSentimentScorer get() {
        return Bundled.INSTANCE;
    }

    /** Sentiment toward the words at characters [targetStart, targetEnd) of the sentence. */
    public TargetSentiment score(String sentence, int targetStart, int targetEnd) {
        if (targetStart < 0 || targetEnd <= targetStart || targetEnd > sentence.length()) {
            throw new IllegalArgumentException("target " + targetStart + ".." + targetEnd + " is not inside the "
                    + sentence.length() + "-character sentence");
        }
        return score(analyzer.analyze(sentence), targetStart, targetEnd);
    }

    /** The same, on an analysis already made (several targets of one sentence share one parse). */
    public TargetSentiment score(List<AnalyzedSentence> analysis, int targetStart, int targetEnd) {
        return TargetSentiment.of(model.probabilities(TargetFeatures.extract(analysis, targetStart, targetEnd)));
    }

    public LinearTargetModel model() {
        return model;
    }

    /** Holder idiom: the JVM loads the model on first access, exactly once, without explicit locking. */
    private static final class Bundled {
        static final TargetSentimentScorer INSTANCE = load();

        private static TargetSentimentScorer load() {
            try (InputStream in = TargetSentimentScorer.class.getResourceAsStream(MODEL_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("bundled model " + MODEL_RESOURCE + " is missing; rebuild it "
                            + "with ./slant train sentiment");
                }
                return new TargetSentimentScorer(LinearTargetModel.read(in), SentimentAnalyzer.shiftReduce());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
