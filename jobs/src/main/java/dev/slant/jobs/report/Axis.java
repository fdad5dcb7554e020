package dev.slant.jobs.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.DoubleFunction;

/**
 * A horizontal value axis: its range, its ticks and how tick values are printed. The report's sentiment charts use
 * the fixed {@link #SENTIMENT} axis so charts of different actors and weeks compare by eye; a notebook's chart of
 * arbitrary values uses {@link #fitting} (round ticks around the data).
 */
public record Axis(double min, double max, List<Double> ticks, DoubleFunction<String> format) {
    public static final Axis SENTIMENT = new Axis(-1, 1, List.of(-1.0, -0.5, 0.0, 0.5, 1.0),
            v -> String.format(Locale.ROOT, "%+.1f", v).replace("+0.0", "0").replace("-0.0", "0"));

    /** Position of `v` (clamped to the axis) on a plot `width` wide starting at `left`. */
    public double x(double v, double left, double width) {
        double clamped = Math.max(min, Math.min(max, v));
        return left + (clamped - min) / (max - min) * width;
    }

    /** Round ticks covering `values` (and zero when `fromZero`), the axis ending on the outer ticks. */
    public static Axis fitting(List<Double> values, boolean fromZero) {
        double lo = fromZero ? 0 : Double.POSITIVE_INFINITY;
        double hi = fromZero ? 0 : Double.NEGATIVE_INFINITY;
        for (double v : values) {
            if (Double.isFinite(v)) {
                lo = Math.min(lo, v);
                hi = Math.max(hi, v);
            }
        }
        if (lo > hi) {
            lo = 0;
            hi = 1;
        }
        if (lo == hi) {
            hi = lo + 1;
        }
        List<Double> ticks = ticks(lo, hi);
        double step = ticks.size() > 1 ? ticks.get(1) - ticks.get(0) : 1;
        List<Double> all = new ArrayList<>(ticks);
        if (all.get(0) > lo + 1e-12) {
            all.add(0, BigDecimal.valueOf(all.get(0)).subtract(BigDecimal.valueOf(step)).doubleValue());
        }
        if (all.get(all.size() - 1) < hi - 1e-12) {
            all.add(BigDecimal.valueOf(all.get(all.size() - 1)).add(BigDecimal.valueOf(step)).doubleValue());
        }
        return new Axis(all.get(0), all.get(all.size() - 1), all, Axis::number);
    }

    /** Round tick values (steps of 1, 2 or 5 times a power of ten), about five across [min, max]. */
    static List<Double> ticks(double min, double max) {
        double raw = (max - min) / 5;
        double magnitude = Math.pow(10, Math.floor(Math.log10(raw)));
        double step = raw / magnitude < 1.5 ? magnitude : raw / magnitude < 3.5 ? 2 * magnitude
                : raw / magnitude < 7.5 ? 5 * magnitude : 10 * magnitude;
        List<Double> ticks = new ArrayList<>();
        BigDecimal exactStep = BigDecimal.valueOf(step);
        for (long k = (long) Math.ceil(min / step - 1e-9); k * step <= max + step * 1e-9; k++) {
            ticks.add(exactStep.multiply(BigDecimal.valueOf(k)).doubleValue()); // no 0.6000000000000001
        }
        return ticks;
    }

    /** Three significant digits, no exponent: what a reader of a chart wants. */
    public static String number(double v) {
        if (v == 0 || !Double.isFinite(v)) {
            return v == 0 ? "0" : String.valueOf(v);
        }
        return new BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
    }
}
