package dev.slant.jobs.report;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;

/** `./slant report`: the weekly HTML report of one ISO week. */
public final class ReportVerb implements Verb {
    @Override
    public String name() {
        return "report";
    }

    @Override
    public String summary() {
        return "weekly HTML report (charts, tests, quotes) of one ISO week: OUT/WEEK/index.html";
    }

    @Override
    public String help() {
        return """
                usage: ./slant report --warehouse DIR [--week 2021-W49] [--out reports/] [options]

                Writes OUT/WEEK/index.html (self-contained: inline CSS and SVG, no script, no external fetch),
                OUT/WEEK/report.json (every number on the page) and one CSV per table on the page.
                A week without articles still gets a page that says so (exit 0).

                Every interval, test and week-over-week change is a row of compare's tables (framing_cells,
                framing_tests): run ./slant compare first; its --min-count, --resamples and --trailing-weeks
                are the report's too.

                  --warehouse DIR     the warehouse (articles, quotes, and compare's framing_* tables)
                  --week YYYY-Www     ISO week to report (default: the last complete week, UTC)
                  --out DIR           where the week's folder goes (default reports/)
                  --top-actors N      actors given a section, most quoted first (default 6)
                  --master URL        Spark master (default local[*])
                """;
    }

    @Override
    public int run(Options o) {
        String warehouse = o.require("warehouse");
        IsoWeek week = week(o);
        Path out = Path.of(o.get("out", "reports"));
        ReportSettings s = settings(o);
        SparkSession spark = SparkSessions.forCli("slant report " + week, o.get("master", null));
        WeeklyReport.Result r = WeeklyReport.generate(new Warehouse(spark, warehouse), week, out, s);
        System.err.println("slant " + r.summary());
        System.out.println(r.folder().resolve("index.html"));
        return 0;
    }

    static IsoWeek week(Options o) {
        String w = o.get("week", null);
        try {
            return w == null ? IsoWeek.lastComplete(LocalDate.now(ZoneOffset.UTC)) : IsoWeek.parse(w);
        } catch (IllegalArgumentException e) {
            throw new Options.UsageException(e.getMessage());
        }
    }

    public static ReportSettings settings(Options o) {
        ReportSettings d = ReportSettings.defaults();
        ReportSettings s = new ReportSettings(o.getInt("top-actors", d.topActors()), d.quotesPerSide());
        if (s.topActors() < 1) {
            throw new Options.UsageException("--top-actors must be at least 1");
        }
        return s;
    }
}
