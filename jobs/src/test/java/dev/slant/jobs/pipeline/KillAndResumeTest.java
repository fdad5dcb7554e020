package dev.slant.jobs.pipeline;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.Stderr;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.ingest.Ingest;
import dev.slant.jobs.ingest.IngestOptions;
import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `./slant quotes` and `./slant run` in their own JVM, killed with SIGKILL in the middle of the stage, then run again:
 * the tables equal those of an uninterrupted run, row for row, and the warehouse keeps no staging debris. The second
 * run is the same command in this test's JVM: what it resumes from is on disk, and a second JVM launch (Spark, CoreNLP
 * and the sentiment models loaded once more) cost tens of seconds a test without checking anything more.
 */
@Tag("slow")
class KillAndResumeTest extends SparkTestBase {
    private static final int BATCH = 50;
    private static final int ARTICLES = 4 * BATCH;
    /**
     * Time budget of one article in every run here. An article over its budget loses its mentions, so on a loaded
     * machine the 5 s default made the runs differ by a timeout, not by the kill: this test is about the kill.
     */
    private static final int BUDGET_MS = 120_000;

    @TempDir
    Path dir;

    /**
     * The whole stage with sentiment, killed 10 s after it starts processing, well before it can finish: its models
     * alone take seconds to load, and 60 articles with sentiment take over 10 s more.
     */
    @Test
    void killedQuotesStageResumesToTheSameTables() throws Exception {
        killAndResume(60, true, "articles to process", 10_000);
    }

    /**
     * `./slant run` over 200 articles without sentiment parsing (the same stage, five times cheaper), in four batches
     * of 50, killed while its third batch runs: started again, it does only the batches not committed, and ends with
     * the tables of an uninterrupted run. (The kill points are those of the 2,000- and 800-article versions this
     * replaced; a batch of 50 still takes seconds, far longer than the log polling that triggers the kill.)
     */
    @Test
    void killedRunResumesFromItsLastCommittedBatch() throws Exception {
        Path input = corpusExcerpt(ARTICLES);
        Path killed = dir.resolve("killed");
        List<String> run = List.of("run", input.toString(), "--warehouse", killed.toString(), "--skip-compare",
                "--sentiment", "off", "--batch-articles", Integer.toString(BATCH), "--article-timeout-ms",
                Integer.toString(BUDGET_MS));
        String resumed = killThenRunAgain(run, "quotes: batch 2/4 committed", 0, "run, " + ARTICLES + " articles");
        Matcher redone = Pattern.compile("run: ([0-9,]+) articles not processed before").matcher(resumed);
        assertTrue(redone.find(), "the resumed run says how many articles it has left");
        int left = Integer.parseInt(redone.group(1).replace(",", ""));
        assertTrue(left > 0 && left <= 2 * BATCH && left % BATCH == 0,
                "only whole uncommitted batches are done again, not " + left + " articles");

        Warehouse reference = new Warehouse(spark, dir.resolve("reference").toString());
        Ingest.run(spark, reference, List.of(input.toString()), IngestOptions.defaults());
        NlpStage.run(reference, options(false), null);
        assertSameTables(new Warehouse(spark, killed.toString()), reference, ARTICLES + " articles, run",
                Tables.QUOTES.name(), Tables.MENTIONS.name(), Tables.NLP_ARTICLES.name());
        assertNoDebris(killed);

        // a third run finds nothing new and leaves the tables as they are
        assertEquals(0, Slant.run(inThisJvm(run)));
        assertSameTables(new Warehouse(spark, killed.toString()), reference, ARTICLES + " articles, third run",
                Tables.QUOTES.name(), Tables.MENTIONS.name(), Tables.NLP_ARTICLES.name());
    }

    private void killAndResume(int articles, boolean sentiment, String killAfter, long delayMillis) throws Exception {
        Path input = corpusExcerpt(articles);
        Warehouse killed = new Warehouse(spark, dir.resolve("killed").toString());
        Warehouse reference = new Warehouse(spark, dir.resolve("reference").toString());
        Ingest.run(spark, killed, List.of(input.toString()), IngestOptions.defaults());
        Ingest.run(spark, reference, List.of(input.toString()), IngestOptions.defaults());

        List<String> quotes = List.of("quotes", "--warehouse", dir.resolve("killed").toString(),
                "--sentiment", sentiment ? "on" : "off", "--article-timeout-ms", Integer.toString(BUDGET_MS));
        killThenRunAgain(quotes, killAfter, delayMillis, String.format("%,d articles", articles));

        NlpStage.run(reference, options(sentiment), null);
        assertSameTables(new Warehouse(spark, dir.resolve("killed").toString()), reference,
                String.format("%,d articles", articles), Tables.QUOTES.name(), Tables.MENTIONS.name());
        assertNoDebris(dir.resolve("killed"));
    }

    private static NlpStageOptions options(boolean sentiment) {
        return new NlpStageOptions(null, sentiment, NlpStageOptions.DEFAULT_BATCH_ARTICLES, BUDGET_MS);
    }

