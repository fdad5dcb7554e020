package dev.slant.jobs.pipeline;

import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.jobs.weekly.StageCommandLine;
import dev.slant.jobs.weekly.StageOptions;
import org.apache.spark.sql.SparkSession;

import java.util.List;

/** `./slant run`: ingest → quotes (with sentiment and mentions) → compare, the main job. */
public final class RunVerb implements Verb {
    static final OptionSpec SKIP_COMPARE = OptionSpec.flag("skip-compare", "stop after the quotes stage");

    private static final VerbOptions OPTIONS = StageCommandLine.addTo(
                    VerbOptions.builder("INPUT... --warehouse DIR [options]")
                            .description("""
                                    Ingests the inputs (see ./slant ingest --help), finds and attributes quotations with
                                    their sentiment in the articles not processed before (./slant quotes --help), and
                                    recomputes the comparison tables (./slant compare --help). Each stage gets its own
                                    options below. Re-running with the same inputs gives the same tables.""")
                            .add(CommonOptions.warehouse("warehouse folder (created if missing)"), SKIP_COMPARE))
            .add(CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "run";
    }

    @Override
    public String summary() {
        return "the main job: ingest -> quotes (+ sentiment, mentions) -> compare";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        if (o.positional().isEmpty()) {
            throw new UsageException("name at least one INPUT file or folder");
        }
        StageOptions stages = StageCommandLine.stageOptions(o);
        String warehouseDir = o.require("warehouse");
        SparkSession spark = SparkSessions.forCli("slant-run", o.text("master"));
        run(spark, new Warehouse(spark, warehouseDir), stages, !o.flag(SKIP_COMPARE.name()), o.positional());
        return 0;
    }

    /** The whole pipeline over these inputs; shared with `demo`. */
    public static void run(SparkSession spark, Warehouse warehouse, StageOptions options, boolean compare,
                           List<String> inputs) {
        long t0 = System.nanoTime();
        WarehouseStages stages = new WarehouseStages(spark, warehouse, options);
        stages.ingestReport(inputs);
        List<String> fresh = stages.unprocessedArticleIds();
        System.err.printf("run: %,d articles not processed before%n", fresh.size());
        stages.quotes(fresh);
        if (compare) {
            stages.compare();
        }
        System.out.printf("run: done in %.1f s; tables under %s: %s%n", (System.nanoTime() - t0) / 1e9,
                warehouse.root(), String.join(", ", warehouse.tables()));
    }
}
