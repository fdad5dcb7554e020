package dev.slant.jobs.report;

import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Warehouse;

import java.nio.file.Path;

/**
 * Load → lay out → write for one week; what `report` runs and what `weekly` runs after compare. The statistics are
 * compare's: run compare (over this week) first.
 */
public final class WeeklyReport {
    private WeeklyReport() {
    }

    public static Result generate(Warehouse warehouse, IsoWeek week, Path outRoot, ReportSettings settings) {
        long t0 = System.nanoTime();
        WeekData data = WeekLoader.load(warehouse, week, CompareRun.of(warehouse));
        WeeklyFigures figures = FigureCalculator.compute(data, settings);
        Path folder = ReportWriter.write(figures, outRoot);
        return new Result(figures, folder, (System.nanoTime() - t0) / 1_000_000);
    }

    public record Result(WeeklyFigures figures, Path folder, long millis) {
        /** One line for the log: where the report is and what it holds. */
        public String summary() {
            var h = figures.headline();
            if (!figures.hasData()) {
                return "report " + figures.week() + ": no data for this week; wrote " + folder.resolve("index.html")
                        + " saying so";
            }
            return "report " + figures.week() + ": " + h.articles() + " articles, " + h.quotes() + " quotes, "
                    + h.outlets() + " outlets, " + h.actorsQuoted() + " actors quoted, "
                    + figures.differences().stream().filter(WeeklyFigures.Difference::significant).count()
                    + " significant differences -> " + folder.resolve("index.html") + " (" + millis + " ms)";
        }
    }
}
