package dev.slant.jobs.sentiment;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.pipeline.NlpStage;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.verbs.StageRefused;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.models.sentiment.EncoderSentiment;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NLP stage with the encoder (the default) on real articles: the founding article, the same article behind an
 * extra paragraph (its quotes are the same words in the same sentences, at other offsets, in other encoder batches),
 * and a USA TODAY report of a killing whose State Department reaction is plainly negative. Then RNTN rows added to the
 * same warehouse, which compare must refuse to mix with the encoder's.
 */
class EncoderSentimentsStageTest extends SparkTestBase {
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("source_key", DataTypes.StringType).add("published", DataTypes.DateType)
            .add("week", DataTypes.StringType).add("title", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("lean", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
    private static final String PREFIX = "A reader's note: this report was first published by Atalayar.\n\n";
    private static final long BUDGET_MS = 60_000;

    @TempDir
    static Path dir;
    private static Warehouse wh;
    private static List<Row> quotes;
    private static List<Row> mentions;

    @BeforeAll
    static void runTheStage() throws Exception {
        String seed = Files.readString(sharedData().resolve("seed/putin-biden-summit.txt"));
        JsonNode usaToday = sampleArticle("cleDpurN2ibwEXxI");
        List<Row> rows = List.of(
                RowFactory.create("seed", "Atalayar", "atalayar", Date.valueOf("2021-12-07"), "2021-W49",
                        "Ukraine crisis to be the focus of Putin-Biden virtual meeting", seed, "center", null),
                RowFactory.create("seed-copy", "Elsewhere", "elsewhere", Date.valueOf("2021-12-07"), "2021-W49",
                        "Ukraine crisis to be the focus of Putin-Biden virtual meeting", PREFIX + seed, "left", null),
                RowFactory.create("usatoday", "USA TODAY", "usa today", Date.valueOf("2014-09-02"), "2014-W36",
                        usaToday.path("title").asText(), usaToday.path("text").asText(), "center", null));
        wh = new Warehouse(spark, dir.resolve("w").toString());
        wh.replace(Tables.ARTICLES.name(), spark.createDataFrame(rows, ARTICLES).repartition(2));
        NlpStage.run(wh, new NlpStageOptions(null, true, NlpStageOptions.DEFAULT_BATCH_ARTICLES, BUDGET_MS), null);
        quotes = wh.read(Tables.QUOTES).collectAsList();
        mentions = wh.read(Tables.MENTIONS).collectAsList();
    }

    @Test
    void quotesAndMentionsCarryThreeClassScoresOfTheEncoder() {
        assertThreeClass(quotes, "sentiment_label", "sentiment_score", "sentiment_probs");
        assertThreeClass(mentions, "target_label", "target_score", "target_probs");
        long scoredQuotes = quotes.stream().filter(q -> q.getAs("sentiment_label") != null).count();
        assertTrue(scoredQuotes >= 0.9 * quotes.size() && quotes.size() > 20, scoredQuotes + " of " + quotes.size());
        assertTrue(mentions.stream().filter(m -> m.getAs("target_label") != null).count() > 20);
        // three classes are in use, not one label for everything
        assertTrue(quotes.stream().map(q -> q.<String>getAs("sentiment_label")).distinct().count() >= 2);
        // every scored mention carries its stance logits too, the pair head's three and the stance branch's three
        // (compare averages them per article)
        for (Row m : mentions) {
            if (m.getAs("target_label") != null) {
                List<Double> logits = m.getList(m.fieldIndex("stance_logits"));
                assertEquals(6, logits.size(), m.toString());
                assertTrue(logits.stream().allMatch(Double::isFinite), m.toString());
            }
        }
    }

    @Test
    void theSameWordsInTheSameSentenceGetTheSameScore() {
        Map<String, Row> original = new HashMap<>();
        for (Row q : quotes) {
            if (q.getAs("article_id").equals("seed")) {
                original.put(q.<Integer>getAs("char_start") + PREFIX.length() + ":" + q.getAs("text"), q);
            }
        }
        int compared = 0;
        for (Row copy : quotes) {
            if (!copy.getAs("article_id").equals("seed-copy") || copy.getAs("sentiment_probs") == null) {
                continue;
            }
            Row q = original.get(copy.getAs("char_start") + ":" + copy.getAs("text"));
            if (q == null) {
                continue;
            }
            List<Double> a = q.getList(q.fieldIndex("sentiment_probs"));
            List<Double> b = copy.getList(copy.fieldIndex("sentiment_probs"));
            for (int i = 0; i < 3; i++) {
                assertEquals(a.get(i), b.get(i), 1e-5, q.getAs("text") + " scored twice in the same sentence");
            }
            assertEquals(q.<String>getAs("sentiment_label"), copy.getAs("sentiment_label"));
            compared++;
        }
        assertTrue(compared >= 15, "the copy's quotes are found again: " + compared);
    }

    @Test
    void aPlainlyNegativeQuoteReadsNegative() {
        Row psaki = quotes.stream().filter(q -> q.<String>getAs("text").contains("sickened by this brutal act"))
                .findFirst().orElseThrow();
        assertEquals("negative", psaki.getAs("sentiment_label"), psaki.toString());
        assertTrue(psaki.<Double>getAs("sentiment_score") < -0.3, psaki.toString());
    }

    @Test
    void compareRefusesRowsOfTwoModels() {
        // the RNTN path rescoring one article of the same warehouse: its rows now carry the other model's name
        NlpStage.run(wh, new NlpStageOptions(null, true, NlpStageOptions.DEFAULT_BATCH_ARTICLES, BUDGET_MS,
                SentimentModel.CORENLP), List.of("usatoday"));
        List<Row> rescored = wh.read(Tables.QUOTES).filter("article_id = 'usatoday' AND sentiment_model IS NOT NULL")
                .collectAsList();
        assertTrue(!rescored.isEmpty());
        assertThreeClass(rescored, "sentiment_label", "sentiment_score", "sentiment_probs");
        assertEquals(Set.of("corenlp-rntn-4.5.10"), Set.copyOf(rescored.stream()
                .map(q -> q.<String>getAs("sentiment_model")).toList()));
        assertEquals(Set.of("lr-rntn-v1"), Set.copyOf(wh.read(Tables.MENTIONS)
                .filter("article_id = 'usatoday' AND sentiment_model IS NOT NULL").select("sentiment_model")
                .distinct().as(org.apache.spark.sql.Encoders.STRING()).collectAsList()));

        StageRefused refused = assertThrows(StageRefused.class, () -> Compare.run(spark, wh,
                CompareOptions.defaults()));
        assertTrue(refused.getMessage().contains(EncoderSentiment.MODEL_NAME)
                && refused.getMessage().contains("corenlp-rntn-4.5.10")
                && refused.getMessage().contains("--allow-mixed-models"), refused.getMessage());
        assertTrue(!wh.exists(Tables.FRAMING_CELLS), "nothing is written");
    }

    /** Every scored row: one of three labels, the most probable of three probabilities summing to 1, a model name. */
    private static void assertThreeClass(List<Row> rows, String label, String score, String probs) {
        for (Row r : rows) {
            if (r.getAs(label) == null) {
                assertTrue(r.getAs(probs) == null && r.getAs("sentiment_model") == null, r.toString());
                continue;
            }
            List<Double> p = r.getList(r.fieldIndex(probs));
            assertEquals(3, p.size(), r.toString());
            assertEquals(1.0, p.get(0) + p.get(1) + p.get(2), 1e-4, r.toString());
            assertEquals(p.get(2) - p.get(0), r.<Double>getAs(score), 1e-9, r.toString());
            assertTrue(List.of("negative", "neutral", "positive").contains(r.<String>getAs(label)), r.toString());
            String model = r.getAs("sentiment_model");
            assertTrue(model != null && !model.isBlank(), r.toString());
            if (model.equals(EncoderSentiment.MODEL_NAME)) {
                int best = p.indexOf(p.stream().max(Double::compare).orElseThrow());
                assertEquals(List.of("negative", "neutral", "positive").get(best), r.getAs(label), r.toString());
            }
        }
    }

    private static JsonNode sampleArticle(String id) throws Exception {
        ObjectMapper om = new ObjectMapper();
        Path sample = projectDir().resolve("data/sample/articles.jsonl");
        for (String line : Files.readAllLines(sample)) {
            if (line.contains("\"" + id + "\"")) {
                return om.readTree(line);
            }
        }
        throw new IllegalStateException("no article " + id + " in " + sample);
    }
}
