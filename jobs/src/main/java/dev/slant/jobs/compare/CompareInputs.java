package dev.slant.jobs.compare;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.trim;

/**
 * The rows the comparison counts: articles inside the week range, syndicated copies dropped (unless asked), and their
 * quotes and mentions carrying the outlet (`source_key`) and its `lean` from the article.
 *
 * @param articles    article_id, source_key, lean, week, title, url, text
 * @param quotes      every quote of a kept article (also unattributed ones: the denominator of voice share)
 * @param actorQuotes quotes attributed to a registered actor that passes the --compare-actors filter
 * @param mentions    actor mentions of kept articles that pass the --compare-actors filter (a warehouse written
 *                    before sentiment_model existed reads its scored mentions as lr-rntn-v1: Tables.MENTIONS)
 */
public record CompareInputs(Dataset<Row> articles, Dataset<Row> quotes, Dataset<Row> actorQuotes,
                            Dataset<Row> mentions) {

    /** `week` value of the whole-period rows in framing_cells. */
    public static final String ALL_WEEKS = "all";

    public static CompareInputs prepare(Dataset<Row> articlesTable, Dataset<Row> quotesTable,
                                        Dataset<Row> mentionsTable, CompareOptions o) {
        Dataset<Row> a = inRange(articlesTable, o);
        if (!o.countSyndicated()) {
            a = a.filter(col("duplicate_of").isNull());
        }
        Dataset<Row> kept = a.select("article_id", "source_key", "lean", "week", "title", "url", "text");

        Dataset<Row> q = withDefault(quotesTable, "kind", "string");
        for (String c : List.of("cue", "sentiment_label", "actor_id", "actor_name", "speaker", "sentiment_model")) {
            q = withDefault(q, c, "string");
        }
        q = withDefault(q, "sentiment_score", "double");
        Dataset<Row> quotes = q.drop("source", "week")
                .join(kept.select("article_id", "source_key", "lean", "week"), "article_id")
                .withColumn("sentiment_score", col("sentiment_score").cast("double"))
                .withColumn("sentiment_label", lower(trim(col("sentiment_label"))))
                .withColumn("kind", lower(trim(col("kind"))))
                .withColumn("cue", lower(trim(regexp_replace(col("cue"), "\\s+", " "))))
                .select("quote_id", "article_id", "source_key", "lean", "week", "text", "kind", "cue",
                        "actor_id", "actor_name", "sentiment_label", "sentiment_score", "sentiment_model");
        Dataset<Row> actorQuotes = quotes.filter(col("actor_id").isNotNull().and(actorFilter(o)));

        Dataset<Row> mentions;
        if (mentionsTable == null) {
            mentions = actorQuotes.sparkSession().emptyDataFrame()
                    .selectExpr("cast(null as string) article_id", "cast(null as string) source_key",
                            "cast(null as string) lean", "cast(null as string) week", "cast(null as string) actor_id",
                            "cast(null as string) actor_name", "cast(null as string) sentence",
                            "cast(null as double) target_score", "cast(null as array<double>) stance_logits",
                            "cast(null as string) sentiment_model");
        } else {
            mentions = withDefault(withDefault(mentionsTable, "sentiment_model", "string"), "stance_logits",
                    "array<double>").drop("source", "week")
                    .join(kept.select("article_id", "source_key", "lean", "week"), "article_id")
                    .filter(col("actor_id").isNotNull().and(actorFilter(o)))
                    .withColumn("target_score", col("target_score").cast("double"))
                    .select("article_id", "source_key", "lean", "week", "actor_id", "actor_name", "sentence",
                            "target_score", "stance_logits", "sentiment_model");
        }
        return new CompareInputs(kept, quotes, actorQuotes, mentions);
    }

    /**
     * Articles of the week range that the syndication rule leaves out (none with --count-syndicated): what the
     * summary and the report count as "syndicated copies set aside".
     */
    public static Dataset<Row> syndicatedCopies(Dataset<Row> articlesTable, CompareOptions o) {
        Dataset<Row> a = inRange(articlesTable, o);
        return o.countSyndicated() ? a.limit(0) : a.filter(col("duplicate_of").isNotNull());
    }

    /** Articles of the week range with the optional columns defaulted and source_key and lean normalised. */
    private static Dataset<Row> inRange(Dataset<Row> articlesTable, CompareOptions o) {
        Dataset<Row> a = withDefault(articlesTable, "lean", "string");
        a = withDefault(a, "duplicate_of", "string");
        a = withDefault(a, "title", "string");
        a = withDefault(a, "url", "string");
        if (!Arrays.asList(a.columns()).contains("source_key")) {
            a = a.withColumn("source_key", col("source"));
        }
        return a.withColumn("source_key", coalesce(col("source_key"), col("source"), lit("(unknown)")))
                .withColumn("lean", lower(trim(col("lean"))))
                .filter(weekRange(col("week"), o));
    }

    private static Column weekRange(Column week, CompareOptions o) {
        Column c = lit(true);
        if (o.fromWeek() != null) {
            c = c.and(week.geq(lit(o.fromWeek())));
        }
        if (o.toWeek() != null) {
            c = c.and(week.leq(lit(o.toWeek())));
        }
        return c;
    }

    private static Column actorFilter(CompareOptions o) {
        if (o.actors().isEmpty()) {
            return lit(true);
        }
        Object[] wanted = o.actors().stream().map(s -> s.trim().toLowerCase(Locale.ROOT)).toArray();
        return lower(col("actor_id")).isin(wanted).or(lower(col("actor_name")).isin(wanted));
    }

    /** Older or partial tables may lack an optional column; it then reads as null rather than failing the run. */
    private static Dataset<Row> withDefault(Dataset<Row> df, String column, String type) {
        return Arrays.asList(df.columns()).contains(column) ? df : df.withColumn(column, lit(null).cast(type));
    }
}
