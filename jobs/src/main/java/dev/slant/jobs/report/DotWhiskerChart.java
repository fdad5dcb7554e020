package dev.slant.jobs.report;

import java.util.List;
import java.util.Locale;

/**
 * An estimate with its 95% interval per row (mean quote sentiment per outlet): a dot at the estimate and a whisker
 * across the interval. The report draws on the fixed −1 … +1 {@link Axis#SENTIMENT} axis so charts of different
 * actors and weeks compare by eye. Low-count rows are drawn hollow and grey: shown, but not to be read as findings.
 */
public final class DotWhiskerChart {
    /** One row: label, estimate, interval (null = none), and a short note (quote count) printed at the right. */
    public record Row(String label, Double mean, Double low, Double high, String note, boolean lowCount) {
    }

    private static final int WIDTH = 540;
    private static final int LEFT = 160;
    private static final int RIGHT = 50;
    private static final int TOP = 12;
    private static final int ROW = 26;
    private static final int BOTTOM = 46;

    private DotWhiskerChart() {
    }

    /** The report's chart: sentiment axis, no visible title (the page's heading names it). */
    public static String render(String id, String title, String axisLabel, List<Row> rows) {
        return render(id, title, axisLabel, rows, Axis.SENTIMENT, false);
    }

    public static String render(String id, String title, String axisLabel, List<Row> rows, Axis axis,
                                boolean showTitle) {
        List<Row> drawn = rows.stream().filter(r -> r.mean() != null).toList();
        int top = TOP + (showTitle ? Svg.TITLE_HEIGHT : 0);
        int height = top + Math.max(1, drawn.size()) * ROW + BOTTOM;
        StringBuilder desc = new StringBuilder("Dot-and-whisker chart. ");
        for (Row r : drawn) {
            desc.append(r.label()).append(": ").append(fmt(r.mean())).append(", 95% interval ")
                    .append(fmt(r.low())).append(" to ").append(fmt(r.high())).append(", ").append(r.note())
                    .append(r.lowCount() ? " (low count)" : "").append(". ");
        }
        StringBuilder sb = Svg.open(id, "dot-whisker", WIDTH, height, title, desc.toString().trim(), showTitle);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotBottom = top + Math.max(1, drawn.size()) * ROW;
        // Gridlines at the ticks; the zero line is emphasised because sign is what readers look for.
        for (double tick : axis.ticks()) {
            double x = axis.x(tick, LEFT, plotW);
            Svg.line(sb, x, top, x, plotBottom, Math.abs(tick) < 1e-9 ? "zero" : "grid");
            Svg.text(sb, x, plotBottom + 16, "middle", "tick", axis.format().apply(tick));
        }
        Svg.line(sb, LEFT, plotBottom, LEFT + plotW, plotBottom, "axis");
        Svg.text(sb, LEFT + plotW / 2, plotBottom + 36, "middle", "axis-label", axisLabel);
        if (drawn.isEmpty()) {
            Svg.text(sb, LEFT + plotW / 2, top + ROW / 2.0 + 4, "middle", "empty", "no scored quotes");
        }
        for (int i = 0; i < drawn.size(); i++) {
            Row r = drawn.get(i);
            double y = top + i * ROW + ROW / 2.0;
            Svg.text(sb, LEFT - 8, y + 4, "end", "row-label", Svg.clip(r.label(), 23));
            double lo = axis.x(r.low() == null ? r.mean() : r.low(), LEFT, plotW);
            double hi = axis.x(r.high() == null ? r.mean() : r.high(), LEFT, plotW);
            String low = r.lowCount() ? " low" : "";
            sb.append("<g class=\"mark").append(low).append("\"><title>").append(Html.esc(r.label()))
                    .append(": ").append(fmt(r.mean())).append(" [").append(fmt(r.low())).append(", ")
                    .append(fmt(r.high())).append("], ").append(Html.esc(r.note()))
                    .append(r.lowCount() ? " — low count" : "").append("</title>");
            Svg.line(sb, lo, y, hi, y, "whisker" + low);
            Svg.line(sb, lo, y - 5, lo, y + 5, "whisker-cap" + low);
            Svg.line(sb, hi, y - 5, hi, y + 5, "whisker-cap" + low);
            sb.append("<circle cx=\"").append(Svg.n(axis.x(r.mean(), LEFT, plotW))).append("\" cy=\"")
                    .append(Svg.n(y)).append("\" r=\"5\"").append(Svg.look("dot" + low)).append("/></g>");
            Svg.text(sb, WIDTH - RIGHT + 8, y + 4, "start", "note", r.note());
        }
        return sb.append("</svg>").toString();
    }

    static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", v);
    }
}
