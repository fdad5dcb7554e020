package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The compare stage: articles + quotes + mentions → article_stance, framing_cells, framing_tests, framing_words,
 * framing_topics, topic_terms. {@link #compute} is the pure Dataset → Dataset part (notebooks, tests); {@link #run} reads and writes
 * the warehouse around it.
 */
public final class Compare {
    private Compare() {
    }

    /** Reads the warehouse's articles, quotes and (if present) mentions, writes the six tables, returns them. */
    public static CompareResult run(SparkSession spark, Warehouse warehouse, CompareOptions options) {
        Dataset<Row> articles = warehouse.read(Tables.ARTICLES);
        Dataset<Row> quotes = warehouse.read(Tables.QUOTES);
        Dataset<Row> mentions = warehouse.exists(Tables.MENTIONS) ? warehouse.read(Tables.MENTIONS) : null;
        CompareResult computed = compute(spark, articles, quotes, mentions, options, (table, df) -> {
            long t0 = System.nanoTime();
            warehouse.replace(table, df.coalesce(1));
            long rows = warehouse.read(table).count();
            Progress.log(String.format("wrote %s: %,d rows in %s", table, rows, Progress.seconds(t0)));
        });
        return new CompareResult(warehouse.read(Tables.FRAMING_CELLS), warehouse.read(Tables.FRAMING_TESTS),
                warehouse.read(Tables.FRAMING_WORDS), warehouse.read(Tables.FRAMING_TOPICS),
                warehouse.read(Tables.TOPIC_TERMS), warehouse.read(Tables.ARTICLE_STANCE), computed.counts());
    }

    /** A comparison written to the warehouse together with its row in `runs`. */
    public record Recorded(CompareResult result, Runs.Run run) {
    }

    /**
     * As {@link #run}, and records the run in `runs`: the report and the notebooks name the comparison they show from
     * there, so every caller (the verb, `run`/`weekly`, a notebook) goes through this.
     */
    public static Recorded runRecorded(SparkSession spark, Warehouse warehouse, CompareOptions options) {
        Runs.Started started = Runs.start(Runs.COMPARE, options);
        CompareResult result = run(spark, warehouse, options);
        return new Recorded(result, started.finish(warehouse, null, Tables.COMPARISON, models(result)));
    }

    /** What a compare run records in `runs.models`: the sentiment model(s) of the rows it compared. */
    public static Map<String, String> models(CompareResult r) {
        return Map.of("sentiment_model", r.counts().sentimentModel());
    }

    /** Called with each finished table, in order, so a caller can write it before the next one is computed. */
    public interface TableSink {
        void accept(Table table, Dataset<Row> data);
    }

    /** Computes every table; `sink` (may be null) sees each as soon as it is ready. */
    public static CompareResult compute(SparkSession spark, Dataset<Row> articles, Dataset<Row> quotes,
                                        Dataset<Row> mentions, CompareOptions o, TableSink sink) {
        long start = System.nanoTime();
        CompareInputs raw = CompareInputs.prepare(articles, quotes, mentions, o);
        SentimentModels models = SentimentModels.of(raw);
        models.check(o);
        CompareInputs in = new CompareInputs(persist(raw.articles()), persist(raw.quotes()),
                persist(raw.actorQuotes()), persist(raw.mentions()));
        long syndicated = CompareInputs.syndicatedCopies(articles, o).count();
        long orphans = quotes.join(articles.select("article_id"), quotes.col("article_id")
                .equalTo(articles.col("article_id")), "left_anti").count();
        CompareResult.Counts counts = new CompareResult.Counts(in.articles().count(), syndicated, in.quotes().count(),
                in.actorQuotes().count(), in.mentions().count(), orphans, models.describe());
        Progress.log(String.format("inputs: %,d articles (%,d syndicated copies left out), %,d quotes, %,d of "
                        + "registered actors, %,d mentions; %,d quotes without an article ignored; sentiment model %s",
                counts.articles(), counts.syndicatedExcluded(), counts.quotes(), counts.actorQuotes(),
                counts.mentions(), counts.orphanQuotes(), counts.sentimentModel()));
        try {
            Dataset<Row> stances = step(Tables.ARTICLE_STANCE.name(),
                    () -> ArticleStances.compute(in.mentions()).localCheckpoint(true));
            emit(sink, Tables.ARTICLE_STANCE, stances);
            Dataset<Row> cells = step(Tables.FRAMING_CELLS.name(),
                    () -> FramingCells.compute(in, o, stances).localCheckpoint(true));
            emit(sink, Tables.FRAMING_CELLS, cells);
            Dataset<Row> tests = step(Tables.FRAMING_TESTS.name(), () -> FramingTests.compute(spark, in, o));
            emit(sink, Tables.FRAMING_TESTS, tests);
            Dataset<Row> words = step(Tables.FRAMING_WORDS.name(), () -> FramingWords.compute(spark, in, o));
            emit(sink, Tables.FRAMING_WORDS, words);
            FramingTopics.Topics topics = step(Tables.FRAMING_TOPICS.name() + " (LDA k=" + o.topics() + ")",
                    () -> FramingTopics.compute(spark, in, o));
            emit(sink, Tables.FRAMING_TOPICS, topics.shares());
            emit(sink, Tables.TOPIC_TERMS, topics.terms());
            Progress.log("compare done in " + Progress.seconds(start));
            return new CompareResult(cells, tests, words, topics.shares(), topics.terms(), stances, counts);
        } finally {
            in.articles().unpersist();
            in.quotes().unpersist();
            in.actorQuotes().unpersist();
            in.mentions().unpersist();
        }
    }

    private static Dataset<Row> persist(Dataset<Row> df) {
        return df.persist(StorageLevel.MEMORY_AND_DISK());
    }

    private static void emit(TableSink sink, Table table, Dataset<Row> df) {
        if (sink != null) {
            sink.accept(table, df);
        }
    }

    private static <T> T step(String name, java.util.function.Supplier<T> work) {
        long t0 = System.nanoTime();
        Progress.log(name + " ...");
        T out = work.get();
        Progress.log(name + " computed in " + Progress.seconds(t0));
        return out;
    }

    /** Progress lines on stderr: the summary on stdout stays clean for pipes. */
    static final class Progress {
        private Progress() {
        }

        static void log(String msg) {
            System.err.println("[compare] " + msg);
        }

        static String seconds(long startNanos) {
            return String.format("%.1fs", (System.nanoTime() - startNanos) / 1e9);
        }
    }
}
