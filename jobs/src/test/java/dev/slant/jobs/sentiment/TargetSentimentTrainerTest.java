package dev.slant.jobs.sentiment;

import dev.slant.jobs.SparkTestBase;
import dev.slant.models.sentiment.LinearTargetModel;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.SentimentAnalyzer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** MLlib training and the Spark-free export on a slice of real NewsMTSC training sentences. */
// slow tier (./test runs it, ./test --fast does not): trains the logistic scorer, no longer the default
@org.junit.jupiter.api.Tag("slow")
class TargetSentimentTrainerTest extends SparkTestBase {
    private static List<TargetSentimentTrainer.Example> examples;

    @BeforeAll
    static void analyseASlice() throws Exception {
        NewsMtscFile.Contents all = NewsMtscFile.read(sharedData().resolve("sentiment/newsmtsc-train.jsonl"));
        List<NewsMtsc.Sentence> slice = all.holdout(false).subList(0, 50);
        examples = TargetSentimentTrainer.examples(slice, SentimentAnalyzer.shiftReduce()::analyze);
    }

    @Test
    void exportedWeightsReproduceTheTrainingLabels() throws Exception {
        TargetSentimentTrainer.Settings s = new TargetSentimentTrainer.Settings(0.001, 1, false);
        LinearTargetModel model = TargetSentimentTrainer.fit(spark, examples, s, Map.of("note", "test"));
        assertEquals(List.of("negative", "neutral", "positive"), List.of(model.classes()));
        // a barely regularised model fits its own training targets; were classes or feature indices crossed in the
        // export, this would fall to chance (about 0.35)
        ClassificationMetrics onTraining = TargetSentimentTrainer.evaluate(model, examples);
        assertTrue(onTraining.accuracy() > 0.9, onTraining.format("training"));
        // the JSON round trip keeps every weight
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        LinearTargetModel back = LinearTargetModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.weights().size(), back.weights().size());
        assertArrayEquals(model.probabilities(examples.get(0).features()),
                back.probabilities(examples.get(0).features()), 1e-12);
    }

    @Test
    void crossValidationKeepsSentencesTogetherAndReportsEveryFold() {
        List<TargetSentimentTrainer.CvResult> cv = TargetSentimentTrainer.crossValidate(spark, examples, 2,
                List.of(new TargetSentimentTrainer.Settings(0.01, 2, false)));
        assertEquals(1, cv.size());
        assertEquals(2, cv.get(0).foldMacroF1().length);
        assertTrue(cv.get(0).meanMacroF1() > 0 && cv.get(0).meanMacroF1() <= 1);
        for (TargetSentimentTrainer.Example e : examples) {
            long folds = examples.stream().filter(o -> o.primaryGid().equals(e.primaryGid()))
                    .map(o -> NewsMtsc.fold(o.primaryGid(), 2)).distinct().count();
            assertEquals(1, folds);
        }
    }
}
