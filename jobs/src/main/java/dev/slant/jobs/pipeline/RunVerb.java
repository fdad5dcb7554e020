package dev.slant.jobs.pipeline;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** `./slant run`: ingest → quotes (with sentiment and mentions) → compare, the main job. */
public final class RunVerb implements Verb {
    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "the main job: ingest -> quotes (+ sentiment, mentions) -> compare";
    }

    @Override
    public String help() {
        return """
                usage: ./slant run INPUT... --warehouse DIR [options]

                Ingests the inputs (see ./slant ingest --help), finds and attributes quotations with their sentiment
                in the articles not processed before, and recomputes the comparison tables (see ./slant compare
                --help). Every option of ingest, quotes and compare is accepted. Re-running with the same inputs
                gives the same tables.
                  --warehouse DIR   warehouse folder (created if missing)
                  --actors FILE     actor registry (default data/actors.json)
                  --skip-compare    stop after the quotes stage
                  --sentiment on|off   off: quotes and mentions without sentiment (see ./slant quotes --help)
                  --batch-articles N   new articles are processed and committed N at a time (default 10000): a
                                    run killed midway and started again redoes at most one batch
                  --master URL      Spark master (default local[*]; under spark-submit the submitter's)
                """;
    }

    @Override
    public int run(Options o) {
        if (o.positional().isEmpty()) {
            throw new Options.UsageException("name at least one INPUT file or folder");
        }
        SparkSession spark = SparkSessions.forCli("slant-run", o.get("master", null));
        Warehouse warehouse = new Warehouse(spark, o.require("warehouse"));
        run(spark, warehouse, o, o.positional());
        return 0;
    }

    /** The whole pipeline over these inputs; shared with `demo`. */
    static void run(SparkSession spark, Warehouse warehouse, Options o, List<String> inputs) {
        long t0 = System.nanoTime();
        WarehouseStages stages = new WarehouseStages(spark, warehouse, o);
        stages.ingestReport(inputs);
        List<String> fresh = stages.unprocessedArticleIds();
        System.err.printf("run: %,d articles not processed before%n", fresh.size());
        stages.quotes(fresh);
        if (!o.flag("skip-compare")) {
            stages.compare();
        }
        System.out.printf("run: done in %.1f s; tables under %s: %s%n", (System.nanoTime() - t0) / 1e9,
                warehouse.root(), String.join(", ", warehouse.tables()));
    }
}
