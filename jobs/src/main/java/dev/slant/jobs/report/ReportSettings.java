package dev.slant.jobs.report;

/**
 * The report's own knobs: what to show. Every statistic (intervals, tests, low-count flags, trailing weeks) is
 * compare's, set by compare's options, so a figure on the page is the row of compare's tables it came from.
 *
 * @param topActors     actors given a section, the most quoted of the week first
 * @param quotesPerSide most negative and most positive quotes shown per actor
 */
public record ReportSettings(int topActors, int quotesPerSide) {
    public static ReportSettings defaults() {
        return new ReportSettings(6, 2);
    }
}
