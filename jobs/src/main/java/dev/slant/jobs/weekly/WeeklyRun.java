package dev.slant.jobs.weekly;

import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.report.WeeklyReport;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Warehouse;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One scheduled run: what is new in the inbox goes through ingest → quotes (new articles only) → compare, then the
 * reports are written. The manifest records the new files only after every stage succeeded, so a failed run is simply
 * repeated by the next one; a run with nothing new only rewrites the reports (same data, same seeds, same numbers).
 */
public final class WeeklyRun {
    /** What to do: the inbox, where reports go, which weeks, how long a file must be quiet before it is taken. */
    public record Plan(Path inbox, Path out, List<IsoWeek> weeks, long settleSeconds) {
    }

    /** What was done. */
    public record Outcome(int newFiles, int newArticles, long rejects, long quotes, boolean compared,
                          List<WeeklyReport.Result> reports) {
    }

    /** A stage that failed, named so the log says where. */
    public static final class StageFailure extends RuntimeException {
        public StageFailure(String stage, Throwable cause) {
            super(stage + " failed: " + cause.getMessage(), cause);
        }
    }

    private WeeklyRun() {
    }

    public static Outcome run(Warehouse warehouse, PipelineStages stages, InboxManifest manifest, Plan plan,
                              ReportSettings settings, Instant now, Consumer<String> log) {
        List<InboxManifest.Entry> fresh = manifest.newFiles(plan.inbox(), plan.settleSeconds(), now);
        log.accept("inbox " + plan.inbox() + ": " + fresh.size() + " new file(s), " + manifest.size()
                + " processed before");
        int newArticles = 0;
        long rejects = 0;
        long quotes = 0;
        boolean compared = false;
        if (!fresh.isEmpty()) {
            List<Path> inputs = fresh.stream().map(e -> plan.inbox().resolve(e.path())).toList();
            Instant t = Instant.now();
            PipelineStages.IngestResult ingested = stage("ingest", () -> stages.ingest(inputs));
            newArticles = ingested.newArticleIds().size();
            rejects = ingested.rejects();
            log.accept("ingest: " + newArticles + " new article(s), " + rejects + " reject(s) in " + since(t));
            t = Instant.now();
            if (newArticles > 0) {
                quotes = stage("quotes", () -> stages.quotes(ingested.newArticleIds()));
                log.accept("quotes: " + quotes + " quotation(s) in the new articles in " + since(t));
                t = Instant.now();
                stage("compare", () -> {
                    stages.compare();
                    return null;
                });
                compared = true;
                log.accept("compare: framing tables recomputed in " + since(t));
            }
            manifest.record(fresh, now);
        }
        List<WeeklyReport.Result> reports = new ArrayList<>();
        for (IsoWeek w : plan.weeks()) {
            WeeklyReport.Result r = stage("report " + w, () -> WeeklyReport.generate(warehouse, w, plan.out(),
                    settings));
            log.accept(r.summary());
            reports.add(r);
        }
        return new Outcome(fresh.size(), newArticles, rejects, quotes, compared, reports);
    }

    /** The weeks to report: the backfill range when given, else the last complete ISO week (UTC) at `now`. */
    public static List<IsoWeek> weeks(String backfill, java.time.LocalDate today, int maxWeeks) {
        if (backfill == null) {
            return List.of(IsoWeek.lastComplete(today));
        }
        List<IsoWeek> weeks = IsoWeek.range(backfill);
        if (weeks.size() > maxWeeks) {
            throw new IllegalArgumentException("backfill " + backfill + " spans " + weeks.size()
                    + " weeks; at most " + maxWeeks + " per run");
        }
        return weeks;
    }

    private interface Step<T> {
        T run() throws Exception;
    }

    private static <T> T stage(String name, Step<T> step) {
        try {
            return step.run();
        } catch (Exception e) {
            throw new StageFailure(name, e);
        }
    }

    private static String since(Instant t) {
        Duration d = Duration.between(t, Instant.now());
        return String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }
}
