package dev.slant.jobs.warehouse;

import dev.slant.jobs.quotes.SentimentModel;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The warehouse contract: every table's name, columns, key and meaning, defined here once. Writers conform to it
 * ({@link Warehouse#replace(Table, org.apache.spark.sql.Dataset)}), readers name tables through it, and
 * `docs/tables.md` documents it (a test checks that the two agree, column by column).
 */
public final class Tables {
    private static final DataType STRING = DataTypes.StringType;
    private static final DataType INT = DataTypes.IntegerType;
    private static final DataType LONG = DataTypes.LongType;
    private static final DataType DOUBLE = DataTypes.DoubleType;
    private static final DataType BOOLEAN = DataTypes.BooleanType;
    private static final DataType DOUBLES = DataTypes.createArrayType(DOUBLE);

    public static final Table ARTICLES = new Table("articles", new StructType()
            .add("article_id", STRING, false)
            .add("source", STRING)
            .add("source_key", STRING, false)
            .add("source_url", STRING)
            .add("published", DataTypes.DateType)
            .add("week", STRING)
            .add("title", STRING)
            .add("text", STRING, false)
            .add("url", STRING)
            .add("topic", STRING)
            .add("bias_label", STRING)
            .add("bias_mbfc", STRING)
            .add("fact_mbfc", STRING)
            .add("bias_allsides", STRING)
            .add("lean", STRING)
            .add("duplicate_of", STRING),
            List.of("article_id"), "one row per article read (ingest)");

    public static final Table REJECTS = new Table("rejects", new StructType()
            .add("stage", STRING, false)
            .add("input", STRING)
            .add("line", LONG)
            .add("article_id", STRING)
            .add("reason", STRING)
            .add("raw", STRING),
            List.of("stage", "input", "line", "article_id"),
            "one row per record a stage could not use (ingest: a line of an input; quotes: an article)",
            Rejects::fromLegacy);

    public static final Table QUOTES = new Table("quotes", new StructType()
            .add("quote_id", STRING, false)
            .add("article_id", STRING)
            .add("source", STRING)
            .add("week", STRING)
            .add("text", STRING)
            .add("char_start", INT, false)
            .add("char_end", INT, false)
            .add("kind", STRING)
            .add("cue", STRING)
            .add("speaker_mention", STRING)
            .add("speaker", STRING)
            .add("speaker_title", STRING)
            .add("speaker_type", STRING)
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("attribution_method", STRING)
            .add("attribution_confidence", DOUBLE)
            .add("sentiment_label", STRING)
            .add("sentiment_score", DOUBLE)
            .add("sentiment_probs", DOUBLES)
            .add("sentiment_model", STRING),
            List.of("quote_id"), "one row per quotation found, with its speaker, actor and sentiment (quotes stage)",
            scoredBefore("sentiment_label", SentimentModel.LEGACY_QUOTES));

    public static final Table MENTIONS = new Table("mentions", new StructType()
            .add("mention_id", STRING, false)
            .add("article_id", STRING)
            .add("source", STRING)
            .add("week", STRING)
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("sentence", STRING)
            .add("char_start", INT, false)
            .add("char_end", INT, false)
            .add("surface", STRING)
            .add("method", STRING)
            .add("target_label", STRING)
            .add("target_score", DOUBLE)
            .add("target_probs", DOUBLES)
            .add("stance_logits", DOUBLES)
            .add("sentiment_model", STRING),
            List.of("mention_id"), "one row per sentence and registered actor it names (quotes stage)",
            scoredBefore("target_label", SentimentModel.LEGACY_MENTIONS));

    public static final Table NLP_ARTICLES = new Table("nlp_articles", new StructType()
            .add("article_id", STRING),
            List.of("article_id"), "one row per article the quotes stage has finished");

    public static final Table ARTICLE_STANCE = new Table("article_stance", new StructType()
            .add("article_id", STRING)
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("source_key", STRING)
            .add("lean", STRING)
            .add("week", STRING)
            .add("mentions", LONG)
            .add("scored_mentions", LONG)
            .add("voiced_mentions", LONG)
            .add("stance_score", DOUBLE)
            .add("stance_label", STRING)
            .add("stance_method", STRING)
            .add("sentiment_model", STRING),
            List.of("article_id", "actor_id", "sentiment_model"),
            "one row per article x actor it names: the article's stance toward the actor (compare)");

    public static final Table FRAMING_CELLS = new Table("framing_cells", new StructType()
            .add("level", STRING)
            .add("source_key", STRING)
            .add("lean", STRING)
            .add("week", STRING)
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("articles", LONG)
            .add("quotes", LONG)
            .add("group_quotes", LONG)
            .add("voice_share", DOUBLE)
            .add("scored_quotes", LONG)
            .add("mean_sentiment", DOUBLE)
            .add("ci_low", DOUBLE)
            .add("ci_high", DOUBLE)
            .add("share_negative", DOUBLE)
            .add("share_positive", DOUBLE)
            .add("mention_articles", LONG)
            .add("target_mentions", LONG)
            .add("mean_target_sentiment", DOUBLE)
            .add("stance_articles", LONG)
            .add("mean_article_stance", DOUBLE)
            .add("share_articles_negative", DOUBLE)
            .add("share_articles_positive", DOUBLE)
            .add("share_direct", DOUBLE)
            .add("share_partial", DOUBLE)
            .add("share_indirect", DOUBLE)
            .add("top_cues", STRING)
            .add("low_count", BOOLEAN)
            .add("previous_quotes", LONG)
            .add("previous_mean_sentiment", DOUBLE)
            .add("trailing_weeks", INT)
            .add("trailing_quotes_per_week", DOUBLE)
            .add("trailing_mean_sentiment", DOUBLE)
            .add("change_vs_previous", DOUBLE)
            .add("change_vs_trailing", DOUBLE),
            List.of("level", "source_key", "lean", "week", "actor_id"),
            "one row per outlet (or lean) x actor x week (or whole period): counts, mean sentiment, interval (compare)");

    public static final Table FRAMING_TESTS = new Table("framing_tests", new StructType()
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("test", STRING)
            .add("level", STRING)
            .add("week", STRING)
            .add("group_a", STRING)
            .add("group_b", STRING)
            .add("groups", STRING)
            .add("quotes", LONG)
            .add("articles", LONG)
            .add("statistic", DOUBLE)
            .add("df", INT)
            .add("cramers_v", DOUBLE)
            .add("min_expected", DOUBLE)
            .add("mean_a", DOUBLE)
            .add("mean_b", DOUBLE)
            .add("diff", DOUBLE)
            .add("diff_ci_low", DOUBLE)
            .add("diff_ci_high", DOUBLE)
            .add("p_value", DOUBLE)
            .add("p_adjusted", DOUBLE)
            .add("significant", BOOLEAN),
            List.of("actor_id", "test", "level", "group_a", "group_b"),
            "one row per test of an actor's sentiment across outlets or leans, BH-adjusted (compare)");

    public static final Table FRAMING_WORDS = new Table("framing_words", new StructType()
            .add("corpus", STRING)
            .add("level", STRING)
            .add("source_key", STRING)
            .add("lean", STRING)
            .add("actor_id", STRING)
            .add("actor_name", STRING)
            .add("rank", INT)
            .add("word", STRING)
            .add("count", LONG)
            .add("rest_count", LONG)
            .add("group_tokens", LONG)
            .add("rest_tokens", LONG)
            .add("group_docs", LONG)
            .add("prior", DOUBLE)
            .add("log_odds", DOUBLE)
            .add("z", DOUBLE)
            .add("low_count", BOOLEAN),
            List.of("corpus", "level", "source_key", "lean", "actor_id", "word"),
            "one row per distinctive word of an outlet's (lean's) coverage of an actor (compare)");

    public static final Table FRAMING_TOPICS = new Table("framing_topics", new StructType()
            .add("level", STRING)
            .add("source_key", STRING)
            .add("lean", STRING)
            .add("topic", INT)
            .add("share", DOUBLE)
            .add("articles", LONG)
            .add("top_terms", STRING),
            List.of("level", "source_key", "lean", "topic"),
            "one row per outlet (lean) and LDA topic: the topic's share of its articles (compare)");

    public static final Table TOPIC_TERMS = new Table("topic_terms", new StructType()
            .add("topic", INT)
            .add("rank", INT)
            .add("term", STRING)
            .add("weight", DOUBLE),
            List.of("topic", "rank"), "one row per LDA topic and top term (compare)");

    public static final Table RUNS = new Table("runs", new StructType()
            .add("run_id", STRING, false)
            .add("stage", STRING, false)
            .add("started", DataTypes.TimestampType)
            .add("finished", DataTypes.TimestampType)
            .add("options", DataTypes.createMapType(STRING, STRING))
            .add("registry_hash", STRING)
            .add("models", DataTypes.createMapType(STRING, STRING))
            .add("code_version", STRING)
            .add("tables", DataTypes.createArrayType(STRING))
            .add("inputs", DataTypes.createArrayType(STRING)),
            List.of("run_id"), "one row per stage run: its options, registry, models and code version (provenance)");

    /** Every table, in the order of the flow. */
    public static final List<Table> ALL = List.of(ARTICLES, REJECTS, QUOTES, MENTIONS, NLP_ARTICLES, ARTICLE_STANCE,
            FRAMING_CELLS, FRAMING_TESTS, FRAMING_WORDS, FRAMING_TOPICS, TOPIC_TERMS, RUNS);

    /** The tables compare writes, in the order it writes them. */
    public static final List<Table> COMPARISON = List.of(ARTICLE_STANCE, FRAMING_CELLS, FRAMING_TESTS, FRAMING_WORDS,
            FRAMING_TOPICS, TOPIC_TERMS);

    private Tables() {
    }

    /**
     * Reads a table written before `sentiment_model` existed: its scored rows (label set) came from the one scorer
     * Slant had then, so they carry that scorer's name, and a comparison will not mix them with newer rows.
     */
    private static UnaryOperator<Dataset<Row>> scoredBefore(String labelColumn, String legacyModel) {
        return stored -> Arrays.asList(stored.columns()).contains("sentiment_model") ? stored
                : stored.withColumn("sentiment_model", when(col(labelColumn).isNotNull(), lit(legacyModel))
                .otherwise(lit(null).cast(STRING)));
    }

    /** The contract of a table by folder name, if it is one of Slant's. */
    public static Optional<Table> byName(String name) {
        return ALL.stream().filter(t -> t.name().equals(name)).findFirst();
    }
}
