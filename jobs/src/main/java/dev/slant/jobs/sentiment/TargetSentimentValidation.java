package dev.slant.jobs.sentiment;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.models.sentiment.AnalyzedSentence;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.QuoteSentimentScorer;
import dev.slant.models.sentiment.TargetSentiment;
import dev.slant.models.sentiment.TargetSentimentScorer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToIntFunction;

/**
 * Predicts every NewsMTSC target's polarity twice, with the raw RNTN sentence label (collapsed to three classes;
 * the baseline) and with the logistic target scorer over RNTN features, and measures both against the gold polarity
 * (the encoder's side is {@link EncoderSentimentValidation}).
 */
public final class TargetSentimentValidation {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TargetSentimentValidation() {
    }

    /** Gold and predicted classes (0 negative, 1 neutral, 2 positive) of one target. */
    public record Prediction(String gid, int gold, int rntn, int trained, TargetSentiment sentiment) {
    }

    public record Result(ClassificationMetrics rntn, ClassificationMetrics trained, List<Prediction> predictions) {
    }

    public static Result validate(List<NewsMtsc.Sentence> sentences,
                                  Function<String, List<AnalyzedSentence>> analyses, TargetSentimentScorer scorer) {
        ClassificationMetrics rntn = new ClassificationMetrics(TargetSentiment.LABELS);
        ClassificationMetrics trained = new ClassificationMetrics(TargetSentiment.LABELS);
        List<Prediction> predictions = new ArrayList<>();
        for (NewsMtsc.Sentence s : sentences) {
            List<AnalyzedSentence> a = analyses.apply(s.text());
            int baseline = indexOf(QuoteSentimentScorer.combine(a).threeClassLabel());
            for (NewsMtsc.Target t : s.targets()) {
                TargetSentiment ts = scorer.score(a, t.from(), t.to());
                int predicted = indexOf(ts.label());
                rntn.add(t.classIndex(), baseline);
                trained.add(t.classIndex(), predicted);
                predictions.add(new Prediction(t.gid(), t.classIndex(), baseline, predicted, ts));
            }
        }
        return new Result(rntn, trained, predictions);
    }

    /** One JSON line per target: {"gid": Input.gid, "polarity": 2|4|6} from the trained scorer. */
    public static void writePredictions(List<Prediction> predictions, Path file) throws IOException {
        writePredictions(predictions, Prediction::gid, Prediction::trained, file);
    }

    /** One JSON line per target: {"gid": Input.gid, "polarity": 2|4|6}, the class index of each prediction. */
    public static <P> void writePredictions(List<P> predictions, Function<P, String> gid, ToIntFunction<P> classIndex,
                                            Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (P p : predictions) {
                Map<String, Object> line = new LinkedHashMap<>();
                line.put("gid", gid.apply(p));
                line.put("polarity", NewsMtsc.polarityOf(classIndex.applyAsInt(p)));
                w.write(JSON.writeValueAsString(line));
                w.newLine();
            }
        }
    }

    static int indexOf(String label) {
        for (int i = 0; i < TargetSentiment.LABELS.length; i++) {
            if (TargetSentiment.LABELS[i].equals(label)) {
                return i;
            }
        }
        throw new IllegalArgumentException("not a three-class label: " + label);
    }
}
