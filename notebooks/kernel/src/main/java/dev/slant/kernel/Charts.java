package dev.slant.kernel;

import dev.slant.jobs.report.Axis;
import dev.slant.jobs.report.BarChart;
import dev.slant.jobs.report.DotWhiskerChart;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The weekly report's two charts for notebook cells: bars (counts, shares) and dot-and-whisker (an estimate with its
 * interval per outlet or actor), drawn by the report's own code ({@link BarChart}, {@link DotWhiskerChart}) on an
 * axis fitted to the values, with a visible title. No plotting library, so outputs stay diffable text.
 */
public final class Charts {
    /** SVG ids must be unique on a notebook page (each chart's title and description are found by id). */
    private static final AtomicInteger NEXT_ID = new AtomicInteger();

    private Charts() {
    }

    /** Horizontal bars from zero; negative values extend left of the zero line. */
    public static Svg bar(String title, List<String> labels, List<? extends Number> values) {
        requireSameSize(labels, values, values, values);
        List<BarChart.Bar> bars = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            bars.add(new BarChart.Bar(labels.get(i), values.get(i).doubleValue(), "", false));
        }
        return new Svg(BarChart.values(id(), title, "", bars), title);
    }

    /** One dot per label at {@code values}, a whisker from {@code lows} to {@code highs} (e.g. a 95% interval). */
    public static Svg dotWhisker(String title, List<String> labels, List<? extends Number> values,
                                 List<? extends Number> lows, List<? extends Number> highs) {
        requireSameSize(labels, values, lows, highs);
        List<DotWhiskerChart.Row> rows = new ArrayList<>();
        List<Double> extent = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) {
            Double v = number(values.get(i));
            Double lo = number(lows.get(i));
            Double hi = number(highs.get(i));
            rows.add(new DotWhiskerChart.Row(labels.get(i), v, lo, hi, "", false));
            for (Double x : new Double[] {v, lo, hi}) {
                if (x != null) {
                    extent.add(x);
                }
            }
        }
        return new Svg(DotWhiskerChart.render(id(), title, "", rows, Axis.fitting(extent, false), true), title);
    }

    /** {@link #dotWhisker} from a result table, e.g. one row per outlet with estimate and interval columns. */
    public static Svg dotWhisker(String title, Dataset<Row> table, String labelColumn, String valueColumn,
                                 String lowColumn, String highColumn) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>(), lows = new ArrayList<>(), highs = new ArrayList<>();
        for (Row r : table.select(labelColumn, valueColumn, lowColumn, highColumn).takeAsList(100)) {
            labels.add(String.valueOf(r.get(0)));
            values.add(number(r.get(1)));
            lows.add(number(r.get(2)));
            highs.add(number(r.get(3)));
        }
        return dotWhisker(title, labels, values, lows, highs);
    }

    /** {@link #bar} from a result table (first 100 rows). */
    public static Svg bar(String title, Dataset<Row> table, String labelColumn, String valueColumn) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Row r : table.select(labelColumn, valueColumn).takeAsList(100)) {
            labels.add(String.valueOf(r.get(0)));
            values.add(r.get(1) == null ? 0.0 : ((Number) r.get(1)).doubleValue());
        }
        return bar(title, labels, values);
    }

    private static String id() {
        return "slant-chart-" + NEXT_ID.incrementAndGet();
    }

    /** null stays null (no interval: the chart draws the dot alone, as the report does for a one-article cell). */
    private static Double number(Object v) {
        return v == null ? null : ((Number) v).doubleValue();
    }

    private static void requireSameSize(List<?> labels, List<?> a, List<?> b, List<?> c) {
        if (labels.size() != a.size() || labels.size() != b.size() || labels.size() != c.size()) {
            throw new IllegalArgumentException("charts need one value (and interval) per label: " + labels.size()
                    + " labels, " + a.size() + "/" + b.size() + "/" + c.size() + " values");
        }
    }
}
