package dev.slant.jobs.stats;

/**
 * Quote sentiment summed per article: the resampling unit. Quotes of one article share a reporter, a story and often
 * a speaker turn, so they are not independent draws; resampling whole articles keeps that dependence in the
 * uncertainty. The mean over the sample is quote-weighted: sum of all scores / number of scored quotes.
 */
public record ArticleSample(double[] sums, long[] counts) {

    public ArticleSample {
        if (sums.length != counts.length) {
            throw new IllegalArgumentException("sums and counts differ in length");
        }
    }

    public int articles() {
        return sums.length;
    }

    public long quotes() {
        long n = 0;
        for (long c : counts) {
            n += c;
        }
        return n;
    }

    public double mean() {
        double s = 0;
        long n = 0;
        for (int i = 0; i < sums.length; i++) {
            s += sums[i];
            n += counts[i];
        }
        return n == 0 ? Double.NaN : s / n;
    }
}
