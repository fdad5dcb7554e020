package dev.slant.jobs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.models.quotes.ArticleAnnotator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The NLP stage annotates each article once per run, whatever scores the sentiment: quotes, mentions and both
 * scorers share the one pass (a JVM-wide count of annotations in a local run, where the tasks run in this JVM). And
 * the rows do not depend on the scorer: the same quotes and mentions come out with sentiment off, by the encoder and
 * by the RNTN.
 */
class OnePassPerArticleTest extends SparkTestBase {
    /** The columns of `articles` the NLP stage reads. */
    private static final StructType ARTICLES = new StructType().add("article_id", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("published", DataTypes.DateType).add("week", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    /** Sample articles: enough for two partitions with quotes and mentions, few enough for the RNTN's parser. */
    private static final int ARTICLE_COUNT = 4;
    private static final long BUDGET_MS = 60_000;

    @TempDir
    static Path dir;

    @Test
    void eachArticleIsAnnotatedOncePerRunWhateverTheScorer() throws Exception {
        ObjectMapper om = new ObjectMapper();
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(projectDir().resolve("data/sample/articles.jsonl"))
                .subList(0, ARTICLE_COUNT)) {
            JsonNode a = om.readTree(line);
            rows.add(RowFactory.create(a.path("id").asText(), a.path("source").asText(), Date.valueOf("2021-12-07"),
                    "2021-W49", a.path("text").asText()));
        }
        Warehouse wh = new Warehouse(spark, dir.resolve("w").toString());
        wh.replace(Tables.ARTICLES.name(), spark.createDataFrame(rows, ARTICLES).repartition(2));
        QuoteExtraction.warmUp(QuoteExtraction.registry(null)); // its tiny article is annotated once per JVM

        List<List<Row>> quotesByMode = new ArrayList<>();
        List<List<Row>> mentionsByMode = new ArrayList<>();
        for (NlpStageOptions o : List.of(options(false, SentimentModel.ENCODER), options(true, SentimentModel.ENCODER),
                options(true, SentimentModel.CORENLP))) {
            long before = ArticleAnnotator.annotatedArticles();
            NlpStage.run(wh, o, null);
            long annotated = ArticleAnnotator.annotatedArticles() - before;
            String mode = o.sentiment() ? o.sentimentModel().option() : "off";
            assertEquals(ARTICLE_COUNT, annotated, "annotations in one run with --sentiment " + mode);
            quotesByMode.add(withoutSentiment(wh, Tables.QUOTES.name(), "quote_id", "sentiment_label",
                    "sentiment_score", "sentiment_probs", "sentiment_model"));
            mentionsByMode.add(withoutSentiment(wh, Tables.MENTIONS.name(), "mention_id", "target_label",
                    "target_score", "target_probs", "stance_logits", "sentiment_model"));
        }
        assertTrue(quotesByMode.get(0).size() > 10 && mentionsByMode.get(0).size() > 10,
                quotesByMode.get(0).size() + " quotes, " + mentionsByMode.get(0).size() + " mentions");
        for (int m = 1; m < 3; m++) {
            assertEquals(quotesByMode.get(0), quotesByMode.get(m), "quotes of scorer " + m);
            assertEquals(mentionsByMode.get(0), mentionsByMode.get(m), "mentions of scorer " + m);
        }
    }

    private static NlpStageOptions options(boolean sentiment, SentimentModel model) {
        return new NlpStageOptions(null, sentiment, NlpStageOptions.DEFAULT_BATCH_ARTICLES, BUDGET_MS, model);
    }

    private static List<Row> withoutSentiment(Warehouse wh, String table, String key, String... sentiment) {
        return wh.read(table).drop(sentiment).orderBy(key).collectAsList();
    }
}
