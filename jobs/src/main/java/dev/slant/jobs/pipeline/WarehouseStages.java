package dev.slant.jobs.pipeline;

import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareResult;
import dev.slant.jobs.compare.CompareSummary;
import dev.slant.jobs.ingest.Ingest;
import dev.slant.jobs.ingest.IngestReport;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.jobs.weekly.PipelineStages;
import dev.slant.jobs.weekly.StageOptions;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;

/** The real stages over one warehouse, as `run`, `demo` and `weekly` use them. */
public final class WarehouseStages implements PipelineStages {
    private final SparkSession spark;
    private final Warehouse warehouse;
    private final StageOptions options;

    public WarehouseStages(SparkSession spark, Warehouse warehouse, StageOptions options) {
        this.spark = spark;
        this.warehouse = warehouse;
        this.options = options;
    }

    @Override
    public IngestResult ingest(List<Path> inputs) {
        IngestReport report = ingestReport(inputs.stream().map(Path::toString).toList());
        return new IngestResult(unprocessedArticleIds(), report.rejected());
    }

    /** Ingests and prints the counts; a run whose counts do not balance fails loudly. */
    public IngestReport ingestReport(List<String> inputs) {
        Runs.Started run = Runs.start(Runs.INGEST, options.ingest());
        IngestReport report = Ingest.run(spark, warehouse, inputs, options.ingest());
        System.out.println(report.summary());
        System.out.print(Runs.describe(warehouse, run.finish(warehouse, null, Ingest.WRITES)));
        if (!report.balanced()) {
            throw new IllegalStateException("ingest counts do not balance: " + report.summary());
        }
        return report;
    }

    @Override
    public long quotes(List<String> articleIds) {
        Runs.Started run = Runs.start(Runs.QUOTES, options.nlp());
        NlpStage.Counts c = NlpStage.runInBatches(warehouse, options.nlp(), articleIds);
        System.out.println(c.summary());
        System.out.print(Runs.describe(warehouse, run.finish(warehouse,
                QuoteExtraction.registry(options.nlp().registry()).origin(), NlpStage.WRITES)));
        return c.quotes();
    }

    @Override
    public void compare() {
        Compare.Recorded recorded = Compare.runRecorded(spark, warehouse, options.compare());
        System.out.print(Runs.describe(warehouse, recorded.run()));
        System.out.print(CompareSummary.format(recorded.result(), options.compare()));
    }

    /** Articles the NLP stage has not finished (see {@link NlpStage#processed}). */
    public List<String> unprocessedArticleIds() {
        return warehouse.read(Tables.ARTICLES).select("article_id")
                .join(NlpStage.processed(warehouse), "article_id", "left_anti")
                .as(Encoders.STRING()).collectAsList();
    }
}
