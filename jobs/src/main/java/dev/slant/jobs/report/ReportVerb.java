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

                  --warehouse DIR     the warehouse (articles, quotes; framing_tests/framing_words when present)
                  --week YYYY-Www     ISO week to report (default: the last complete week, UTC)
                  --out DIR           where the week's folder goes (default reports/)
                  --top-actors N      actors given a section, most quoted first (default 6)
                  --min-quotes N      outlet cells with fewer quotes are flagged low count (default 5)
                  --min-articles N    ... or with fewer articles (default 2)
                  --resamples N       bootstrap resamples per interval (default 2000)
                  --trailing-weeks N  weeks in the trailing mean (default 8)
                  --alpha Q           false discovery rate for "significant" (default 0.05)
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
        ReportSettings s = new ReportSettings(o.getInt("top-actors", d.topActors()),
                o.getInt("min-quotes", d.minQuotes()), o.getInt("min-articles", d.minArticles()),
                o.getInt("resamples", d.resamples()), o.getInt("trailing-weeks", d.trailingWeeks()),
                o.getDouble("alpha", d.alpha()), d.quotesPerSide());
        if (s.topActors() < 1 || s.resamples() < 100 || s.trailingWeeks() < 1 || s.alpha() <= 0 || s.alpha() >= 1) {
            throw new Options.UsageException("--top-actors >= 1, --resamples >= 100, --trailing-weeks >= 1 and "
                    + "0 < --alpha < 1 please");
        }
        return s;
    }
}
