package dev.slant.jobs.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.models.sentiment.AnalyzedSentence;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.SentimentAnalyzer;
import dev.slant.models.sentiment.TargetSentimentScorer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled trained scorer against the raw RNTN on real held-out NewsMTSC sentences (the 15% part training never
 * sees), analysed live with CoreNLP; no Spark needed.
 */
// slow tier (./test runs it, ./test --fast does not): the logistic scorer, no longer the default, on its hold-out
@org.junit.jupiter.api.Tag("slow")
class TargetSentimentValidationTest {
    private static final int SAMPLE_SENTENCES = 120;
    private static List<NewsMtsc.Sentence> sample;
    private static TargetSentimentValidation.Result result;

    @BeforeAll
    static void validateOnHeldOutSample() throws Exception {
        NewsMtscFile.Contents all = NewsMtscFile.read(SparkTestBase.sharedData()
                .resolve("sentiment/newsmtsc-train.jsonl"));
        sample = all.holdout(true).subList(0, SAMPLE_SENTENCES);
        SentimentAnalyzer analyzer = SentimentAnalyzer.shiftReduce();
        result = TargetSentimentValidation.validate(sample, analyzer::analyze, TargetSentimentScorer.get());
    }

    @Test
    void trainedScorerBeatsTheRawRntnOnHeldOutTargets() {
        ClassificationMetrics rntn = result.rntn();
        ClassificationMetrics trained = result.trained();
        assertEquals(sample.stream().mapToInt(s -> s.targets().size()).sum(), trained.total());
        // measured on these 140 targets: RNTN macro-F1 0.368, accuracy 0.400; trained 0.592, 0.629 (whole hold-out
        // part: 0.456 vs 0.645); the margins leave room for a retrained model's ups and downs
        assertTrue(trained.macroF1() >= rntn.macroF1() + 0.12,
                rntn.format("rntn") + trained.format("trained"));
        assertTrue(trained.accuracy() >= rntn.accuracy() + 0.10,
                rntn.format("rntn") + trained.format("trained"));
    }

    @Test
    void predictionsFileHasOneLinePerTargetWithGidAndPolarity(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("sub/predictions.jsonl");
        TargetSentimentValidation.writePredictions(result.predictions(), out);
        List<String> lines = Files.readAllLines(out);
        assertEquals(result.predictions().size(), lines.size());
        List<String> gids = new ArrayList<>();
        ObjectMapper json = new ObjectMapper();
        for (int i = 0; i < lines.size(); i++) {
            JsonNode n = json.readTree(lines.get(i));
            Set<String> fields = new java.util.HashSet<>();
            n.fieldNames().forEachRemaining(fields::add);
            assertEquals(Set.of("gid", "polarity"), fields);
            int polarity = n.get("polarity").asInt();
            assertTrue(polarity == 2 || polarity == 4 || polarity == 6, lines.get(i));
            assertEquals(NewsMtsc.polarityOf(result.predictions().get(i).trained()), polarity);
            gids.add(n.get("gid").asText());
        }
        List<String> expected = sample.stream().flatMap(s -> s.targets().stream()).map(NewsMtsc.Target::gid).toList();
        assertEquals(expected, gids);
    }

    @Test
    void cachedAndLiveAnalysesGiveTheSamePredictions(@TempDir Path dir) {
        List<NewsMtsc.Sentence> few = sample.subList(0, 5);
        AnalysisCache first = new AnalysisCache(dir.resolve("cache.jsonl"), SentimentAnalyzer.shiftReduce());
        few.forEach(s -> first.get(s.text()));
        AnalysisCache reloaded = new AnalysisCache(dir.resolve("cache.jsonl"), SentimentAnalyzer.shiftReduce());
        assertEquals(few.size(), reloaded.size());
        TargetSentimentValidation.Result fromCache = TargetSentimentValidation.validate(few, reloaded::get,
                TargetSentimentScorer.get());
        for (int i = 0; i < fromCache.predictions().size(); i++) {
            TargetSentimentValidation.Prediction live = result.predictions().get(i);
            TargetSentimentValidation.Prediction cached = fromCache.predictions().get(i);
            assertEquals(live.gid(), cached.gid());
            assertEquals(live.sentiment().score(), cached.sentiment().score(), 1e-12);
        }
    }
}
