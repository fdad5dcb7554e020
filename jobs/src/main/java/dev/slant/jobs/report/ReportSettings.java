package dev.slant.jobs.report;

/**
 * The report's knobs, with the defaults the page's method note describes.
 *
 * @param topActors   actors given a section, the most quoted of the week first
 * @param minQuotes   an outlet cell with fewer quotes than this is drawn hollow and flagged "low count"
 * @param minArticles ... or with fewer articles than this (the bootstrap resamples articles)
 * @param resamples   bootstrap resamples per interval
 * @param trailingWeeks weeks averaged for the "trailing mean" comparison
 * @param alpha       false discovery rate for the Benjamini–Hochberg "significant" flag
 * @param quotesPerSide most negative and most positive quotes shown per actor
 */
public record ReportSettings(int topActors, int minQuotes, int minArticles, int resamples, int trailingWeeks,
                             double alpha, int quotesPerSide) {
    public static ReportSettings defaults() {
        return new ReportSettings(6, 5, 2, 2000, 8, 0.05, 2);
    }
}
