package dev.slant.jobs.weekly;

import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;

/**
 * The three pipeline stages as `weekly` needs them: ingest only the new inbox files, find quotes only in the new
 * articles, then recompute the comparison. `weekly` decides what is new and when to run; the stages do the work.
 * The launcher binds this to the real ingest/quotes/compare functions (see {@link Factory}).
 */
public interface PipelineStages {
    /** Reads these inbox files into `articles` (rejects to `rejects`); returns the ids of the articles it added. */
    IngestResult ingest(List<Path> inputs) throws Exception;

    /** Finds, attributes and scores quotations in these articles only, appending to `quotes` and `mentions`. */
    long quotes(List<String> articleIds) throws Exception;

    /** Recomputes the `framing_*` tables from the whole warehouse. */
    void compare() throws Exception;

    record IngestResult(List<String> newArticleIds, long rejects) {
    }

    /** How `weekly` obtains the stages for one run. */
    @FunctionalInterface
    interface Factory {
        PipelineStages open(SparkSession spark, Warehouse warehouse, StageOptions options);
    }
}
