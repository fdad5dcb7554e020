package dev.slant.jobs.stats;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Benjamini–Hochberg (1995) step-up adjustment. A run makes hundreds of source × actor tests; adjusting them together
 * keeps the expected share of false discoveries among the reported "significant" differences at q.
 */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    /**
     * Adjusted p-values (q-values) in the input order: p_adj(i) = min over ranks k >= rank(i) of p(k) * m / k, capped
     * at 1. NaN entries (tests that could not be computed) stay NaN and do not count towards m.
     */
    public static double[] adjust(double[] p) {
        double[] out = new double[p.length];
        Arrays.fill(out, Double.NaN);
        Integer[] order = IntStream.range(0, p.length).filter(i -> !Double.isNaN(p[i])).boxed()
                .sorted(Comparator.comparingDouble(i -> p[i])).toArray(Integer[]::new);
        int m = order.length;
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            out[i] = running;
        }
        return out;
    }
}
