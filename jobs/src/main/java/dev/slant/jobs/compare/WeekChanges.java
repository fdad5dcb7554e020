package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.IsoWeek;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

/**
 * Week-over-week columns of framing_cells' per-week rows: the same cell in the previous ISO week and over the
 * `--trailing-weeks` weeks before, and the change in mean sentiment against each. A week of the selection with quotes
 * but none of this cell's counts as 0 quotes; a week without any quote in the selection counts as "no data" (null).
 * Whole-period rows get nulls.
 */
final class WeekChanges {
    static final String[] COLUMNS = {"previous_quotes", "previous_mean_sentiment", "trailing_weeks",
            "trailing_quotes_per_week", "trailing_mean_sentiment", "change_vs_previous", "change_vs_trailing"};

    private WeekChanges() {
    }

    static Dataset<Row> add(SparkSession spark, Dataset<Row> cells, CompareInputs in, CompareOptions o) {
        Set<String> withQuotes = new TreeSet<>();
        for (Row r : in.quotes().select("week").where(col("week").isNotNull()).distinct().collectAsList()) {
            withQuotes.add(r.getString(0));
        }
        // (week, other week, kind, whether the selection has quotes in the other week), made on the driver because
        // ISO week arithmetic is plain Java; a few hundred weeks at most.
        List<Row> pairs = new ArrayList<>();
        for (String w : withQuotes) {
            IsoWeek week;
            try {
                week = IsoWeek.parse(w);
            } catch (IllegalArgumentException notAWeek) {
                continue; // a malformed week value has no neighbours; its changes stay null
            }
            String prev = week.previous().toString();
            pairs.add(RowFactory.create(w, prev, "previous", withQuotes.contains(prev)));
            for (IsoWeek t : week.trailing(o.trailingWeeks())) {
                pairs.add(RowFactory.create(w, t.toString(), "trailing", withQuotes.contains(t.toString())));
            }
        }
        Dataset<Row> neighbours = spark.createDataFrame(pairs, new StructType()
                .add("week", DataTypes.StringType).add("other_week", DataTypes.StringType)
                .add("kind", DataTypes.StringType).add("other_has_quotes", DataTypes.BooleanType));

        Dataset<Row> weekly = cells.filter(col("level").isin(CellLevels.WEEK_LEVELS.toArray()))
                .withColumn("ck", key(col("week")));
        Dataset<Row> other = weekly.select(col("ck").as("o_key"), col("quotes").as("o_quotes"),
                col("mean_sentiment").as("o_mean"), col("scored_quotes").as("o_scored"));
        Column isPrev = col("kind").equalTo("previous");
        Column isTrail = col("kind").equalTo("trailing");
        Column oQuotes = coalesce(col("o_quotes"), when(col("other_has_quotes"), lit(0L)));
        Dataset<Row> changes = weekly.select("ck", "level", "source_key", "lean", "actor_id", "week")
                .join(neighbours, "week")
                .withColumn("o_lookup", key(col("other_week")))
                .join(other, col("o_lookup").equalTo(col("o_key")), "left")
                .groupBy("ck")
                .agg(max(when(isPrev, oQuotes)).as("previous_quotes"),
                        max(when(isPrev, col("o_mean"))).as("previous_mean_sentiment"),
                        max(when(isTrail, col("other_has_quotes"))).as("any_trailing"),
                        sum(when(isTrail, coalesce(col("o_quotes"), lit(0L)))).as("trailing_quotes"),
                        sum(when(isTrail.and(col("o_scored").gt(0)), col("o_mean").multiply(col("o_scored"))))
                                .as("trailing_sum"),
                        sum(when(isTrail, coalesce(col("o_scored"), lit(0L)))).as("trailing_scored"))
                .select(col("ck"), col("previous_quotes"), col("previous_mean_sentiment"),
                        when(col("any_trailing"), col("trailing_quotes").cast("double").divide(o.trailingWeeks()))
                                .as("trailing_quotes_per_week"),
                        when(col("trailing_scored").gt(0), col("trailing_sum").divide(col("trailing_scored")))
                                .as("trailing_mean_sentiment"));
        return cells.withColumn("ck", key(col("week")))
                .join(changes, "ck", "left")
                .withColumn("trailing_weeks", when(col("level").isin(CellLevels.WEEK_LEVELS.toArray()),
                        lit(o.trailingWeeks())))
                .withColumn("change_vs_previous", col("mean_sentiment").minus(col("previous_mean_sentiment")))
                .withColumn("change_vs_trailing", col("mean_sentiment").minus(col("trailing_mean_sentiment")))
                .drop("ck");
    }

    /** One string per (level, outlet, lean, actor, week): joins on it need no null-safe comparisons. */
    private static Column key(Column week) {
        return concat_ws("\u0001", col("level"), coalesce(col("source_key"), lit("")), coalesce(col("lean"), lit("")),
                col("actor_id"), week);
    }
}
