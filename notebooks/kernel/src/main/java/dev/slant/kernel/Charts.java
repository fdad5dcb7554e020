package dev.slant.kernel;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Two small SVG charts that cover Slant's results: a horizontal bar chart (counts, shares) and a dot-and-whisker
 * chart (an estimate with its confidence interval per outlet or actor). One row per label, so long outlet names fit;
 * no plotting library, so the kernel stays a plain Java dependency and outputs stay diffable text.
 */
public final class Charts {

    private static final int ROW = 24;
    private static final int LABEL_WIDTH = 190;
    private static final int PLOT_WIDTH = 420;
    private static final int VALUE_WIDTH = 180;
    private static final int TOP = 34;
    private static final int BOTTOM = 34;

    private Charts() {
    }

    /** Horizontal bars from zero; negative values extend left of the zero line. */
    public static Svg bar(String title, List<String> labels, List<? extends Number> values) {
        requireSameSize(labels, values, values, values);
        double lo = 0, hi = 0;
        for (Number v : values) {
            lo = Math.min(lo, v.doubleValue());
            hi = Math.max(hi, v.doubleValue());
        }
        Scale x = new Scale(lo, hi == lo ? lo + 1 : hi);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i).doubleValue();
            int y = TOP + i * ROW;
            double x0 = x.at(Math.min(0, v)), x1 = x.at(Math.max(0, v));
            body.append(label(labels.get(i), y));
            body.append(String.format(Locale.ROOT,
                    "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"#4c78a8\"/>%n",
                    x0, y + 4, Math.max(0.5, x1 - x0), ROW - 8));
            body.append(valueText(format(v), y));
        }
        return frame(title, labels.size(), x, body);
    }

    /** One dot per label at {@code values}, a whisker from {@code lows} to {@code highs} (e.g. a 95% interval). */
    public static Svg dotWhisker(String title, List<String> labels, List<? extends Number> values,
                                 List<? extends Number> lows, List<? extends Number> highs) {
        requireSameSize(labels, values, lows, highs);
        double lo = Double.POSITIVE_INFINITY, hi = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < labels.size(); i++) {
            lo = Math.min(lo, Math.min(lows.get(i).doubleValue(), values.get(i).doubleValue()));
            hi = Math.max(hi, Math.max(highs.get(i).doubleValue(), values.get(i).doubleValue()));
        }
        if (labels.isEmpty()) {
            lo = 0;
            hi = 1;
        }
        double pad = (hi - lo) * 0.05 + (hi == lo ? 1 : 0);
        Scale x = new Scale(lo - pad, hi + pad);
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < labels.size(); i++) {
            double v = values.get(i).doubleValue(), l = lows.get(i).doubleValue(), h = highs.get(i).doubleValue();
            int cy = TOP + i * ROW + ROW / 2;
            body.append(label(labels.get(i), TOP + i * ROW));
            body.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\" stroke-width=\"1.5\"/>%n"
                            + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n"
                            + "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>%n"
                            + "<circle cx=\"%.1f\" cy=\"%d\" r=\"4.5\" fill=\"#e45756\"/>%n",
                    x.at(l), cy, x.at(h), cy,
                    x.at(l), cy - 5, x.at(l), cy + 5,
                    x.at(h), cy - 5, x.at(h), cy + 5,
                    x.at(v), cy));
            body.append(valueText(format(v) + " [" + format(l) + ", " + format(h) + "]", TOP + i * ROW));
        }
        return frame(title, labels.size(), x, body);
    }

    /** {@link #dotWhisker} from a result table, e.g. one row per outlet with estimate and interval columns. */
    public static Svg dotWhisker(String title, Dataset<Row> table, String labelColumn, String valueColumn,
                                 String lowColumn, String highColumn) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>(), lows = new ArrayList<>(), highs = new ArrayList<>();
        for (Row r : table.select(labelColumn, valueColumn, lowColumn, highColumn).takeAsList(100)) {
            labels.add(String.valueOf(r.get(0)));
            values.add(((Number) r.get(1)).doubleValue());
            lows.add(((Number) r.get(2)).doubleValue());
            highs.add(((Number) r.get(3)).doubleValue());
        }
        return dotWhisker(title, labels, values, lows, highs);
    }

    /** {@link #bar} from a result table (first 100 rows). */
    public static Svg bar(String title, Dataset<Row> table, String labelColumn, String valueColumn) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        for (Row r : table.select(labelColumn, valueColumn).takeAsList(100)) {
            labels.add(String.valueOf(r.get(0)));
            values.add(((Number) r.get(1)).doubleValue());
        }
        return bar(title, labels, values);
    }

    private record Scale(double min, double max) {
        double at(double v) {
            return LABEL_WIDTH + (v - min) / (max - min) * PLOT_WIDTH;
        }
    }

    private static Svg frame(String title, int rows, Scale x, StringBuilder body) {
        int height = TOP + rows * ROW + BOTTOM;
        int width = LABEL_WIDTH + PLOT_WIDTH + VALUE_WIDTH;
        int axisY = TOP + rows * ROW;
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\" "
                        + "font-family=\"sans-serif\" font-size=\"12\">%n"
                        + "<text x=\"%d\" y=\"20\" font-size=\"14\" font-weight=\"bold\">%s</text>%n",
                width, height, width, height, 8, Html.escape(title)));
        if (x.min() < 0 && x.max() > 0) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#999\" stroke-dasharray=\"3,3\"/>%n",
                    x.at(0), TOP, x.at(0), axisY));
        }
        svg.append(String.format(Locale.ROOT,
                "<line x1=\"%d\" y1=\"%d\" x2=\"%d\" y2=\"%d\" stroke=\"#333\"/>%n",
                LABEL_WIDTH, axisY, LABEL_WIDTH + PLOT_WIDTH, axisY));
        for (double v : ticks(x.min(), x.max())) {
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#333\"/>"
                            + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\" fill=\"#333\">%s</text>%n",
                    x.at(v), axisY, x.at(v), axisY + 4, x.at(v), axisY + 17, format(v)));
        }
        return new Svg(svg.append(body).append("</svg>\n").toString(), title);
    }

    /** Round tick values (steps of 1, 2 or 5 times a power of ten), about five across the axis. */
    static List<Double> ticks(double min, double max) {
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
                : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
        List<Double> ticks = new ArrayList<>();
        java.math.BigDecimal exactStep = java.math.BigDecimal.valueOf(step);
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(exactStep.multiply(java.math.BigDecimal.valueOf(k)).doubleValue()); // no 0.6000000000000001
        }
        return ticks;
    }

    private static String label(String text, int rowTop) {
        String shown = text.length() > 28 ? text.substring(0, 27) + "…" : text;
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>%n",
                LABEL_WIDTH - 8, rowTop + ROW / 2 + 4, Html.escape(shown));
    }

    private static String valueText(String text, int rowTop) {
        return String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" fill=\"#555\">%s</text>%n",
                LABEL_WIDTH + PLOT_WIDTH + 8, rowTop + ROW / 2 + 4, Html.escape(text));
    }

    static String format(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }

    private static void requireSameSize(List<?> labels, List<?> a, List<?> b, List<?> c) {
        if (labels.size() != a.size() || labels.size() != b.size() || labels.size() != c.size()) {
            throw new IllegalArgumentException("charts need one value (and interval) per label: " + labels.size()
                    + " labels, " + a.size() + "/" + b.size() + "/" + c.size() + " values");
        }
    }
}
