package dev.slant.jobs.pipeline;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.report.IsoWeek;
import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.report.WeeklyReport;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;

/** `./slant demo`: the main job on the bundled sample, then the founding article's weekly report. */
public final class DemoVerb implements Verb {
    static final String WEEK = "2021-W49";

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the whole pipeline on the bundled sample into ./warehouse, report " + WEEK + " into ./reports";
    }

    @Override
    public String help() {
        return """
                usage: ./slant demo [--warehouse DIR] [--out DIR] [--master URL]

                Runs `run` on data/sample/articles.jsonl (296 articles of the shared corpus that quote Putin,
                Lavrov, Psaki, Peskov, Zakharova ...) and data/seed (the founding article), writes the weekly
                report of %s, and prints where everything is.
                  --warehouse DIR   default ./warehouse
                  --out DIR         reports folder, default ./reports
                """.formatted(WEEK);
    }

    @Override
    public int run(Options o) {
        Path home = Path.of(System.getProperty("slant.home", ".")).toAbsolutePath().normalize();
        Path data = home.resolve("data");
        String warehouseDir = o.get("warehouse", "warehouse");
        Path out = Path.of(o.get("out", "reports"));
        SparkSession spark = SparkSessions.forCli("slant-demo", o.get("master", null));
        Warehouse warehouse = new Warehouse(spark, warehouseDir);
        RunVerb.run(spark, warehouse, o, List.of(data.resolve("sample").resolve("articles.jsonl").toString(),
                data.resolve("seed").toString()));
        WeeklyReport.Result report = WeeklyReport.generate(warehouse, IsoWeek.parse(WEEK), out, ReportSettings.defaults());
        System.out.println("report: " + report.summary());
        System.out.println();
        System.out.println("demo: tables in " + warehouse.root() + " (" + String.join(", ", warehouse.tables()) + ")");
        System.out.println("demo: report  " + report.folder().resolve("index.html").toAbsolutePath());
        System.out.println("demo: try     ./slant query --warehouse " + warehouseDir
                + " \"SELECT actor_name, count(*) AS quotes FROM quotes GROUP BY actor_name ORDER BY quotes DESC LIMIT 10\"");
        return 0;
    }
}
