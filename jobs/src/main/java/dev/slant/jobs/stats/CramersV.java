package dev.slant.jobs.stats;

/**
 * Cramér's V = sqrt(chi² / (n · (min(r, c) − 1))): an effect size for a chi-square test, 0 (independent) to 1 (one
 * variable determines the other). A p-value alone grows with n; V says whether the difference is large.
 */
public final class CramersV {
    private CramersV() {
    }

    public static double of(double chiSquare, long n, int rows, int cols) {
        int k = Math.min(rows, cols) - 1;
        if (n <= 0 || k <= 0) {
            return Double.NaN;
        }
        return Math.sqrt(chiSquare / (n * (double) k));
    }
}
