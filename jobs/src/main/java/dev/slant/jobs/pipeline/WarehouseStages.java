package dev.slant.jobs.pipeline;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.compare.CompareResult;
import dev.slant.jobs.compare.CompareSummary;
import dev.slant.jobs.compare.CompareVerb;
import dev.slant.jobs.ingest.Ingest;
import dev.slant.jobs.ingest.IngestReport;
import dev.slant.jobs.ingest.IngestVerb;
import dev.slant.jobs.quotes.Quotes;
import dev.slant.jobs.quotes.QuotesVerb;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.jobs.weekly.PipelineStages;
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
    private final Options options;

    public WarehouseStages(SparkSession spark, Warehouse warehouse, Options options) {
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
        Runs.Started run = Runs.start(Runs.INGEST, options.asMap());
        IngestReport report = Ingest.run(spark, warehouse, inputs, IngestVerb.ingestOptions(options));
        System.out.println(report.summary());
        System.out.print(Runs.describe(warehouse, run.finish(warehouse, null, Ingest.WRITES)));
        if (!report.balanced()) {
            throw new IllegalStateException("ingest counts do not balance: " + report.summary());
        }
        return report;
    }

    @Override
    public long quotes(List<String> articleIds) {
        Runs.Started run = Runs.start(Runs.QUOTES, options.asMap());
        QuoteStage.Counts c = QuoteStage.runInBatches(warehouse, options.get("actors", null), articleIds,
                QuotesVerb.sentimentOn(options), options.getInt("batch-articles", QuoteStage.DEFAULT_BATCH_ARTICLES));
        System.out.println(c.summary());
        System.out.print(Runs.describe(warehouse, run.finish(warehouse,
                Quotes.registry(options.get("actors", null)).origin(), QuoteStage.WRITES)));
        return c.quotes();
    }

    @Override
    public void compare() {
        CompareOptions o = CompareVerb.parse(options);
        Runs.Started run = Runs.start(Runs.COMPARE, options.asMap());
        CompareResult result = Compare.run(spark, warehouse, o);
        System.out.print(Runs.describe(warehouse, run.finish(warehouse, null, Tables.COMPARISON)));
        System.out.print(CompareSummary.format(result, o));
    }

    /** Articles the NLP stage has not finished (see {@link QuoteStage#processed}). */
    public List<String> unprocessedArticleIds() {
        return warehouse.read(Tables.ARTICLES).select("article_id")
                .join(QuoteStage.processed(warehouse), "article_id", "left_anti")
                .as(Encoders.STRING()).collectAsList();
    }
}
