package dev.slant.jobs.compare;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;

/**
 * The six aggregation levels of framing_cells, built by stacking relabelled copies of the same rows so that one
 * groupBy computes them all (one Spark job instead of one per level):
 * <ul>
 *   <li>`source_week`: source_key × actor × week (rows without a week are left out of this level only)</li>
 *   <li>`source`: source_key × actor over the whole selected period, week = 'all'</li>
 *   <li>`lean_week`: lean × actor × week (outlets without a lean are left out of the lean levels)</li>
 *   <li>`lean`: lean × actor over the whole period, week = 'all'; source_key is null on lean rows</li>
 *   <li>`actor_week`: actor × week across every outlet (source_key and lean null): the weekly report's actor line</li>
 *   <li>`actor`: actor over the whole period across every outlet, week = 'all'</li>
 * </ul>
 */
final class CellLevels {
    static final String SOURCE_WEEK = "source_week";
    static final String SOURCE = "source";
    static final String LEAN_WEEK = "lean_week";
    static final String LEAN = "lean";
    static final String ACTOR_WEEK = "actor_week";
    static final String ACTOR = "actor";
    /** The per-week levels, whose rows carry week-over-week changes and whose tests form one family per week. */
    static final java.util.List<String> WEEK_LEVELS = java.util.List.of(SOURCE_WEEK, LEAN_WEEK, ACTOR_WEEK);

    private CellLevels() {
    }

    /** Rows of `df` (with source_key, lean, week) once per level they belong to, plus `level` and `group_key`. */
    static Dataset<Row> stack(Dataset<Row> df) {
        Dataset<Row> sourceWeek = df.filter(col("week").isNotNull()).withColumn("level", lit(SOURCE_WEEK));
        Dataset<Row> source = df.withColumn("level", lit(SOURCE)).withColumn("week", lit(CompareInputs.ALL_WEEKS));
        Dataset<Row> leanRows = df.filter(col("lean").isNotNull())
                .withColumn("source_key", lit(null).cast("string"));
        Dataset<Row> leanWeek = leanRows.filter(col("week").isNotNull()).withColumn("level", lit(LEAN_WEEK));
        Dataset<Row> lean = leanRows.withColumn("level", lit(LEAN)).withColumn("week", lit(CompareInputs.ALL_WEEKS));
        Dataset<Row> everyOutlet = df.withColumn("source_key", lit(null).cast("string"))
                .withColumn("lean", lit(null).cast("string"));
        Dataset<Row> actorWeek = everyOutlet.filter(col("week").isNotNull()).withColumn("level", lit(ACTOR_WEEK));
        Dataset<Row> actor = everyOutlet.withColumn("level", lit(ACTOR)).withColumn("week",
                lit(CompareInputs.ALL_WEEKS));
        return sourceWeek.unionByName(source).unionByName(leanWeek).unionByName(lean).unionByName(actorWeek)
                .unionByName(actor).withColumn("group_key", groupKey());
    }

    /** One string per (level, source_key, lean, week): joins on it need no null-safe comparisons. */
    static Column groupKey() {
        return concat_ws("\u0001", col("level"), coalesce(col("source_key"), lit("")),
                coalesce(col("lean"), lit("")), col("week"));
    }

    static Column cellKey() {
        return concat_ws("\u0001", col("group_key"), col("actor_id"));
    }
}
