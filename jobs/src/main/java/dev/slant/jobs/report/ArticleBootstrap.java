package dev.slant.jobs.report;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Percentile bootstrap interval for a mean quote sentiment, resampling whole articles: quotes from one article share
 * a writer and a story, so resampling quotes one by one would pretend to more independent evidence than there is.
 * The statistic is the quote-weighted mean (total score / total quotes of the drawn articles), as on the page.
 */
public final class ArticleBootstrap {
    private ArticleBootstrap() {
    }

    /**
     * @param articles per article, the sentiment scores of its quotes (empty arrays are ignored)
     * @return {low, high} of the central `level` interval; {mean, mean} when only one article is there to draw
     */
    public static double[] interval(List<double[]> articles, int resamples, double level, long seed) {
        double[][] a = articles.stream().filter(x -> x.length > 0).toArray(double[][]::new);
        if (a.length == 0) {
            throw new IllegalArgumentException("no scored quotes to bootstrap");
        }
        double[] sums = new double[a.length];
        int[] counts = new int[a.length];
        for (int i = 0; i < a.length; i++) {
            sums[i] = Arrays.stream(a[i]).sum();
            counts[i] = a[i].length;
        }
        if (a.length == 1) {
            double m = sums[0] / counts[0];
            return new double[]{m, m};
        }
        SplittableRandom rnd = new SplittableRandom(seed);
        double[] stats = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double s = 0;
            long n = 0;
            for (int k = 0; k < a.length; k++) {
                int pick = rnd.nextInt(a.length);
                s += sums[pick];
                n += counts[pick];
            }
            stats[r] = s / n;
        }
        Arrays.sort(stats);
        double tail = (1 - level) / 2;
        return new double[]{quantile(stats, tail), quantile(stats, 1 - tail)};
    }

    /** Linear interpolation between order statistics (type 7, the R and NumPy default). */
    static double quantile(double[] sorted, double q) {
        double pos = q * (sorted.length - 1);
        int lo = (int) Math.floor(pos);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (pos - lo) * (sorted[hi] - sorted[lo]);
    }
}
