package dev.slant.jobs.weekly;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.to_date;

/**
 * A minimal real binding for tests of `weekly` alone (the real stages live on other branches): ingest reads JSON-lines
 * corpus files into `articles` with Spark, keeping articles already there; quotes and compare record what they were
 * asked to do, and compare can be told to fail, to check that a failed run leaves its inbox files for the next one.
 */
final class JsonlIngestStages implements PipelineStages {
    final Warehouse wh;
    final List<List<Path>> ingestCalls = new ArrayList<>();
    final List<List<String>> quoteCalls = new ArrayList<>();
    int compareCalls;
    RuntimeException compareFailure;

    JsonlIngestStages(Warehouse wh) {
        this.wh = wh;
    }

    @Override
    public IngestResult ingest(List<Path> inputs) {
        ingestCalls.add(inputs);
        Dataset<Row> in = wh.read(Tables.ARTICLES).sparkSession().read().json(inputs.stream().map(Path::toString).toArray(String[]::new));
        Dataset<Row> fresh = in.select(col("id").as("article_id"), col("source"), lower(col("source")).as("source_key"),
                        col("bias_label").as("lean"), to_date(col("published"), "yyyy-MM-dd").as("published"),
                        col("title"), col("text"), col("url"))
                .withColumn("week", expr("concat(extract(YEAROFWEEK FROM published), '-W', "
                        + "lpad(cast(extract(WEEK FROM published) AS string), 2, '0'))"))
                .withColumn("duplicate_of", lit(null).cast("string"));
        Dataset<Row> old = wh.read(Tables.ARTICLES);
        Dataset<Row> added = fresh.join(old.select("article_id"), "article_id", "left_anti").dropDuplicates("article_id");
        List<String> ids = added.select("article_id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
        wh.replace(Tables.ARTICLES.name(), old.unionByName(added));
        return new IngestResult(ids, 0);
    }

    @Override
    public long quotes(List<String> articleIds) {
        quoteCalls.add(articleIds);
        return 0;
    }

    @Override
    public void compare() {
        compareCalls++;
        if (compareFailure != null) {
            throw compareFailure;
        }
    }
}
