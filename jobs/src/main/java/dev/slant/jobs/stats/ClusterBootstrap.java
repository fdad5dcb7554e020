package dev.slant.jobs.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap confidence interval of a quote-weighted mean, resampling articles (clusters) with replacement.
 * Seeded, so the same data and seed give the same interval on every run and every machine.
 */
public final class ClusterBootstrap {
    private ClusterBootstrap() {
    }

    /** {lower, upper} of the central `level` interval; NaN,NaN when fewer than two articles (no spread to resample). */
    public static double[] meanInterval(ArticleSample sample, int resamples, double level, long seed) {
        int k = sample.articles();
        if (k < 2 || sample.quotes() == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] stats = new double[resamples];
        int filled = 0;
        double[] sums = sample.sums();
        long[] counts = sample.counts();
        for (int b = 0; b < resamples; b++) {
            double s = 0;
            long n = 0;
            for (int i = 0; i < k; i++) {
                int pick = rnd.nextInt(k);
                s += sums[pick];
                n += counts[pick];
            }
            if (n > 0) {
                stats[filled++] = s / n;
            }
        }
        if (filled == 0) {
            return new double[] {Double.NaN, Double.NaN};
        }
        double[] used = Arrays.copyOf(stats, filled);
        Arrays.sort(used);
        double alpha = (1 - level) / 2;
        return new double[] {quantile(used, alpha), quantile(used, 1 - alpha)};
    }

    /** Linear interpolation between order statistics (type 7, R's default). */
    static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(sorted.length - 1, lo + 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
