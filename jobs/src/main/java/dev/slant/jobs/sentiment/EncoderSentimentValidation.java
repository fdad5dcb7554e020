package dev.slant.jobs.sentiment;

import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.TargetSentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * Predicts every NewsMTSC target's polarity with the fine-tuned encoder ({@link EncoderSentiment}: one pass per
 * sentence for all its targets, sentences batched by length) and measures it against the gold polarity.
 */
public final class EncoderSentimentValidation {
    private EncoderSentimentValidation() {
    }

    /** Gold and predicted class (0 negative, 1 neutral, 2 positive) of one target. */
    public record Prediction(String gid, int gold, int predicted, TargetSentiment sentiment) {
    }

    /** The figures, the predictions in file order, and the scoring speed (wall clock, tokenising included). */
    public record Result(ClassificationMetrics metrics, List<Prediction> predictions, double seconds,
                         int sentences) {
        public double sentencesPerSecond() {
            return seconds > 0 ? sentences / seconds : 0;
        }
    }

    public static Result validate(List<NewsMtsc.Sentence> sentences, EncoderSentiment encoder) {
        List<EncoderSentiment.Request> requests = new ArrayList<>(sentences.size());
        for (NewsMtsc.Sentence s : sentences) {
            List<EncoderSentiment.Span> spans = new ArrayList<>();
            for (NewsMtsc.Target t : s.targets()) {
                spans.add(new EncoderSentiment.Span(t.from(), t.to()));
            }
            requests.add(new EncoderSentiment.Request(s.text(), spans, false));
        }
        long t0 = System.nanoTime();
        List<EncoderSentiment.SpanScores> scores = encoder.scoreAll(requests);
        double seconds = (System.nanoTime() - t0) / 1e9;
        ClassificationMetrics metrics = new ClassificationMetrics(TargetSentiment.LABELS);
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < sentences.size(); i++) {
            List<NewsMtsc.Target> targets = sentences.get(i).targets();
            for (int j = 0; j < targets.size(); j++) {
                TargetSentiment ts = scores.get(i).target().get(j);
                int predicted = TargetSentimentValidation.indexOf(ts.label());
                metrics.add(targets.get(j).classIndex(), predicted);
                predictions.add(new Prediction(targets.get(j).gid(), targets.get(j).classIndex(), predicted, ts));
            }
        }
        return new Result(metrics, predictions, seconds, sentences.size());
    }
}
