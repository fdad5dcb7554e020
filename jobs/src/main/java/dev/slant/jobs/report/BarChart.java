package dev.slant.jobs.report;

import java.util.List;
import java.util.Locale;

/**
 * Horizontal bars of a share (0 … 1) per outlet, printed as percentages; the axis ends at the next round step above
 * the largest bar so small shares stay visible without exaggerating them (the axis always starts at zero).
 */
public final class BarChart {
    /** One bar: label, share in [0, 1], and the note printed after the bar (e.g. "7 of 31"). */
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

    public static String render(String id, String title, String axisLabel, List<Bar> bars) {
        int height = TOP + Math.max(1, bars.size()) * ROW + BOTTOM;
        double max = niceMax(bars.stream().mapToDouble(Bar::value).max().orElse(0));
        StringBuilder desc = new StringBuilder("Bar chart. ");
        for (Bar b : bars) {
            desc.append(b.label()).append(": ").append(pct(b.value())).append(" (").append(b.note()).append("). ");
        }
        StringBuilder sb = Svg.open(id, "bars", WIDTH, height, title, desc.toString().trim());
        double plotW = WIDTH - LEFT - RIGHT;
        double plotBottom = TOP + Math.max(1, bars.size()) * ROW;
        // Five steps on every nice maximum except 2×10^k, whose round step (0.5) gives four.
        double lead = max / Math.pow(10, Math.floor(Math.log10(max)));
        int ticks = Math.abs(lead - 2) < 1e-9 ? 4 : 5;
        for (int i = 0; i <= ticks; i++) {
            double v = max * i / ticks;
            double x = LEFT + v / max * plotW;
            Svg.line(sb, x, TOP, x, plotBottom, i == 0 ? "zero" : "grid");
            Svg.text(sb, x, plotBottom + 16, "middle", "tick", pct(v));
        }
        Svg.line(sb, LEFT, plotBottom, LEFT + plotW, plotBottom, "axis");
        Svg.text(sb, LEFT + plotW / 2, plotBottom + 36, "middle", "axis-label", axisLabel);
        for (int i = 0; i < bars.size(); i++) {
            Bar b = bars.get(i);
            double y = TOP + i * ROW;
            Svg.text(sb, LEFT - 8, y + ROW / 2.0 + 4, "end", "row-label", Svg.clip(b.label(), 23));
            double w = Math.max(b.value() > 0 ? 1.5 : 0, b.value() / max * plotW);
            sb.append("<rect x=\"").append(LEFT).append("\" y=\"").append(Svg.n(y + 5)).append("\" width=\"")
                    .append(Svg.n(w)).append("\" height=\"").append(ROW - 10).append("\" class=\"bar")
                    .append(b.lowCount() ? " low" : "").append("\"><title>").append(Html.esc(b.label()))
                    .append(": ").append(pct(b.value())).append(" (").append(Html.esc(b.note())).append(")")
                    .append("</title></rect>");
            Svg.text(sb, LEFT + w + 6, y + ROW / 2.0 + 4, "start", "note", pct(b.value()) + " · " + b.note());
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
