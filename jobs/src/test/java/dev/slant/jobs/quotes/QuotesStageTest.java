package dev.slant.jobs.quotes;

import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Tables;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The quotes stage on the founding article plus 50 corpus articles about Russia, and one article without text. */
class QuotesStageTest extends SparkTestBase {
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("published", DataTypes.DateType).add("week", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("text", DataTypes.StringType);
    private static Dataset<Row> articles;
    private static final Map<String, String> TEXTS = new HashMap<>();

    @BeforeAll
    static void articles() throws Exception {
        List<Row> rows = new ArrayList<>();
        String seed = Files.readString(sharedData().resolve("seed/putin-biden-summit.txt"));
        rows.add(RowFactory.create("seed", "Atalayar", Date.valueOf("2021-12-07"), "2021-W49",
                "Ukraine crisis to be the focus of Putin-Biden virtual meeting", seed));
        TEXTS.put("seed", seed);
        ObjectMapper om = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                sharedData().resolve("corpora/article-bias-prediction.jsonl.gz"))), StandardCharsets.UTF_8))) {
            String line;
            while (rows.size() < 51 && (line = r.readLine()) != null) {
                if (!line.contains("Putin")) {
                    continue;
                }
                JsonNode n = om.readTree(line);
                String pub = n.path("published").asText("");
                Date d = pub.matches("\\d{4}-\\d{2}-\\d{2}") ? Date.valueOf(pub) : null;
                rows.add(RowFactory.create(n.path("id").asText(), n.path("source").asText(), d, null,
                        n.path("title").asText(), n.path("text").asText()));
                TEXTS.put(n.path("id").asText(), n.path("text").asText());
            }
        }
        rows.add(RowFactory.create("no-text", "Nowhere", null, null, "empty", null));
        articles = spark.createDataFrame(rows, ARTICLES).repartition(2);
    }

    @Test
    void quotesTableHasTheContractColumnsAndRightSpans() {
        long t0 = System.nanoTime();
        List<Row> quotes = rows(QuoteExtraction.extract(articles, null));
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf("quotes stage: 52 articles, %d quotes, %.1f s (%.1f articles/s on 2 threads)%n",
                quotes.size(), secs, 52 / secs);
        assertEquals(List.of("quote_id", "article_id", "source", "week", "text", "char_start", "char_end", "kind",
                "cue", "speaker_mention", "speaker", "speaker_title", "speaker_type", "actor_id", "actor_name", "attribution_method",
                "attribution_confidence", "sentiment_label", "sentiment_score", "sentiment_probs", "sentiment_model"),
                List.of(QuoteExtraction.extract(articles, null).columns()));
        HashSet<String> ids = new HashSet<>();
        int corpusQuotes = 0;
        for (Row q : quotes) {
            String article = q.getAs("article_id");
            String text = TEXTS.get(article);
            int s = q.getAs("char_start");
            int e = q.getAs("char_end");
            assertEquals(text.substring(s, e), q.getAs("text"), "quote text is the article's text at its offsets");
            assertTrue(ids.add(q.getAs("quote_id")), "quote ids are unique");
            assertEquals(QuoteExtraction.quoteId(article, s, e), q.getAs("quote_id"));
            if (!article.equals("seed")) {
                corpusQuotes++;
            }
        }
        assertTrue(corpusQuotes > 100, "50 news articles about Russia hold many quotations: " + corpusQuotes);
        Row blinken = quotes.stream().filter(q -> q.getAs("text").equals("withdraw its forces")).findFirst()
                .orElseThrow();
        assertEquals("Antony Blinken", blinken.getAs("actor_name"));
        assertEquals("2021-W49", blinken.getAs("week"));
        long attributedToActors = quotes.stream().filter(q -> q.getAs("actor_id") != null).count();
        assertTrue(attributedToActors > 20, "registered actors speak in these articles: " + attributedToActors);
    }

    /** The verb with sentiment and mentions on all 52 articles: costly (the fast tier keeps the 8-article run). */
    @Test
    @Tag("slow")
    void verbWritesQuotesAndRejectsTheArticleWithoutText(@TempDir Path dir) {
        Warehouse wh = new Warehouse(spark, dir.toString());
        wh.replace(Tables.ARTICLES.name(), articles);
        // a generous time budget: this test is about the article without text, and the default 5 s per article
        // rejects the corpus's longest articles (17-36k characters) when the machine is busy
        int rc = Slant.run(new String[]{"quotes", "--warehouse", dir.toString(), "--master", "local[2]",
                "--article-timeout-ms", "120000"});
        assertEquals(0, rc);
        List<Row> rejects = rows(wh.read(Tables.REJECTS));
        assertEquals(1, rejects.size());
        assertEquals("no-text", rejects.get(0).getAs("article_id"));
        assertEquals(Rejects.QUOTES, rejects.get(0).getAs("stage"));
        assertNull(rejects.get(0).getAs("line"), "an NLP reject has no input line");
        assertTrue(((String) rejects.get(0).getAs("reason")).contains("no text"));
        long seedQuotes = wh.read(Tables.QUOTES).filter("article_id = 'seed' AND kind <> 'indirect'").count();
        assertEquals(17, seedQuotes);
    }

    @Test
    void sentimentOffFindsTheSameQuotesAndMentionsWithNullSentiment(@TempDir Path dir) {
        Dataset<Row> few = articles.filter("text IS NOT NULL").orderBy("article_id").limit(8);
        Map<String, Warehouse> runs = new HashMap<>();
        for (String sentiment : List.of("on", "off")) {
            Warehouse wh = new Warehouse(spark, dir.resolve(sentiment).toString());
            wh.replace(Tables.ARTICLES.name(), few);
            assertEquals(0, Slant.run(new String[]{"quotes", "--warehouse", dir.resolve(sentiment).toString(),
                    "--master", "local[2]", "--sentiment", sentiment}));
            runs.put(sentiment, wh);
        }
        assertOnlySentimentDiffers(runs, Tables.QUOTES.name(), "sentiment_label", "sentiment_score", "sentiment_probs",
                "sentiment_model");
        assertOnlySentimentDiffers(runs, Tables.MENTIONS.name(), "target_label", "target_score", "target_probs",
                "stance_logits", "sentiment_model");

        assertEquals(2, Slant.run(new String[]{"quotes", "--warehouse", dir.resolve("off").toString(),
                "--sentiment", "maybe"}), "an unknown --sentiment value is a usage error");
    }

    /** Runs with sentiment on and off hold the same rows but for the sentiment columns, null in the off run. */
    private static void assertOnlySentimentDiffers(Map<String, Warehouse> runs, String table, String... sentiment) {
        Dataset<Row> on = runs.get("on").read(table);
        Dataset<Row> off = runs.get("off").read(table);
        String scored = sentiment[0] + " IS NOT NULL";
        assertTrue(on.filter(scored).count() > 5, "with sentiment, " + table + " rows are scored");
        assertEquals(0, off.filter(scored + " OR " + sentiment[1] + " IS NOT NULL").count());
        assertEquals(List.of(), rows(on.drop(sentiment).exceptAll(off.drop(sentiment))));
        assertEquals(on.count(), off.count());
    }
}
