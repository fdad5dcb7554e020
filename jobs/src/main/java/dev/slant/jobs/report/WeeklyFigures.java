package dev.slant.jobs.report;

import java.util.List;

/**
 * Every number the weekly page shows, and nothing else: `report.json` is this record serialised, and each CSV is one
 * of its lists, so a reader can check any chart against the files next to it. Counts come from the week's rows
 * selected as compare selects them; every interval, test and change is a row of compare's tables for the week
 * (`framing_cells`, `framing_tests`), named by `compareRun`.
 *
 * @param trailingWeeks weeks of the trailing comparison (compare's --trailing-weeks)
 */
public record WeeklyFigures(String week, String firstDay, String lastDay, boolean hasData, String message,
                            String compareRun, int trailingWeeks, Headline headline, List<ActorSection> actors,
                            List<Change> changes, List<Difference> differences, WeekData.Table framingTests,
                            WeekData.Table framingWords, ReportSettings settings) {

    /** The week at a glance, with the previous week and the trailing-weeks mean for comparison. */
    public record Headline(long articles, long duplicatesSetAside, long quotes, long attributedQuotes, long outlets,
                           long actorsQuoted, Long previousArticles, Double trailingArticles,
                           Long previousQuotes, Double trailingQuotes) {
    }

    /**
     * One actor at one outlet this week: framing_cells' `source_week` row (an outlet that quoted others but not this
     * actor has no row and shows 0 quotes). `voiceShare` = this actor's quotes / all quotes the outlet printed.
     * `stance` is how the outlet wrote <em>about</em> the actor rather than how it quoted them.
     */
    public record OutletCell(String actorId, String outlet, String lean, long quotes, long articles,
                             Double meanSentiment, Double ciLow, Double ciHigh, long outletQuotes,
                             double voiceShare, boolean lowCount, Stance stance) {
    }

    /**
     * The same cell's sentiment toward the actor where the outlet's articles name them: the mean over the mention
     * sentences (`mean_target_sentiment`) and, next to it, the per-article stance (article_stance aggregated in
     * framing_cells: articles with a stance, their mean stance score, shares negative and positive).
     */
    public record Stance(Double meanTargetSentiment, long articles, Double meanArticleStance, Double shareNegative,
                         Double sharePositive) {
        static final Stance NONE = new Stance(null, 0, null, null, null);
    }

    /** framing_cells' `actor_week` row: the actor's quotes and mean sentiment against earlier weeks. */
    public record Change(String actorId, String actorName, long quotes, Long previousQuotes,
                         Double trailingQuotesPerWeek, Double meanSentiment, Double previousMean,
                         Double trailingMean, Double changeVsPrevious, Double changeVsTrailing) {
    }

    /**
     * A `mean_diff_source_week` row of framing_tests: two outlets' mean sentiment for one actor this week, with the
     * bootstrap interval of the difference, the permutation p (whole articles shuffled) and p adjusted with
     * Benjamini–Hochberg over every test of the week.
     */
    public record Difference(String actorId, String actorName, String outletA, String outletB, Double meanA,
                             Double meanB, Double difference, Double ciLow, Double ciHigh, long quotes,
                             long articles, Double pValue, Double pAdjusted, boolean significant) {
    }

    /** One actor's section of the page: the totals and interval are framing_cells' `actor_week` row. */
    public record ActorSection(String actorId, String actorName, long quotes, long articles, long outlets,
                               Double meanSentiment, Double ciLow, Double ciHigh, List<OutletCell> cells,
                               Change change, List<QuoteRow> mostNegative, List<QuoteRow> mostPositive) {
    }
}
