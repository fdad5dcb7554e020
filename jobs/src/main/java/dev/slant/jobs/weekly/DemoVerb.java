package dev.slant.jobs.weekly;

import dev.slant.jobs.pipeline.RunVerb;
import dev.slant.jobs.report.ReportSettings;
import dev.slant.jobs.report.WeeklyReport;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Path;
import java.util.List;

/** `./slant demo`: the main job on the bundled sample, then the founding article's weekly report. */
public final class DemoVerb implements Verb {
    static final String WEEK = "2021-W49";
    private static final VerbOptions OPTIONS = StageCommandLine.addTo(
                    VerbOptions.builder("[--warehouse DIR] [--out DIR] [options]")
                            .description("""
                                    Runs `run` on data/sample/articles.jsonl (296 articles of the shared corpus that
                                    quote Putin, Lavrov, Psaki, Peskov, Zakharova ...) and data/seed (the founding
                                    article), writes the weekly report of %s, and prints where everything is. The
                                    stages' options are those of ./slant run.""".formatted(WEEK))
                            .add(OptionSpec.text("warehouse", "DIR", "warehouse", "warehouse folder"),
                                    OptionSpec.text("out", "DIR", "reports", "reports folder")))
            .add(CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "demo";
    }

    @Override
    public String summary() {
        return "run the whole pipeline on the bundled sample into ./warehouse, report " + WEEK + " into ./reports";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        Path home = Path.of(System.getProperty("slant.home", ".")).toAbsolutePath().normalize();
        Path data = home.resolve("data");
        String warehouseDir = o.text("warehouse");
        Path out = Path.of(o.text("out"));
        SparkSession spark = SparkSessions.forCli("slant-demo", o.text("master"));
        Warehouse warehouse = new Warehouse(spark, warehouseDir);
        RunVerb.run(spark, warehouse, StageCommandLine.stageOptions(o), true,
                List.of(data.resolve("sample").resolve("articles.jsonl").toString(), data.resolve("seed").toString()));
        WeeklyReport.Result report = WeeklyReport.generate(warehouse, IsoWeek.parse(WEEK), out, ReportSettings.defaults());
        System.out.println("report: " + report.summary());
        System.out.println();
        System.out.println("demo: tables in " + warehouse.root() + " (" + String.join(", ", warehouse.tables()) + ")");
        System.out.println("demo: report  " + report.folder().resolve("index.html").toAbsolutePath());
        System.out.println("demo: try     ./slant query --warehouse " + warehouseDir
                + " \"SELECT actor_name, count(*) AS quotes FROM " + Tables.QUOTES + " GROUP BY actor_name ORDER BY quotes DESC LIMIT 10\"");
        return 0;
    }
}
