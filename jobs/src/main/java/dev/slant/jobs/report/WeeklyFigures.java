package dev.slant.jobs.report;

import java.util.List;

/**
 * Every number the weekly page shows, and nothing else: `report.json` is this record serialised, and each CSV is one
 * of its lists, so a reader can recompute any chart from the files next to it.
 */
public record WeeklyFigures(String week, String firstDay, String lastDay, boolean hasData, String message,
                            Headline headline, List<ActorSection> actors, List<Change> changes,
                            List<Difference> differences, WeekData.Table framingTests,
                            WeekData.Table framingWords, ReportSettings settings) {

    /** The week at a glance, with the previous week and the trailing-weeks mean for comparison. */
    public record Headline(long articles, long duplicatesSetAside, long quotes, long attributedQuotes, long outlets,
                           long actorsQuoted, Long previousArticles, Double trailingArticles,
                           Long previousQuotes, Double trailingQuotes) {
    }

    /** One actor at one outlet this week. `voiceShare` = this actor's quotes / all quotes the outlet printed. */
    public record OutletCell(String actorId, String outlet, String lean, long quotes, long articles,
                             Double meanSentiment, Double ciLow, Double ciHigh, long outletQuotes,
                             double voiceShare, boolean lowCount) {
    }

    /** This week's quotes and mean sentiment for an actor against last week and the trailing-weeks mean. */
    public record Change(String actorId, String actorName, long quotes, Long previousQuotes,
                         Double trailingQuotesPerWeek, Double meanSentiment, Double previousMean,
                         Double trailingMean, Double changeVsPrevious, Double changeVsTrailing) {
    }

    /**
     * Two outlets' mean sentiment for one actor, compared on per-article means (Welch's t-test), p adjusted
     * across all of the week's comparisons (Benjamini–Hochberg). `hedgesG` is the standardised effect size.
     */
    public record Difference(String actorId, String actorName, String outletA, String outletB, double meanA,
                             double meanB, double difference, long articlesA, long articlesB, double t, double df,
                             double pValue, double pAdjusted, boolean significant, double hedgesG) {
    }

    /** One actor's section of the page. */
    public record ActorSection(String actorId, String actorName, long quotes, long articles, long outlets,
                               Double meanSentiment, Double ciLow, Double ciHigh, List<OutletCell> cells,
                               Change change, List<QuoteRow> mostNegative, List<QuoteRow> mostPositive) {
    }
}
