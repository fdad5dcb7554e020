package dev.slant.jobs.compare;

import dev.slant.jobs.stats.ArticleSample;

/** Spark hands array columns to Java UDFs as Scala sequences; this turns them into the plain arrays stats uses. */
final class SparkArrays {
    private SparkArrays() {
    }

    static ArticleSample sample(scala.collection.Seq<Object> sums, scala.collection.Seq<Object> counts) {
        int k = sums.length();
        double[] s = new double[k];
        long[] n = new long[k];
        for (int i = 0; i < k; i++) {
            s[i] = ((Number) sums.apply(i)).doubleValue();
            n[i] = ((Number) counts.apply(i)).longValue();
        }
        return new ArticleSample(s, n);
    }
}
