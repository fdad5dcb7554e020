package dev.slant.jobs.report;

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

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** `./slant report`: the weekly HTML report of one ISO week. */
public final class ReportVerb implements Verb {
    private static final ReportSettings DEFAULTS = ReportSettings.defaults();

    /** The report's settings, as `report` and `weekly` take them. */
    /** The report's own settings, as `report` and `weekly` take them; every statistic is compare's. */
    public static final List<OptionSpec> SETTINGS_OPTIONS = List.of(
            OptionSpec.integer("top-actors", DEFAULTS.topActors(), "actors given a section, most quoted first"));

    private static final VerbOptions OPTIONS = VerbOptions.builder(
                    "--warehouse DIR [--week 2021-W49] [--out reports/] [options]")
            .description("""
                    Writes OUT/WEEK/index.html (self-contained: inline CSS and SVG, no script, no external fetch),
                    OUT/WEEK/report.json (every number on the page) and one CSV per table on the page.
                    A week without articles still gets a page that says so (exit 0).

                    Every interval, test and week-over-week change is a row of compare's tables (framing_cells,
                    framing_tests): run ./slant compare first; its --min-count, --resamples and --trailing-weeks
                    are the report's too.""")
            .add(CommonOptions.warehouse("the warehouse (articles, quotes, and compare's framing_* tables)"))
            .add(OptionSpec.text("week", "YYYY-Www", null, "ISO week to report (default: the last complete week, "
                    + "UTC)"))
            .add(OptionSpec.text("out", "DIR", "reports", "where the week's folder goes"))
            .add(SETTINGS_OPTIONS)
            .add(CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "weekly HTML report (charts, tests, quotes) of one ISO week: OUT/WEEK/index.html";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        String warehouse = o.require("warehouse");
        IsoWeek week = week(o);
        Path out = Path.of(o.text("out"));
        ReportSettings s = settings(o);
        SparkSession spark = SparkSessions.forCli("slant report " + week, o.text("master"));
        WeeklyReport.Result r = WeeklyReport.generate(new Warehouse(spark, warehouse), week, out, s);
        System.err.println("slant " + r.summary());
        System.out.println(r.folder().resolve("index.html"));
        return 0;
    }

    static IsoWeek week(ParsedOptions o) {
        String w = o.text("week");
        try {
            return w == null ? IsoWeek.lastComplete(LocalDate.now(ZoneOffset.UTC)) : IsoWeek.parse(w);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** The report's typed settings from a command line that declares {@link #SETTINGS_OPTIONS}. */
    public static ReportSettings settings(ParsedOptions o) {
        ReportSettings s = new ReportSettings(o.integer("top-actors"), DEFAULTS.quotesPerSide());
        if (s.topActors() < 1) {
            throw new UsageException("--top-actors must be at least 1");
        }
        return s;
    }
}