    /**
     * Starts the verb in its own JVM, SIGKILLs it {@code delayMillis} after its log says {@code killAfter}, then runs
     * it again in this JVM; returns what the second run printed on stderr.
     */
    private String killThenRunAgain(List<String> verb, String killAfter, long delayMillis, String what)
            throws Exception {
        Process p = slantJvm(verb, dir.resolve("killed-run.log"));
        try {
            waitFor(dir.resolve("killed-run.log"), killAfter, 600);
            Thread.sleep(delayMillis);
            assertTrue(p.isAlive(), "the first run finished before it could be killed; use more articles");
            p.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no cleanup
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        } finally {
            p.destroyForcibly();
        }
        System.err.printf("kill-and-resume (%s): first run killed %d ms after '%s'; warehouse then holds %s%n",
                what, delayMillis, killAfter, listing(dir.resolve("killed")));
        int[] exit = new int[1];
        String log = Stderr.of(() -> exit[0] = Slant.run(inThisJvm(verb)));
        assertEquals(0, exit[0], "the second run failed: " + log);
        return log;
    }

    /** The verb's arguments for {@link Slant#run} in this JVM, on the test's local[2] master. */
    private static String[] inThisJvm(List<String> verb) {
        List<String> args = new ArrayList<>(verb);
        args.addAll(List.of("--master", "local[2]"));
        return args.toArray(String[]::new);
    }

    private Path corpusExcerpt(int articles) throws Exception {
        Path input = dir.resolve("articles.jsonl");
        List<String> lines = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                sharedData().resolve("corpora/article-bias-prediction.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String l = r.readLine(); l != null && lines.size() < articles; l = r.readLine()) {
                lines.add(l);
            }
        }
        Files.write(input, lines);
        return input;
    }

    private static void assertSameTables(Warehouse resumed, Warehouse reference, String what, String... tables) {
        for (String table : tables) {
            Dataset<Row> a = resumed.read(table);
            Dataset<Row> b = reference.read(table);
            assertEquals(List.of(b.columns()), List.of(a.columns()), table + ": columns in another order");
            long rows = b.count();
            assertTrue(rows > 0, table + " is empty");
            assertEquals(rows, a.count(), table + " row counts differ");
            assertEquals(List.of(), a.exceptAll(b).collectAsList(), table + ": rows only in the resumed run");
            assertEquals(List.of(), b.exceptAll(a).collectAsList(), table + ": rows only in the uninterrupted run");
            assertEquals(rows, a.dropDuplicates().count(), table + " has duplicates");
            System.err.printf("kill-and-resume (%s): %s equal, %,d rows%n", what, table, rows);
        }
    }

    private static void assertNoDebris(Path warehouse) throws Exception {
        assertFalse(hasFiles(warehouse.resolve(".staging")), "staging debris left: " + listing(warehouse));
        assertFalse(hasFiles(warehouse.resolve(".retired")), "retired tables left: " + listing(warehouse));
    }

    /** A run killed between the two renames of a swap: reopening puts the old table back and clears the staging. */
    @Test
    void interruptedSwapIsRepairedOnOpen() throws Exception {
        Path root = dir.resolve("wh");
        Warehouse wh = new Warehouse(spark, root.toString());
        wh.replace("numbers", spark.range(5).toDF());
        Files.createDirectories(root.resolve(".retired"));
        Files.move(root.resolve("numbers"), root.resolve(".retired/numbers-" + UUID.randomUUID()));
        Path half = Files.createDirectories(root.resolve(".staging/numbers-" + UUID.randomUUID()));
        Files.writeString(half.resolve("part-00000.parquet"), "half-written");
        assertFalse(Files.exists(root.resolve("numbers")), "the table is gone until the warehouse is reopened");
        Warehouse reopened = new Warehouse(spark, root.toString());
        assertEquals(5, reopened.read("numbers").count());
        assertFalse(hasFiles(root.resolve(".staging")));
        assertFalse(hasFiles(root.resolve(".retired")));
    }

    private Process slantJvm(List<String> args, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx2g", "@" + projectDir().resolve("jvm.options"),
                "-Dslant.home=" + projectDir(), "-cp", System.getProperty("java.class.path"),
                "dev.slant.jobs.cli.Slant"));
        cmd.addAll(args);
        cmd.addAll(List.of("--master", "local[2]"));
        return new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static void waitFor(Path log, String text, int seconds) throws Exception {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("no '" + text + "' in " + log + " after " + seconds + " s: "
                + (Files.exists(log) ? Files.readString(log) : "no log"));
    }

    private static boolean hasFiles(Path d) throws Exception {
        if (!Files.isDirectory(d)) {
            return false;
        }
        try (Stream<Path> s = Files.walk(d)) {
            return s.anyMatch(Files::isRegularFile);
        }
    }

    private static String listing(Path d) throws Exception {
        try (Stream<Path> s = Files.list(d)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList().toString();
        }
    }
}
