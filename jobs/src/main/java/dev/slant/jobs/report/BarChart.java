package dev.slant.jobs.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * Horizontal bars per row. The report's voice-share bars ({@link #render}) print percentages and their axis ends at the
 * next round step above the largest share, so small shares stay visible without exaggerating them; {@link #values}
 * draws any numbers (counts, differences) from zero on a fitted axis, negative values to the left.
 */
public final class BarChart {
    /** One bar: label, value, and the note printed after the bar (e.g. "7 of 31"; may be empty). */
    public record Bar(String label, double value, String note, boolean lowCount) {
    }

    private static final int WIDTH = 540;
    private static final int LEFT = 160;
    private static final int RIGHT = 95;
    private static final int TOP = 12;
    private static final int ROW = 26;
    private static final int BOTTOM = 46;

    private BarChart() {
    }

    /** Shares in [0, 1], printed as percentages; no visible title (the report's heading names the chart). */
    public static String render(String id, String title, String axisLabel, List<Bar> bars) {
        double max = niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(0));
        // Five steps on every nice maximum except 2×10^k, whose round step (0.5) gives four.
        double lead = max / Math.pow(10, Math.floor(Math.log10(max)));
        int steps = Math.abs(lead - 2) < 1e-9 ? 4 : 5;
        List<Double> ticks = new ArrayList<>();
        for (int i = 0; i <= steps; i++) {
            ticks.add(max * i / steps);
        }
        return draw(id, title, axisLabel, bars, new Axis(0, max, ticks, BarChart::pct), false);
    }

    /** Any numbers, from zero, on a fitted axis, with a visible title (for charts outside the report page). */
    public static String values(String id, String title, String axisLabel, List<Bar> bars) {
        Axis axis = Axis.fitting(bars.stream().map(Bar::value).toList(), true);
        return draw(id, title, axisLabel, bars, axis, true);
    }

    private static String draw(String id, String title, String axisLabel, List<Bar> bars, Axis axis,
                               boolean showTitle) {
        DoubleFunction<String> format = axis.format();
        int top = TOP + (showTitle ? Svg.TITLE_HEIGHT : 0);
        int height = top + Math.max(1, bars.size()) * ROW + BOTTOM;
        StringBuilder desc = new StringBuilder("Bar chart. ");
        for (Bar b : bars) {
            desc.append(b.label()).append(": ").append(format.apply(b.value()))
                    .append(b.note().isEmpty() ? "" : " (" + b.note() + ")").append(". ");
        }
        StringBuilder sb = Svg.open(id, "bars", WIDTH, height, title, desc.toString().trim(), showTitle);
        double plotW = WIDTH - LEFT - RIGHT;
        double plotBottom = top + Math.max(1, bars.size()) * ROW;
        for (double v : axis.ticks()) {
            double x = axis.x(v, LEFT, plotW);
            Svg.line(sb, x, top, x, plotBottom, Math.abs(v) < 1e-12 ? "zero" : "grid");
            Svg.text(sb, x, plotBottom + 16, "middle", "tick", format.apply(v));
        }
        Svg.line(sb, LEFT, plotBottom, LEFT + plotW, plotBottom, "axis");
        Svg.text(sb, LEFT + plotW / 2, plotBottom + 36, "middle", "axis-label", axisLabel);
        double zero = axis.x(0, LEFT, plotW);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = top + i * ROW;
            Svg.text(sb, LEFT - 8, y + ROW / 2.0 + 4, "end", "row-label", Svg.clip(b.label(), 23));
            double end = axis.x(b.value(), LEFT, plotW);
            double x = Math.min(zero, end);
            double w = Math.max(b.value() != 0 ? 1.5 : 0, Math.abs(end - zero));
            String shown = format.apply(b.value()) + (b.note().isEmpty() ? "" : " · " + b.note());
            sb.append("<rect x=\"").append(Svg.n(x)).append("\" y=\"").append(Svg.n(y + 5)).append("\" width=\"")
                    .append(Svg.n(w)).append("\" height=\"").append(ROW - 10).append('"')
                    .append(Svg.look(b.lowCount() ? "bar low" : "bar")).append("><title>").append(Html.esc(b.label()))
                    .append(": ").append(Html.esc(shown)).append("</title></rect>");
            Svg.text(sb, Math.max(zero, end) + 6, y + ROW / 2.0 + 4, "start", "note", shown);
        }
        return sb.append("</svg>").toString();
    }

    /** 1, 2, 2.5 or 5 times a power of ten, at least the maximum (and 10% when everything is zero). */
    static double niceMax(double max) {
        if (max <= 0) {
            return 0.1;
        }
        double pow = Math.pow(10, Math.floor(Math.log10(max)));
        for (double step : new double[]{1, 2, 2.5, 5, 10}) {
            if (step * pow >= max - 1e-12) {
                return Math.min(1.0, step * pow);
            }
        }
        return 1.0;
    }

    static String pct(double v) {
        double p = v * 100;
        return Math.abs(p - Math.rint(p)) < 0.05 ? String.format(Locale.ROOT, "%.0f%%", p)
                : String.format(Locale.ROOT, "%.1f%%", p);
    }
}
