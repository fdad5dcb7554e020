package dev.slant.jobs.query;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;

/** `./slant query`: SQL over every warehouse table, printed as a table, CSV or JSON lines. */
public final class QueryVerb implements Verb {
    /** Rows shown in table format unless --limit says otherwise (CSV and JSON lines print everything). */
    public static final int DEFAULT_TABLE_LIMIT = 100;

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run SQL over the warehouse tables (articles, rejects, quotes, ...) and print the result";
    }

    @Override
    public String help() {
        return """
                usage: ./slant query --warehouse DIR [--format table|csv|jsonl] [--limit N] "SQL"

                Every table in the warehouse is a view under its own name (articles, rejects, quotes, mentions,
                framing_*), so the SQL can join them freely.

                options:
                  --warehouse DIR   the warehouse folder
                  --format F        table (aligned text, default), csv (RFC 4180, with header) or jsonl
                  --limit N         at most N rows (default 100 for table, all rows for csv and jsonl)
                  --master URL      Spark master (default local[*])
                example:
                  ./slant query --warehouse W "SELECT source_key, count(*) AS n FROM articles GROUP BY 1 ORDER BY n DESC"
                """;
    }

    @Override
    public int run(Options options) {
        String dir = options.require("warehouse");
        if (options.positional().size() != 1) {
            throw new Options.UsageException("give exactly one SQL statement (quote it)");
        }
        if (!Files.isDirectory(Paths.get(dir))) {
            System.err.println("slant query: no warehouse at " + dir + " (run ./slant ingest ... --warehouse " + dir
                    + " first)");
            return 2;
        }
        ResultPrinter.Format format;
        try {
            format = ResultPrinter.Format.of(options.get("format", "table"));
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        }
        int limit = options.getInt("limit", format == ResultPrinter.Format.TABLE ? DEFAULT_TABLE_LIMIT : -1);
        SparkSession spark = SparkSessions.forCli("slant-query", options.get("master", null));
        try {
            return Query.run(spark, new Warehouse(spark, dir), options.positional().get(0), format, limit,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
        } finally {
            spark.stop();
        }
    }
}
