package dev.slant.jobs.ingest;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Paths;
import java.util.List;

/** `./slant ingest`: options → {@link Ingest#run}; prints the counts. */
public final class IngestVerb implements Verb {
    @Override
    public String name() {
        return "ingest";
    }

    @Override
    public String summary() {
        return "read articles (txt + .meta.json, JSON lines, CSV, folders) into the warehouse's articles table";
    }

    @Override
    public String help() {
        return """
                usage: ./slant ingest INPUT... --warehouse DIR [options]

                Reads articles into WAREHOUSE/articles (deduplicated, near-copies marked in duplicate_of) and the
                records it cannot use into WAREHOUSE/rejects. Running it again with the same input changes nothing;
                a new input adds only its new articles.

                INPUT       files or folders (walked recursively) of:
                              *.txt        one article; metadata from NAME.meta.json (source, published, title, url)
                              *.jsonl[.gz] one JSON object per line (id, source, published, title, text, url, ...)
                              *.csv[.gz]   RFC 4180 with a header row naming the same fields (.tsv: tab-separated)
                            aliases: content/body = text, date = published, outlet/publisher = source
                options:
                  --warehouse DIR   where the tables live (created if missing)
                  --source S        source for inputs that do not name one
                  --published D     publication date for inputs that do not carry one
                  --max-bytes N     reject articles whose text is longer than N bytes (default 1048576)
                  --outlets DIR     folder with mbfc-acl2020.tsv and allsides-2019.csv (default: data/outlets, then
                                    ../shared/data/outlets)
                  --master URL      Spark master (default local[*])
                """;
    }

    @Override
    public int run(Options options) {
        List<String> inputs = options.positional();
        if (inputs.isEmpty()) {
            throw new Options.UsageException("name at least one INPUT file or folder");
        }
        String warehouseDir = options.require("warehouse");
        IngestOptions ingestOptions = ingestOptions(options);
        SparkSession spark = SparkSessions.forCli("slant-ingest", options.get("master", null));
        try {
            Warehouse warehouse = new Warehouse(spark, warehouseDir);
            Runs.Started run = Runs.start(Runs.INGEST, options.asMap());
            IngestReport report = Ingest.run(spark, warehouse, inputs, ingestOptions);
            System.out.println(report.summary());
            System.out.print(Runs.describe(warehouse, run.finish(warehouse, null, Ingest.WRITES)));
            return report.balanced() ? 0 : 3;
        } finally {
            spark.stop();
        }
    }

    /** The ingest options of a command line (shared by ingest, run, demo and weekly). */
    public static IngestOptions ingestOptions(Options options) {
        long maxBytes = options.getInt("max-bytes", (int) IngestOptions.DEFAULT_MAX_BYTES);
        if (maxBytes <= 0) {
            throw new Options.UsageException("--max-bytes must be positive");
        }
        String outlets = options.get("outlets", null);
        return new IngestOptions(options.get("source", null), options.get("published", null),
                maxBytes, outlets == null ? null : Paths.get(outlets));
    }
}
