package dev.slant.jobs.compare;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;

/**
 * A small warehouse whose figures can be worked out by hand; columns exactly as the ingest and quotes stages write
 * them. Outlets: nytimes.com (left, 6 articles), foxnews.com (right, 6), reuters.com (center, 3 plus one syndicated
 * copy of nyt-0), tiny.com (no lean, 1). Peskov is quoted 3 times per nyt article with scores −0.6 + 0.1·j − 0.05·i
 * (article i, quote j; mean −0.625), 3 times per fox article with 0.5 − 0.1·j + 0.05·i (mean 0.525), twice per
 * reuters article at 0.0, and once at tiny.com (where Lavrov has one unscored quote). Psaki once per nyt article (0.2) and twice at fox (0.1, null score).
 * Two nyt quotes have no registered speaker. Mentions: Peskov in every nyt article (−0.4, −0.2 alternating) and
 * in two fox articles (0.5); Lavrov, never quoted, in every fox article (0.1). The syndicated copy carries two more Peskov quotes (−0.6).
 */
final class CompareFixture {
    static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("source_key", DataTypes.StringType).add("lean", DataTypes.StringType)
            .add("published", DataTypes.DateType).add("week", DataTypes.StringType)
            .add("title", DataTypes.StringType).add("text", DataTypes.StringType)
            .add("url", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
    static final StructType QUOTES = new StructType()
            .add("quote_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("week", DataTypes.StringType)
            .add("text", DataTypes.StringType).add("char_start", DataTypes.IntegerType)
            .add("char_end", DataTypes.IntegerType).add("kind", DataTypes.StringType)
            .add("cue", DataTypes.StringType).add("speaker_mention", DataTypes.StringType)
            .add("speaker", DataTypes.StringType).add("actor_id", DataTypes.StringType)
            .add("actor_name", DataTypes.StringType).add("attribution_method", DataTypes.StringType)
            .add("attribution_confidence", DataTypes.DoubleType).add("sentiment_label", DataTypes.StringType)
            .add("sentiment_score", DataTypes.DoubleType)
            .add("sentiment_probs", DataTypes.createArrayType(DataTypes.DoubleType));
    static final StructType MENTIONS = new StructType()
            .add("mention_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
            .add("source", DataTypes.StringType).add("week", DataTypes.StringType)
            .add("actor_id", DataTypes.StringType).add("actor_name", DataTypes.StringType)
            .add("sentence", DataTypes.StringType).add("char_start", DataTypes.IntegerType)
            .add("char_end", DataTypes.IntegerType).add("method", DataTypes.StringType)
            .add("target_label", DataTypes.StringType).add("target_score", DataTypes.DoubleType);

    static final String PESKOV = "Q4370213";
    static final String PSAKI = "Q6180396";
    static final String LAVROV = "Q48831";

    private static final String WAR_TEXT = "Russian troops massed near the Ukraine border as the military buildup "
            + "raised fears of an invasion. Tanks and soldiers moved towards the frontier, officials warned.";
    private static final String ECONOMY_TEXT = "Gas prices and inflation squeezed the economy as energy markets "
            + "reacted. Pipeline exports and sanctions weighed on the ruble and on European energy prices.";

    private final List<Row> articles = new ArrayList<>();
    private final List<Row> quotes = new ArrayList<>();
    private final List<Row> mentions = new ArrayList<>();

    static CompareFixture build() {
        CompareFixture f = new CompareFixture();
        for (int i = 0; i < 6; i++) {
            String week = i < 4 ? "2021-W49" : "2021-W50";
            String id = "nyt-" + i;
            f.article(id, "New York Times - News", "nytimes.com", "left", week, i % 2 == 0 ? WAR_TEXT : ECONOMY_TEXT,
                    null);
            for (int j = 0; j < 3; j++) {
                f.quote(id, week, "The aggression of NATO is a threat to Russia and the aggression must stop",
                        j == 0 ? "direct" : j == 1 ? "partial" : "indirect", j == 1 ? "warned" : "said",
                        PESKOV, "Dmitry Peskov", -0.6 + 0.1 * j - 0.05 * i);
            }
            f.quote(id, week, "We will respond to any escalation with diplomacy", "direct", "said", PSAKI,
                    "Jen Psaki", 0.2);
            f.mention(id, week, PESKOV, "Dmitry Peskov", "Peskov denied the aggression claims.", -0.4 + 0.2 * (i % 2));
        }
        f.quote("nyt-0", "2021-W49", "Nobody knows", "direct", "said", null, null, 0.0);
        f.quote("nyt-1", "2021-W49", "We are watching", "direct", "said", null, null, 0.0);
        for (int i = 0; i < 6; i++) {
            String week = i < 3 ? "2021-W49" : "2021-W50";
            String id = "fox-" + i;
            f.article(id, "Fox News", "foxnews.com", "right", week, i % 2 == 0 ? ECONOMY_TEXT : WAR_TEXT, null);
            for (int j = 0; j < 3; j++) {
                f.quote(id, week, "We want dialogue and peace talks with our partners in good faith", "direct",
                        "said", PESKOV, "Dmitry Peskov", 0.5 - 0.1 * j + 0.05 * i);
            }
            f.mention(id, week, LAVROV, "Sergey Lavrov", "Lavrov met his counterpart in Stockholm.", 0.1);
            if (i < 2) {
                f.mention(id, week, PESKOV, "Dmitry Peskov", "Peskov welcomed the dialogue.", 0.5);
            }
        }
        f.quote("fox-0", "2021-W49", "The administration stands with Ukraine", "direct", "said", PSAKI, "Jen Psaki",
                0.1);
        f.quote("fox-1", "2021-W49", "No comment on that", "direct", "said", PSAKI, "Jen Psaki", null);
        for (int i = 0; i < 3; i++) {
            String id = "reu-" + i;
            f.article(id, "Reuters", "reuters.com", "center", "2021-W49", i == 0 ? WAR_TEXT : ECONOMY_TEXT, null);
            for (int j = 0; j < 2; j++) {
                f.quote(id, "2021-W49", "The talks will continue next week in a working format", "indirect", "said",
                        PESKOV, "Dmitry Peskov", 0.0);
            }
        }
        f.article("reu-copy", "Reuters", "reuters.com", "center", "2021-W49", WAR_TEXT, "nyt-0");
        for (int j = 0; j < 2; j++) {
            f.quote("reu-copy", "2021-W49", "The aggression of NATO is a threat", "direct", "said", PESKOV,
                    "Dmitry Peskov", -0.6);
        }
        f.article("tiny-0", "Tiny Gazette", "tiny.com", null, "2021-W50", ECONOMY_TEXT, null);
        f.quote("tiny-0", "2021-W50", "Prices are a matter for the market", "direct", "told", PESKOV,
                "Dmitry Peskov", 0.0);
        f.quote("tiny-0", "2021-W50", "We have nothing to add", "direct", "said", LAVROV, "Sergey Lavrov", null);
        return f;
    }

    Dataset<Row> articles(SparkSession spark) {
        return spark.createDataFrame(articles, ARTICLES);
    }

    Dataset<Row> quotes(SparkSession spark) {
        return spark.createDataFrame(quotes, QUOTES);
    }

    Dataset<Row> mentions(SparkSession spark) {
        return spark.createDataFrame(mentions, MENTIONS);
    }

    private void article(String id, String source, String key, String lean, String week, String text, String dup) {
        articles.add(RowFactory.create(id, source, key, lean, Date.valueOf(week.endsWith("49") ? "2021-12-07"
                : "2021-12-14"), week, "Title of " + id, text, "https://example.org/" + id, dup));
    }

    private void quote(String articleId, String week, String text, String kind, String cue, String actorId,
                       String actorName, Double score) {
        String label = score == null ? null : score <= -0.7 ? "very negative" : score < -0.2 ? "negative"
                : score <= 0.2 ? "neutral" : score < 0.7 ? "positive" : "very positive";
        String id = articleId + "-q" + quotes.size();
        String source = articles.stream().filter(r -> r.getString(0).equals(articleId)).findFirst()
                .map(r -> r.getString(1)).orElseThrow();
        quotes.add(RowFactory.create(id, articleId, source, week, text, 0, text.length(), kind, cue,
                actorName == null ? null : "he", actorName, actorId, actorName, "pattern", 0.9, label, score,
                score == null ? null : List.of(0.2, 0.2, 0.2, 0.2, 0.2)));
    }

    private void mention(String articleId, String week, String actorId, String name, String sentence, double score) {
        String source = articles.stream().filter(r -> r.getString(0).equals(articleId)).findFirst()
                .map(r -> r.getString(1)).orElseThrow();
        mentions.add(RowFactory.create(articleId + "-m" + mentions.size(), articleId, source, week, actorId, name,
                sentence, 0, sentence.length(), "alias", score < -0.1 ? "negative" : score > 0.1 ? "positive"
                        : "neutral", score));
    }
}
