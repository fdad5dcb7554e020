package dev.slant.jobs.report;

import java.util.List;
import java.util.Locale;

/**
 * Mean quote sentiment per outlet with its 95% interval: one row per outlet, a dot at the mean and a whisker across
 * the interval, on a fixed −1 … +1 axis so charts of different actors and weeks compare by eye. Low-count cells are
 * drawn hollow and grey: they are shown, but not to be read as findings.
 */
public final class DotWhiskerChart {
    /** One row: label, mean, interval, and a short note (quote count) printed at the right. */
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

    public static String render(String id, String title, String axisLabel, List<Row> rows) {
        List<Row> drawn = rows.stream().filter(r -> r.mean() != null).toList();
        int height = TOP + Math.max(1, drawn.size()) * ROW + BOTTOM;
        StringBuilder desc = new StringBuilder("Dot-and-whisker chart. ");
        for (Row r : drawn) {
            desc.append(r.label()).append(": mean ").append(fmt(r.mean())).append(", 95% interval ")
                    .append(fmt(r.low())).append(" to ").append(fmt(r.high())).append(", ").append(r.note())
                    .append(r.lowCount() ? " (low count)" : "").append(". ");
        }
        StringBuilder sb = Svg.open(id, "dot-whisker", WIDTH, height, title, desc.toString().trim());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotBottom = TOP + Math.max(1, drawn.size()) * ROW;
        // Axis and gridlines at the five ticks; the zero line is emphasised because sign is what readers look for.
        for (double tick = -1; tick <= 1.0001; tick += 0.5) {
            double x = LEFT + (tick + 1) / 2 * plotW;
            Svg.line(sb, x, TOP, x, plotBottom, Math.abs(tick) < 1e-9 ? "zero" : "grid");
            Svg.text(sb, x, plotBottom + 16, "middle", "tick", String.format(Locale.ROOT, "%+.1f", tick)
                    .replace("+0.0", "0"));
        }
        Svg.line(sb, LEFT, plotBottom, LEFT + plotW, plotBottom, "axis");
        Svg.text(sb, LEFT + plotW / 2, plotBottom + 36, "middle", "axis-label", axisLabel);
        if (drawn.isEmpty()) {
            Svg.text(sb, LEFT + plotW / 2, TOP + ROW / 2.0 + 4, "middle", "empty", "no scored quotes");
        }
        for (int i = 0; i < drawn.size(); i++) {
            Row r = drawn.get(i);
            double y = TOP + i * ROW + ROW / 2.0;
            Svg.text(sb, LEFT - 8, y + 4, "end", "row-label", Svg.clip(r.label(), 23));
            double lo = x(r.low() == null ? r.mean() : r.low(), plotW);
            double hi = x(r.high() == null ? r.mean() : r.high(), plotW);
            String cls = r.lowCount() ? " low" : "";
            sb.append("<g class=\"mark").append(cls).append("\"><title>").append(Html.esc(r.label()))
                    .append(": mean ").append(fmt(r.mean())).append(" [").append(fmt(r.low())).append(", ")
                    .append(fmt(r.high())).append("], ").append(Html.esc(r.note()))
                    .append(r.lowCount() ? " — low count" : "").append("</title>");
            Svg.line(sb, lo, y, hi, y, "whisker" + cls);
            Svg.line(sb, lo, y - 5, lo, y + 5, "whisker-cap" + cls);
            Svg.line(sb, hi, y - 5, hi, y + 5, "whisker-cap" + cls);
            sb.append("<circle cx=\"").append(Svg.n(x(r.mean(), plotW))).append("\" cy=\"").append(Svg.n(y))
                    .append("\" r=\"5\" class=\"dot").append(cls).append("\"/></g>");
            Svg.text(sb, WIDTH - RIGHT + 8, y + 4, "start", "note", r.note());
        }
        return sb.append("</svg>").toString();
    }

    private static double x(double v, double plotW) {
        double clamped = Math.max(-1, Math.min(1, v));
        return LEFT + (clamped + 1) / 2 * plotW;
    }

    static String fmt(Double v) {
        return v == null ? "n/a" : String.format(Locale.ROOT, "%+.2f", v);
    }
}
