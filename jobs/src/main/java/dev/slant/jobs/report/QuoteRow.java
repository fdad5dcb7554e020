package dev.slant.jobs.report;

/**
 * One quotation of the reported week with what the page needs to show it: its outlet (`source_key`) and the
 * article's title and link, so a reader can check every number by reading the quote where it appeared.
 */
public record QuoteRow(String quoteId, String articleId, String outlet, String lean, String text, String kind,
                       String cue, String actorId, String actorName, String sentimentLabel,
                       Double sentimentScore, String title, String url) {
    public boolean attributed() {
        return actorId != null;
    }
}
