package dev.slant.jobs.compare;

import dev.slant.jobs.spark.SparkArrays;
import dev.slant.jobs.stats.ArticleSample;
import dev.slant.jobs.stats.ClusterBootstrap;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sort_array;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * framing_cells: how often and how each outlet (each lean, all outlets together) quotes each actor, per week and
 * over the whole period, with bootstrap intervals resampled by article and, on per-week rows, the change against
 * earlier weeks ({@link WeekChanges}). Cells below --min-count are kept and flagged, never hidden.
 */
public final class FramingCells {

    private FramingCells() {
    }

    public static Dataset<Row> compute(CompareInputs in, CompareOptions o) {
        return compute(in, o, ArticleStances.compute(in.mentions()));
    }

    /** As {@link #compute(CompareInputs, CompareOptions)} with the article_stance rows already computed. */
    public static Dataset<Row> compute(CompareInputs in, CompareOptions o, Dataset<Row> articleStance) {
        Dataset<Row> q = CellLevels.stack(in.actorQuotes()).withColumn("cell_key", CellLevels.cellKey());

        Column labelled = count("sentiment_label");
        Dataset<Row> quoteStats = q.groupBy("cell_key").agg(
                first("level").as("level"), first("source_key").as("source_key"), first("lean").as("lean"),
                first("week").as("week"), first("actor_id").as("actor_id"),
                first("group_key").as("group_key"),
                first("actor_name", true).as("actor_name"),
                countDistinct("article_id").as("articles"),
                count(lit(1)).as("quotes"),
                count("sentiment_score").as("scored_quotes"),
                avg("sentiment_score").as("mean_sentiment"),
                // Spark 4 runs in ANSI mode: x / 0 throws, so cells without labelled quotes get null explicitly.
                when(labelled.gt(0), sum(when(col("sentiment_label").contains("negative"), 1).otherwise(0))
                        .divide(labelled)).as("share_negative"),
                when(labelled.gt(0), sum(when(col("sentiment_label").contains("positive"), 1).otherwise(0))
                        .divide(labelled)).as("share_positive"),
                sum(when(col("kind").equalTo("direct"), 1).otherwise(0)).divide(count(lit(1))).as("share_direct"),
                sum(when(col("kind").equalTo("partial"), 1).otherwise(0)).divide(count(lit(1))).as("share_partial"),
                sum(when(col("kind").equalTo("indirect"), 1).otherwise(0)).divide(count(lit(1)))
                        .as("share_indirect"));

        Dataset<Row> cues = q.filter(col("cue").isNotNull().and(col("cue").notEqual("")))
                .groupBy("cell_key", "cue").agg(count(lit(1)).as("n"))
                .groupBy("cell_key").agg(expr("array_join(transform(slice(sort_array(collect_list("
                        + "struct(-n AS k, cue AS cue))), 1, 5), x -> concat(x.cue, ' (', cast(-x.k AS string), ')')),"
                        + " ', ')").as("top_cues"));

        Dataset<Row> intervals = q.filter(col("sentiment_score").isNotNull())
                .groupBy("cell_key", "article_id")
                .agg(sum("sentiment_score").as("s"), count(lit(1)).as("n"))
                .groupBy("cell_key")
                .agg(sort_array(collect_list(struct(col("article_id"), col("s"), col("n")))).as("arts"))
                .select(col("cell_key"),
                        bootstrapUdf(o).apply(col("arts.s"), col("arts.n"), col("cell_key")).as("ci"))
                .select(col("cell_key"), col("ci.low").as("ci_low"), col("ci.high").as("ci_high"));

        Dataset<Row> m = CellLevels.stack(in.mentions()).withColumn("cell_key", CellLevels.cellKey());
        Dataset<Row> mentionStats = m.groupBy("cell_key").agg(
                first("level").as("m_level"), first("source_key").as("m_source_key"), first("lean").as("m_lean"),
                first("week").as("m_week"), first("actor_id").as("m_actor_id"),
                first("group_key").as("m_group_key"), first("actor_name", true).as("m_actor_name"),
                countDistinct("article_id").as("mention_articles"),
                count(lit(1)).as("target_mentions"),
                avg("target_score").as("mean_target_sentiment"));

        // Per-article stance: every article counts once, whatever its number of mentions (article_stance).
        Column stanced = count("stance_label");
        Dataset<Row> stanceStats = CellLevels.stack(articleStance.filter(col("stance_label").isNotNull()))
                .withColumn("cell_key", CellLevels.cellKey())
                .groupBy("cell_key").agg(
                        countDistinct("article_id").as("stance_articles"),
                        avg("stance_score").as("mean_article_stance"),
                        when(stanced.gt(0), sum(when(col("stance_label").equalTo("negative"), 1).otherwise(0))
                                .divide(stanced)).as("share_articles_negative"),
                        when(stanced.gt(0), sum(when(col("stance_label").equalTo("positive"), 1).otherwise(0))
                                .divide(stanced)).as("share_articles_positive"));

        Dataset<Row> groupQuotes = CellLevels.stack(in.quotes())
                .groupBy("group_key").agg(count(lit(1)).as("group_quotes"));

        Dataset<Row> cells = quoteStats.join(mentionStats, quoteStats.col("cell_key")
                        .equalTo(mentionStats.col("cell_key")), "full_outer")
                .withColumn("key", coalesce(quoteStats.col("cell_key"), mentionStats.col("cell_key")))
                .drop(quoteStats.col("cell_key")).drop(mentionStats.col("cell_key"))
                .withColumnRenamed("key", "cell_key");
        for (String k : new String[] {"level", "source_key", "lean", "week", "actor_id", "group_key", "actor_name"}) {
            cells = cells.withColumn(k, coalesce(col(k), col("m_" + k))).drop("m_" + k);
        }
        cells = cells.join(cues, "cell_key", "left").join(intervals, "cell_key", "left")
                .join(stanceStats, "cell_key", "left")
                .join(groupQuotes, "group_key", "left")
                .withColumn("quotes", coalesce(col("quotes"), lit(0L)))
                .withColumn("articles", coalesce(col("articles"), lit(0L)))
                .withColumn("scored_quotes", coalesce(col("scored_quotes"), lit(0L)))
                .withColumn("group_quotes", coalesce(col("group_quotes"), lit(0L)))
                .withColumn("mention_articles", coalesce(col("mention_articles"), lit(0L)))
                .withColumn("target_mentions", coalesce(col("target_mentions"), lit(0L)))
                .withColumn("stance_articles", coalesce(col("stance_articles"), lit(0L)))
                .withColumn("voice_share", when(col("group_quotes").gt(0),
                        col("quotes").cast("double").divide(col("group_quotes"))))
                .withColumn("low_count", col("quotes").lt(o.minCount()));
        // Materialised first: the week-over-week join reads the cells three times, and the bootstrap must run once.
        cells = WeekChanges.add(in.quotes().sparkSession(), cells.localCheckpoint(true), in, o);
        return cells.select("level", "source_key", "lean", "week", "actor_id", "actor_name", "articles", "quotes",
                        "group_quotes", "voice_share", "scored_quotes", "mean_sentiment", "ci_low", "ci_high",
                        "share_negative", "share_positive", "mention_articles", "target_mentions",
                        "mean_target_sentiment", "stance_articles", "mean_article_stance",
                        "share_articles_negative", "share_articles_positive", "share_direct", "share_partial",
                        "share_indirect", "top_cues", "low_count", "previous_quotes", "previous_mean_sentiment",
                        "trailing_weeks", "trailing_quotes_per_week", "trailing_mean_sentiment", "change_vs_previous",
                        "change_vs_trailing")
                .orderBy("level", "source_key", "lean", "week", "actor_id");
    }

    /** (per-article score sums, per-article counts, cell key) → struct(low, high); seeded by the cell key. */
    static UserDefinedFunction bootstrapUdf(CompareOptions o) {
        int resamples = o.resamples();
        long seed = o.seed();
        StructType ci = new StructType().add("low", DataTypes.DoubleType).add("high", DataTypes.DoubleType);
        UDF3<scala.collection.Seq<Object>, scala.collection.Seq<Object>, String, Row> f = (sums, counts, key) -> {
            ArticleSample sample = new ArticleSample(SparkArrays.doubles(sums), SparkArrays.longs(counts));
            double[] iv = ClusterBootstrap.meanInterval(sample, resamples, 0.95, seed * 1_000_003L + key.hashCode());
            return RowFactory.create(nanToNull(iv[0]), nanToNull(iv[1]));
        };
        return udf(f, ci);
    }

    static Double nanToNull(double v) {
        return Double.isNaN(v) ? null : v;
    }
}
