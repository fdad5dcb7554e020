package dev.slant.jobs.report;

/** One actor's quotes in one week, for the comparison with earlier weeks. */
public record ActorWeek(String actorId, String week, long quotes, double sentimentSum, long scoredQuotes) {
    public Double meanSentiment() {
        return scoredQuotes == 0 ? null : sentimentSum / scoredQuotes;
    }
}
