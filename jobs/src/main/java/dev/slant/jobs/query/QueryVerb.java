package dev.slant.jobs.query;

import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Tables;
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
    private static final VerbOptions OPTIONS = VerbOptions.builder(
                    "--warehouse DIR [--format table|csv|jsonl] [--limit N] \"SQL\"")
            .description("""
                    Every table in the warehouse is a view under its own name (articles, rejects, quotes, mentions,
                    framing_*), so the SQL can join them freely.""")
            .add(CommonOptions.warehouse("the warehouse folder"),
                    OptionSpec.text("format", "F", "table", "table (aligned text), csv (RFC 4180, with header) or "
                            + "jsonl"),
                    OptionSpec.integer("limit", null, "at most N rows (default " + DEFAULT_TABLE_LIMIT
                            + " for table, all rows for csv and jsonl)"),
                    CommonOptions.MASTER)
            .footer("""
                    example:
                      ./slant query --warehouse W "SELECT source_key, count(*) AS n FROM %s GROUP BY 1 ORDER BY n DESC\""""
                    .formatted(Tables.ARTICLES))
            .build();

    @Override
    public String name() {
        return "query";
    }

    @Override
    public String summary() {
        return "run SQL over the warehouse tables (articles, rejects, quotes, ...) and print the result";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions options) {
        String dir = options.require("warehouse");
        if (options.positional().size() != 1) {
            throw new UsageException("give exactly one SQL statement (quote it)");
        }
        if (!Files.isDirectory(Paths.get(dir))) {
            System.err.println("slant query: no warehouse at " + dir + " (run ./slant ingest ... --warehouse " + dir
                    + " first)");
            return 2;
        }
        ResultPrinter.Format format;
        try {
            format = ResultPrinter.Format.of(options.text("format"));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        int limit = options.has("limit") ? options.integer("limit")
                : format == ResultPrinter.Format.TABLE ? DEFAULT_TABLE_LIMIT : -1;
        SparkSession spark = SparkSessions.forCli("slant-query", options.text("master"));
        try {
            return Query.run(spark, new Warehouse(spark, dir), options.positional().get(0), format, limit,
                    new PrintStream(System.out, true, StandardCharsets.UTF_8), System.err);
        } finally {
            spark.stop();
        }
    }
}
