package dev.slant.jobs.weekly;

import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.report.ReportVerb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.IsoWeek;
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
    private static final VerbOptions OPTIONS = StageCommandLine.addTo(VerbOptions.builder(
                    "--warehouse DIR --inbox DIR [--out reports/] [--backfill 2021-W40..2021-W49] [options]")
                    .description("""
                            Ingests the inbox files not processed before (by content hash), finds quotes in the new
                            articles only, recomputes the comparison, then writes the report of the last complete ISO
                            week (UTC), or of every week of --backfill. Safe to re-run: nothing new means only the
                            reports are rewritten. A lock file keeps two runs apart: a second concurrent run exits
                            with code 75 and says who holds the lock. The stages take the options of ./slant run, the
                            reports those of ./slant report (--resamples serves both compare and the report).""")
                    .footer("exit codes: 0 done, 1 a stage failed (logged as \"slant weekly: FAILED ...\"), 2 usage, "
                            + "75 locked")
                    .add(CommonOptions.warehouse("the warehouse (local folder: the lock and manifest live in "
                                    + "DIR/_weekly)"),
                            OptionSpec.text("inbox", "DIR", null, "folder where new corpus files arrive (.txt + "
                                    + ".meta.json, .jsonl, .csv, ...)"),
                            OptionSpec.text("out", "DIR", "reports", "report folder"),
                            OptionSpec.text("backfill", "A..B", null, "report every ISO week from A to B inclusive "
                                    + "(or a single week)"),
                            OptionSpec.text("state", "DIR", null, "lock and manifest folder (default "
                                    + "WAREHOUSE/_weekly)"),
                            OptionSpec.integer("settle-seconds", 60, "leave files modified in the last N seconds for "
                                    + "the next run"),
                            OptionSpec.text("as-of", "YYYY-MM-DD", null, "pretend today is this date (which week is "
                                    + "\"last complete\")")))
            .add(ReportVerb.SETTINGS_OPTIONS)
            .add(CommonOptions.MASTER)
            .build();

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
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        String warehouse = o.require("warehouse");
        Path inbox = Path.of(o.require("inbox"));
        if (!Files.isDirectory(inbox)) {
            throw new UsageException("--inbox " + inbox + " is not a folder");
        }
        Path out = Path.of(o.text("out"));
        Path state = o.has("state") ? Path.of(o.text("state")) : localState(warehouse);
        LocalDate today = o.has("as-of") ? asOf(o.text("as-of")) : LocalDate.now(ZoneOffset.UTC);
        List<IsoWeek> weeks;
        try {
            weeks = WeeklyRun.weeks(o.text("backfill"), today, MAX_BACKFILL_WEEKS);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        ReportSettings settings = ReportVerb.settings(o);
        StageOptions stageOptions = StageCommandLine.stageOptions(o);
        long settle = o.integer("settle-seconds");

        long t0 = System.nanoTime();
        try (RunLock lock = RunLock.acquire(state.resolve("weekly.lock"))) {
            log("started (pid " + ProcessHandle.current().pid() + "); weeks " + weeks);
            SparkSession spark = SparkSessions.forCli("slant weekly", o.text("master"));
            Warehouse wh = new Warehouse(spark, warehouse);
            InboxManifest manifest = InboxManifest.load(state.resolve("inbox-manifest.tsv"));
            WeeklyRun.Outcome r = WeeklyRun.run(wh, stages.open(spark, wh, stageOptions), manifest,
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

    private static LocalDate asOf(String date) {
        try {
            return LocalDate.parse(date);
        } catch (java.time.format.DateTimeParseException e) {
            throw new UsageException("--as-of takes a date like 2021-12-13, got '" + date + "'");
        }
    }

    /** The lock must be on a local disk that every run sees; a remote warehouse needs --state. */
    static Path localState(String warehouse) {
        URI u = URI.create(warehouse.contains("://") ? warehouse : "file:///x").normalize();
        if (warehouse.contains("://") && !"file".equals(u.getScheme())) {
            throw new UsageException("--warehouse " + warehouse + " is not a local folder: give --state DIR "
                    + "(a local folder for the lock and the inbox manifest)");
        }
        return Path.of(warehouse.startsWith("file:") ? URI.create(warehouse).getPath() : warehouse).resolve("_weekly");
    }

    static void log(String line) {
        System.err.println(Instant.now().toString().substring(0, 19) + "Z slant weekly: " + line);
    }
}
