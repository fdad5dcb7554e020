package dev.slant.jobs.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Difference in quote-weighted mean sentiment between two groups of articles (two outlets, two leans): a two-sided
 * permutation test that shuffles whole articles between the groups (the group sizes in articles stay fixed), and a
 * bootstrap interval for the difference that resamples articles within each group.
 */
public final class MeanDifferenceTest {
    private MeanDifferenceTest() {
    }

    /** Outcome; p uses the (1 + extreme) / (1 + permutations) rule so it is never exactly 0. */
    public record Result(double meanA, double meanB, double difference, double pValue, double ciLow, double ciHigh) {
    }

    public static Result run(ArticleSample a, ArticleSample b, int permutations, int resamples, long seed) {
        double observed = a.mean() - b.mean();
        if (Double.isNaN(observed)) {
            return new Result(a.mean(), b.mean(), observed, Double.NaN, Double.NaN, Double.NaN);
        }
        int ka = a.articles();
        int k = ka + b.articles();
        double[] sums = new double[k];
        long[] counts = new long[k];
        System.arraycopy(a.sums(), 0, sums, 0, ka);
        System.arraycopy(b.sums(), 0, sums, ka, b.articles());
        System.arraycopy(a.counts(), 0, counts, 0, ka);
        System.arraycopy(b.counts(), 0, counts, ka, b.articles());
        double totalSum = Arrays.stream(sums).sum();
        long totalCount = Arrays.stream(counts).sum();

        SplittableRandom rnd = new SplittableRandom(seed);
        int[] idx = new int[k];
        int extreme = 0;
        int done = 0;
        // Tolerance: a permuted difference equal to the observed one up to rounding counts as "as extreme".
        double bar = Math.abs(observed) - 1e-12;
        for (int p = 0; p < permutations; p++) {
            for (int i = 0; i < k; i++) {
                idx[i] = i;
            }
            double sa = 0;
            long na = 0;
            // Partial Fisher–Yates: only the first ka positions (group A's draw) are needed.
            for (int i = 0; i < ka; i++) {
                int j = i + rnd.nextInt(k - i);
                int t = idx[i];
                idx[i] = idx[j];
                idx[j] = t;
                sa += sums[idx[i]];
                na += counts[idx[i]];
            }
            long nb = totalCount - na;
            if (na == 0 || nb == 0) {
                continue;
            }
            double d = sa / na - (totalSum - sa) / nb;
            done++;
            if (Math.abs(d) >= bar) {
                extreme++;
            }
        }
        double pValue = done == 0 ? Double.NaN : (1.0 + extreme) / (1.0 + done);

        double[] diffs = new double[resamples];
        int filled = 0;
        for (int r = 0; r < resamples; r++) {
            double ma = resampledMean(a, rnd);
            double mb = resampledMean(b, rnd);
            if (!Double.isNaN(ma) && !Double.isNaN(mb)) {
                diffs[filled++] = ma - mb;
            }
        }
        double lo = Double.NaN;
        double hi = Double.NaN;
        if (filled > 0 && a.articles() > 1 && b.articles() > 1) {
            double[] used = Arrays.copyOf(diffs, filled);
            Arrays.sort(used);
            lo = ClusterBootstrap.quantile(used, 0.025);
            hi = ClusterBootstrap.quantile(used, 0.975);
        }
        return new Result(a.mean(), b.mean(), observed, pValue, lo, hi);
    }

    private static double resampledMean(ArticleSample s, SplittableRandom rnd) {
        int k = s.articles();
        double sum = 0;
        long n = 0;
        for (int i = 0; i < k; i++) {
            int pick = rnd.nextInt(k);
            sum += s.sums()[pick];
            n += s.counts()[pick];
        }
        return n == 0 ? Double.NaN : sum / n;
    }
}
