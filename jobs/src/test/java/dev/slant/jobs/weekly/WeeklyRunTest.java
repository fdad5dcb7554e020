package dev.slant.jobs.weekly;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.Stderr;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `weekly` over real corpus lines arriving in an inbox in two batches. */
class WeeklyRunTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static List<String> corpus = new ArrayList<>();

    @BeforeAll
    static void corpusLines() throws Exception {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                sharedData().resolve("corpora/article-bias-prediction.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line; corpus.size() < 9 && (line = r.readLine()) != null; ) {
                if (line.matches(".*\"published\": ?\"\\d{4}-\\d{2}-\\d{2}\".*")) {
                    corpus.add(line);
                }
            }
        }
    }

    private static Warehouse emptyWarehouse(Path dir) {
        Warehouse wh = new Warehouse(spark, dir.toString());
        StructType s = new StructType().add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("source_key", DataTypes.StringType).add("lean", DataTypes.StringType)
                .add("published", DataTypes.DateType).add("title", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("url", DataTypes.StringType)
                .add("week", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
        wh.replace(Tables.ARTICLES.name(), spark.createDataFrame(List.of(), s));
        return wh;
    }

    private static String id(String line) {
        return line.replaceAll(".*?\"id\": ?\"([^\"]+)\".*", "$1");
    }

    @Test
    void processesOnlyWhatIsNewAndIsIdempotent() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("run/inbox"));
        Warehouse wh = emptyWarehouse(tmp.resolve("run/wh"));
        JsonlIngestStages stages = new JsonlIngestStages(wh);
        InboxManifest manifest = InboxManifest.load(tmp.resolve("run/state/inbox-manifest.tsv"));
        Files.write(inbox.resolve("batch1.jsonl"), corpus.subList(0, 5));
        List<IsoWeek> weeks = List.of(IsoWeek.parse("2016-W38"), IsoWeek.parse("2016-W39"));
        WeeklyRun.Plan plan = new WeeklyRun.Plan(inbox, tmp.resolve("run/reports"), weeks, 0);
        List<String> log = new ArrayList<>();

        WeeklyRun.Outcome first = WeeklyRun.run(wh, stages, manifest, plan, ReportSettings.defaults(),
                Instant.now(), log::add);
        assertEquals(1, first.newFiles());
        assertEquals(5, first.newArticles());
        assertEquals(List.of(corpus.subList(0, 5).stream().map(WeeklyRunTest::id).sorted().toList()),
                stages.quoteCalls.stream().map(l -> l.stream().sorted().toList()).toList());
        assertEquals(1, stages.compareCalls);
        assertEquals(2, first.reports().size());
        Path page = tmp.resolve("run/reports/2016-W38/index.html");
        assertTrue(Files.readString(page).contains("2016-W38"));
        byte[] json = Files.readAllBytes(tmp.resolve("run/reports/2016-W38/report.json"));

        WeeklyRun.Outcome second = WeeklyRun.run(wh, stages, InboxManifest.load(
                tmp.resolve("run/state/inbox-manifest.tsv")), plan, ReportSettings.defaults(), Instant.now(), log::add);
        assertEquals(0, second.newFiles());
        assertEquals(1, stages.ingestCalls.size(), "nothing new: no stage runs");
        assertArrayEquals(json, Files.readAllBytes(tmp.resolve("run/reports/2016-W38/report.json")),
                "same data, same report, byte for byte");

        // A second batch repeats one article and brings four new ones: only the new ones go to quotes.
        List<String> batch2 = new ArrayList<>(corpus.subList(4, 9));
        Files.write(inbox.resolve("batch2.jsonl"), batch2);
        WeeklyRun.run(wh, stages, InboxManifest.load(tmp.resolve("run/state/inbox-manifest.tsv")), plan,
                ReportSettings.defaults(), Instant.now(), log::add);
        assertEquals(List.of(tmp.resolve("run/inbox/batch2.jsonl")), stages.ingestCalls.get(1));
        assertEquals(corpus.subList(5, 9).stream().map(WeeklyRunTest::id).sorted().toList(),
                stages.quoteCalls.get(1).stream().sorted().toList());
        assertEquals(9, wh.read(Tables.ARTICLES).count());
        assertTrue(log.stream().anyMatch(l -> l.startsWith("inbox ") && l.contains("1 new file(s), 1 processed")),
                String.join("\n", log));
    }

    @Test
    void aFailedStageLeavesItsFilesForTheNextRun() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("fail/inbox"));
        Warehouse wh = emptyWarehouse(tmp.resolve("fail/wh"));
        JsonlIngestStages stages = new JsonlIngestStages(wh);
        stages.compareFailure = new IllegalStateException("compare ran out of disk");
        Files.write(inbox.resolve("batch.jsonl"), corpus.subList(0, 3));
        Path manifestFile = tmp.resolve("fail/state/inbox-manifest.tsv");
        WeeklyRun.Plan plan = new WeeklyRun.Plan(inbox, tmp.resolve("fail/reports"), List.of(), 0);
        WeeklyRun.StageFailure e = assertThrows(WeeklyRun.StageFailure.class, () -> WeeklyRun.run(wh, stages,
                InboxManifest.load(manifestFile), plan, ReportSettings.defaults(), Instant.now(), s -> { }));
        assertEquals("compare failed: compare ran out of disk", e.getMessage());
        assertEquals(1, InboxManifest.load(manifestFile).newFiles(inbox, 0, Instant.now()).size(),
                "still new for the next run");

        stages.compareFailure = null;
        WeeklyRun.run(wh, stages, InboxManifest.load(manifestFile), plan, ReportSettings.defaults(), Instant.now(),
                s -> { });
        assertEquals(0, InboxManifest.load(manifestFile).newFiles(inbox, 0, Instant.now()).size());
    }

    @Test
    // slow tier: the verb starts (and stops) its own Spark session, half a minute of the fast tier's five
    @org.junit.jupiter.api.Tag("slow")
    void theVerbExitsNonZeroWithAClearLineWhenLockedOrFailing() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("verb/inbox"));
        Path whDir = tmp.resolve("verb/wh");
        emptyWarehouse(whDir);
        Path lockFile = whDir.resolve("_weekly/weekly.lock");
        String[] args = {"weekly", "--warehouse", whDir.toString(), "--inbox", inbox.toString(), "--out",
                tmp.resolve("verb/reports").toString(), "--backfill", "2016-W38", "--settle-seconds", "0",
                "--master", "local[1]"};

        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLock.class.getName(), lockFile.toString()).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertEquals("locked", out.readLine());
            String err = Stderr.of(() -> assertEquals(WeeklyVerb.EXIT_LOCKED, Slant.run(args)));
            assertTrue(err.contains("slant weekly: LOCKED: another weekly run holds the lock"), err);
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }

        // A stage that fails: exit 1, one clear line, the file stays new for the next run.
        Files.write(inbox.resolve("batch.jsonl"), corpus.subList(0, 2));
        WeeklyVerb failing = new WeeklyVerb((s, w, o) -> {
            JsonlIngestStages stages = new JsonlIngestStages(w);
            stages.compareFailure = new IllegalStateException("compare ran out of disk");
            return stages;
        });
        ParsedOptions options = failing.options().parse(java.util.Arrays.copyOfRange(args, 1, args.length));
        String err = Stderr.of(() -> assertEquals(1, runQuietly(failing, options)));
        assertTrue(err.contains("slant weekly: FAILED: compare failed: compare ran out of disk"), err);

        // The launcher's weekly (the real ingest, quotes and compare stages) on a new warehouse: succeeds and writes
        // the report; a second run with nothing new changes no table.
        Path realDir = tmp.resolve("verb/wh-real");
        args[2] = realDir.toString();
        Warehouse wh = new Warehouse(spark, realDir.toString());
        assertEquals(0, Slant.run(args));
        assertTrue(Files.exists(tmp.resolve("verb/reports/2016-W38/index.html")));
        assertEquals(2, wh.read(Tables.ARTICLES).count());
        long quotes = wh.read(Tables.QUOTES).count();
        assertTrue(quotes > 0, "the real quotes stage ran on the new articles");
        List<org.apache.spark.sql.Row> before = wh.read(Tables.QUOTES).orderBy("quote_id").collectAsList();
        assertEquals(0, Slant.run(args));
        assertEquals(before, wh.read(Tables.QUOTES).orderBy("quote_id").collectAsList());
        assertEquals(2, wh.read(Tables.ARTICLES).count());
    }

    private static int runQuietly(WeeklyVerb verb, ParsedOptions options) {
        try {
            return verb.run(options);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
