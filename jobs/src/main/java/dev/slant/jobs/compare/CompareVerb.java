package dev.slant.jobs.compare;

import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** `./slant compare`: parses options, runs {@link Compare#run}, prints {@link CompareSummary}. */
public final class CompareVerb implements Verb {
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");
    private static final CompareOptions DEFAULTS = CompareOptions.defaults();

    /** The compare stage's options, as `compare`, `run`, `demo` and `weekly` take them. */
    public static final List<OptionSpec> STAGE_OPTIONS = List.of(
            OptionSpec.integer("min-count", DEFAULTS.minCount(), "cells with fewer quotes are flagged low_count, and "
                    + "outlets need N scored quotes (from 2+ articles) of an actor to enter tests"),
            OptionSpec.integer("topics", DEFAULTS.topics(), "LDA topics"),
            OptionSpec.flag("count-syndicated", "count syndicated copies (duplicate_of set) too; by default they "
                    + "count once"),
            OptionSpec.text("compare-actors", "A,B", null, "compare only these actors (ids or canonical names, "
                    + "case-insensitive; default all)"),
            OptionSpec.text("from", "2021-W01", null, "first ISO week (inclusive)"),
            OptionSpec.text("to", "2021-W52", null, "last ISO week (inclusive)"),
            OptionSpec.integer("seed", (int) DEFAULTS.seed(), "seed for bootstrap, permutations and LDA"),
            OptionSpec.integer("resamples", DEFAULTS.resamples(), "bootstrap resamples"),
            OptionSpec.integer("permutations", DEFAULTS.permutations(), "permutations per pairwise test"),
            OptionSpec.integer("top-words", DEFAULTS.topWords(), "framing words kept per group"),
            OptionSpec.integer("summary-actors", DEFAULTS.summaryActors(), "actors in the printed summary"),
            OptionSpec.integer("trailing-weeks", DEFAULTS.trailingWeeks(), "weeks before each week in framing_cells' "
                    + "week-over-week columns"),
            OptionSpec.flag("allow-mixed-models", "compare even when the quotes and mentions were scored by more "
                    + "than one sentiment model (by default compare stops and says which it found)"));

    private static final VerbOptions OPTIONS = VerbOptions.builder("--warehouse DIR [options]")
            .description("""
                    Reads articles, quotes and mentions from the warehouse; writes article_stance, framing_cells,
                    framing_tests, framing_words, framing_topics and topic_terms (see docs/tables.md); prints a
                    summary.""")
            .add(CommonOptions.warehouse("the warehouse folder (required)"))
            .add(STAGE_OPTIONS)
            .add(CommonOptions.MASTER)
            .oldSpelling("actors", v -> "compare-actors")
            .build();

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare outlets: sentiment cells with CIs, tests (BH), framing words, topics";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions options) {
        String warehouseDir = options.require("warehouse");
        CompareOptions o = parse(options);
        SparkSession spark = SparkSessions.forCli("slant compare", options.text("master"));
        Warehouse warehouse = new Warehouse(spark, warehouseDir);
        Compare.Recorded recorded = Compare.runRecorded(spark, warehouse, o);
        CompareResult result = recorded.result();
        System.out.print(Runs.describe(warehouse, recorded.run()));
        System.out.print(CompareSummary.format(result, o));
        System.out.println("\nTables written under " + warehouseDir + ": " + 
                String.join(", ", Tables.COMPARISON.stream().map(Table::name).toList()));
        return 0;
    }

    /** The compare stage's typed options from a command line that declares {@link #STAGE_OPTIONS}. */
    public static CompareOptions parse(ParsedOptions options) {
        String from = week(options, "from");
        String to = week(options, "to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new UsageException("--from " + from + " is after --to " + to);
        }
        List<String> actors = options.has("compare-actors")
                ? Arrays.stream(options.text("compare-actors").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()
                : List.of();
        int minCount = options.integer("min-count");
        int topics = options.integer("topics");
        if (minCount < 1) {
            throw new UsageException("--min-count must be at least 1");
        }
        if (topics < 2) {
            throw new UsageException("--topics must be at least 2");
        }
        return DEFAULTS.withMinCount(minCount).withTopics(topics)
                .withCountSyndicated(options.flag("count-syndicated")).withActors(actors).withWeeks(from, to)
                .withSeed(options.integer("seed"))
                .withResampling(options.integer("resamples"), options.integer("permutations"))
                .withTopWords(options.integer("top-words"))
                .withSummaryActors(options.integer("summary-actors"))
                .withTrailingWeeks(trailingWeeks(options))
                .withAllowMixedModels(options.flag("allow-mixed-models"));
    }

    private static int trailingWeeks(ParsedOptions options) {
        int n = options.integer("trailing-weeks");
        if (n < 1) {
            throw new UsageException("--trailing-weeks must be at least 1");
        }
        return n;
    }

    private static String week(ParsedOptions options, String key) {
        String v = options.text(key);
        if (v != null && !WEEK.matcher(v.trim()).matches()) {
            throw new UsageException("--" + key + " takes an ISO week like 2021-W07, got '" + v + "'");
        }
        return v == null ? null : v.trim();
    }
}
