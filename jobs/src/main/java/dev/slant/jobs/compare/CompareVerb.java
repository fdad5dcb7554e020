package dev.slant.jobs.compare;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/** `./slant compare`: parses options, runs {@link Compare#run}, prints {@link CompareSummary}. */
public final class CompareVerb implements Verb {
    private static final Pattern WEEK = Pattern.compile("\\d{4}-W\\d{2}");

    @Override
    public String name() {
        return "compare";
    }

    @Override
    public String summary() {
        return "compare outlets: sentiment cells with CIs, tests (BH), framing words, topics";
    }

    @Override
    public String help() {
        return """
                usage: ./slant compare --warehouse DIR [options]

                Reads articles, quotes and mentions from the warehouse; writes framing_cells, framing_tests,
                framing_words, framing_topics and topic_terms (see docs/tables.md); prints a summary.

                  --warehouse DIR        the warehouse folder (required)
                  --min-count N          cells with fewer quotes are flagged low_count, and outlets need N scored
                                         quotes (from 2+ articles) of an actor to enter tests (default 5)
                  --topics K             LDA topics (default 10)
                  --count-syndicated     count syndicated copies (duplicate_of set) too; by default they count once
                  --actors A,B           only these actors (ids or canonical names, case-insensitive)
                  --from 2021-W01        first ISO week (inclusive)
                  --to 2021-W52          last ISO week (inclusive)
                  --seed N               seed for bootstrap, permutations and LDA (default 42)
                  --resamples N          bootstrap resamples (default 1000)
                  --permutations N       permutations per pairwise test (default 1000)
                  --top-words N          framing words kept per group (default 20)
                  --summary-actors N     actors in the printed summary (default 5)
                  --trailing-weeks N     weeks before each week in framing_cells' week-over-week columns (default 8)
                  --master URL           Spark master (default local[*])
                """;
    }

    @Override
    public int run(Options options) {
        String warehouseDir = options.require("warehouse");
        CompareOptions o = parse(options);
        SparkSession spark = SparkSessions.forCli("slant compare", options.get("master", null));
        CompareResult result = Compare.run(spark, new Warehouse(spark, warehouseDir), o);
        System.out.print(CompareSummary.format(result, o));
        System.out.println("\nTables written under " + warehouseDir + ": " + String.join(", ", Compare.CELLS,
                Compare.TESTS, Compare.WORDS, Compare.TOPICS, Compare.TOPIC_TERMS));
        return 0;
    }

    public static CompareOptions parse(Options options) {
        CompareOptions d = CompareOptions.defaults();
        String from = week(options, "from");
        String to = week(options, "to");
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new Options.UsageException("--from " + from + " is after --to " + to);
        }
        List<String> actors = options.has("actors")
                ? Arrays.stream(options.get("actors", "").split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .toList()
                : List.of();
        int minCount = options.getInt("min-count", d.minCount());
        int topics = options.getInt("topics", d.topics());
        if (minCount < 1) {
            throw new Options.UsageException("--min-count must be at least 1");
        }
        if (topics < 2) {
            throw new Options.UsageException("--topics must be at least 2");
        }
        return d.withMinCount(minCount).withTopics(topics)
                .withCountSyndicated(options.flag("count-syndicated")).withActors(actors).withWeeks(from, to)
                .withSeed(options.getInt("seed", (int) d.seed()))
                .withResampling(options.getInt("resamples", d.resamples()),
                        options.getInt("permutations", d.permutations()))
                .withTopWords(options.getInt("top-words", d.topWords()))
                .withSummaryActors(options.getInt("summary-actors", d.summaryActors()))
                .withTrailingWeeks(trailingWeeks(options, d));
    }

    private static int trailingWeeks(Options options, CompareOptions d) {
        int n = options.getInt("trailing-weeks", d.trailingWeeks());
        if (n < 1) {
            throw new Options.UsageException("--trailing-weeks must be at least 1");
        }
        return n;
    }

    private static String week(Options options, String key) {
        String v = options.get(key, null);
        if (v != null && !WEEK.matcher(v.trim()).matches()) {
            throw new Options.UsageException("--" + key + " takes an ISO week like 2021-W07, got '" + v + "'");
        }
        return v == null ? null : v.trim();
    }
}
