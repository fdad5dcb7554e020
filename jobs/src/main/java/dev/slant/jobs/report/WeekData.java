package dev.slant.jobs.report;

import java.util.List;
import java.util.Map;

/**
 * Everything read from the warehouse for one report, already small enough to hold in the driver: the week's
 * quotations, per-outlet article counts, actor-by-week history for the trailing weeks, and whatever `compare` wrote
 * to `framing_tests` / `framing_words` (null when that table is absent, so the page can say "not computed").
 */
public record WeekData(IsoWeek week, long articles, long duplicates, Map<String, Long> articlesByOutlet,
                       Map<String, String> leanByOutlet, List<QuoteRow> quotes, Map<String, Long> articlesByWeek,
                       Map<String, Long> quotesByWeek, List<ActorWeek> history, Table framingTests,
                       Table framingWords) {

    public boolean empty() {
        return articles == 0 && quotes.isEmpty();
    }

    /** A table read generically: compare's exact columns may grow, and the report shows what it finds. */
    public record Table(String name, String scope, List<String> columns, List<Map<String, Object>> rows) {
    }
}
