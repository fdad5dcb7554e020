package dev.slant.jobs.report;

import java.util.Arrays;
import java.util.Comparator;

/** Benjamini–Hochberg adjusted p-values (false discovery rate), in the input order. */
public final class BenjaminiHochberg {
    private BenjaminiHochberg() {
    }

    public static double[] adjust(double[] p) {
        int m = p.length;
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> p[i]));
        double[] adjusted = new double[m];
        double running = 1.0;
        // Step-up: walk from the largest p down, keeping the adjusted values monotone.
        for (int rank = m; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * m / rank);
            adjusted[i] = Math.min(1.0, running);
        }
        return adjusted;
    }
}
