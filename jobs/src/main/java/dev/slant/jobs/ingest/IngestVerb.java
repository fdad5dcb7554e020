package dev.slant.jobs.ingest;

import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Paths;
import java.util.List;

/** `./slant ingest`: options → {@link Ingest#run}; prints the counts. */
public final class IngestVerb implements Verb {
    /** The ingest stage's options, as `ingest`, `run`, `demo` and `weekly` take them. */
    public static final List<OptionSpec> STAGE_OPTIONS = List.of(
            OptionSpec.text("source", "S", null, "source for inputs that do not name one"),
            OptionSpec.text("published", "D", null, "publication date for inputs that do not carry one"),
            OptionSpec.integer("max-bytes", (int) IngestOptions.DEFAULT_MAX_BYTES,
                    "reject articles whose text is longer than N bytes"),
            OptionSpec.text("outlets", "DIR", null, "folder with mbfc-acl2020.tsv and allsides-2019.csv (default: "
                    + "data/outlets, then ../shared/data/outlets)"));

    private static final VerbOptions OPTIONS = VerbOptions.builder("INPUT... --warehouse DIR [options]")
            .description("""
                    Reads articles into WAREHOUSE/articles (deduplicated, near-copies marked in duplicate_of) and the
                    records it cannot use into WAREHOUSE/rejects. Running it again with the same input changes nothing;
                    a new input adds only its new articles.

                    INPUT       files or folders (walked recursively) of:
                                  *.txt        one article; metadata from NAME.meta.json (source, published, title, url)
                                  *.jsonl[.gz] one JSON object per line (id, source, published, title, text, url, ...)
                                  *.csv[.gz]   RFC 4180 with a header row naming the same fields (.tsv: tab-separated)
                                aliases: content/body = text, date = published, outlet/publisher = source""")
            .add(CommonOptions.warehouse("where the tables live (created if missing)"))
            .add(STAGE_OPTIONS)
            .add(CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "read articles (txt + .meta.json, JSON lines, CSV, folders) into the warehouse's articles table";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions options) {
        List<String> inputs = options.positional();
        if (inputs.isEmpty()) {
            throw new UsageException("name at least one INPUT file or folder");
        }
        String warehouseDir = options.require("warehouse");
        IngestOptions ingestOptions = ingestOptions(options);
        SparkSession spark = SparkSessions.forCli("slant-ingest", options.text("master"));
        try {
            Warehouse warehouse = new Warehouse(spark, warehouseDir);
            Runs.Started run = Runs.start(Runs.INGEST, ingestOptions);
            IngestReport report = Ingest.run(spark, warehouse, inputs, ingestOptions);
            System.out.println(report.summary());
            System.out.print(Runs.describe(warehouse, run.finish(warehouse, null, Ingest.WRITES)));
            return report.balanced() ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    /** The ingest stage's typed options from a command line that declares {@link #STAGE_OPTIONS}. */
    public static IngestOptions ingestOptions(ParsedOptions options) {
        long maxBytes = options.integer("max-bytes");
        if (maxBytes <= 0) {
            throw new UsageException("--max-bytes must be positive");
        }
        String outlets = options.text("outlets");
        return new IngestOptions(options.text("source"), options.text("published"),
                maxBytes, outlets == null ? null : Paths.get(outlets));
    }
}
