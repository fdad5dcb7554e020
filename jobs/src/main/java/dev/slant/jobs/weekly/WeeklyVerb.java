package dev.slant.jobs.weekly;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.report.ReportVerb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** `./slant weekly`: the scheduled job (cron, systemd timer, Airflow): new inbox files → stages → reports. */
public final class WeeklyVerb implements Verb {
    /** Exit code when another run holds the lock: distinct from failure (1) and usage (2) for schedulers. */
    public static final int EXIT_LOCKED = 75;
    static final int MAX_BACKFILL_WEEKS = 260;

    private final PipelineStages.Factory stages;

    /** Unbound: runs without new inbox files work; new files fail with a clear message. */
    public WeeklyVerb() {
        this((spark, wh, o) -> new UnboundStages());
    }

    public WeeklyVerb(PipelineStages.Factory stages) {
        this.stages = stages;
    }

    @Override
    public String name() {
        return "weekly";
    }

    @Override
    public String summary() {
        return "scheduled run: ingest new inbox files, quotes + compare on them, write the weekly report(s)";
    }

    @Override
    public String help() {
        return """
                usage: ./slant weekly --warehouse DIR --inbox DIR [--out reports/] [--backfill 2021-W40..2021-W49]

                Ingests the inbox files not processed before (by content hash), finds quotes in the new articles only,
                recomputes the comparison, then writes the report of the last complete ISO week (UTC), or of every
                week of --backfill. Safe to re-run: nothing new means only the reports are rewritten. A lock file
                keeps two runs apart: a second concurrent run exits with code 75 and says who holds the lock.

                  --warehouse DIR     the warehouse (local folder: the lock and manifest live in DIR/_weekly)
                  --inbox DIR         folder where new corpus files arrive (.txt + .meta.json, .jsonl, .csv, ...)
                  --out DIR           report folder (default reports/)
                  --backfill A..B     report every ISO week from A to B inclusive (or a single week)
                  --state DIR         lock and manifest folder (default WAREHOUSE/_weekly)
                  --settle-seconds N  leave files modified in the last N seconds for the next run (default 60)
                  --as-of YYYY-MM-DD  pretend today is this date (which week is "last complete")
                  --master URL        Spark master (default local[*])
                  --top-actors N      as in ./slant report --help; the statistics are compare's (--min-count, ...)

                exit codes: 0 done, 1 a stage failed (logged as "slant weekly: FAILED ..."), 2 usage, 75 locked
                """;
    }

    @Override
    public int run(Options o) throws Exception {
        String warehouse = o.require("warehouse");
        Path inbox = Path.of(o.require("inbox"));
        if (!Files.isDirectory(inbox)) {
            throw new Options.UsageException("--inbox " + inbox + " is not a folder");
        }
        Path out = Path.of(o.get("out", "reports"));
        Path state = o.has("state") ? Path.of(o.get("state", null)) : localState(warehouse);
        LocalDate today = o.has("as-of") ? LocalDate.parse(o.get("as-of", null)) : LocalDate.now(ZoneOffset.UTC);
        List<dev.slant.jobs.report.IsoWeek> weeks;
        try {
            weeks = WeeklyRun.weeks(o.get("backfill", null), today, MAX_BACKFILL_WEEKS);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        }
        ReportSettings settings = ReportVerb.settings(o);
        long settle = o.getInt("settle-seconds", 60);

        long t0 = System.nanoTime();
        try (RunLock lock = RunLock.acquire(state.resolve("weekly.lock"))) {
            log("started (pid " + ProcessHandle.current().pid() + "); weeks " + weeks);
            SparkSession spark = SparkSessions.forCli("slant weekly", o.get("master", null));
            Warehouse wh = new Warehouse(spark, warehouse);
            InboxManifest manifest = InboxManifest.load(state.resolve("inbox-manifest.tsv"));
            WeeklyRun.Outcome r = WeeklyRun.run(wh, stages.open(spark, wh, o), manifest,
                    new WeeklyRun.Plan(inbox, out, weeks, settle), settings, Instant.now(), WeeklyVerb::log);
            log(String.format(java.util.Locale.ROOT, "done in %.1f s: %d new file(s), %d new article(s), "
                            + "%d quotation(s), %d report(s)", (System.nanoTime() - t0) / 1e9, r.newFiles(),
                    r.newArticles(), r.quotes(), r.reports().size()));
            return 0;
        } catch (RunLock.Held e) {
            log("LOCKED: " + e.getMessage());
            return EXIT_LOCKED;
        } catch (WeeklyRun.StageFailure e) {
            log("FAILED: " + e.getMessage() + " (inbox files stay unprocessed; the next run retries them)");
            e.printStackTrace();
            return 1;
        }
    }

    /** The lock must be on a local disk that every run sees; a remote warehouse needs --state. */
    static Path localState(String warehouse) {
        URI u = URI.create(warehouse.contains("://") ? warehouse : "file:///x").normalize();
        if (warehouse.contains("://") && !"file".equals(u.getScheme())) {
            throw new Options.UsageException("--warehouse " + warehouse + " is not a local folder: give --state DIR "
                    + "(a local folder for the lock and the inbox manifest)");
        }
        return Path.of(warehouse.startsWith("file:") ? URI.create(warehouse).getPath() : warehouse).resolve("_weekly");
    }

    static void log(String line) {
        System.err.println(Instant.now().toString().substring(0, 19) + "Z slant weekly: " + line);
    }
}
