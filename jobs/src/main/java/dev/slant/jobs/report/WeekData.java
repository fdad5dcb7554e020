package dev.slant.jobs.report;

import dev.slant.jobs.warehouse.IsoWeek;

import java.util.List;
import java.util.Map;

/**
 * Everything read from the warehouse for one report, already small enough to hold in the driver: the week's
 * quotations and counts (selected with compare's own filters), and compare's rows for the week: `framing_cells`
 * (per outlet and across outlets), `framing_tests` and `framing_words` (null when compare has not written them).
 *
 * @param trailingWeeks weeks in the trailing comparison (compare's --trailing-weeks)
 * @param compareRun    which compare run the tables come from ({@link CompareRun#description})
 */
public record WeekData(IsoWeek week, long articles, long duplicates, Map<String, Long> articlesByOutlet,
                       Map<String, String> leanByOutlet, List<QuoteRow> quotes, Map<String, Long> articlesByWeek,
                       Map<String, Long> quotesByWeek, int trailingWeeks, Table framingCells, Table framingTests,
                       Table framingWords, String compareRun) {

    public boolean empty() {
        return articles == 0 && quotes.isEmpty();
    }

    /** A table read generically: compare's exact columns may grow, and the report shows what it finds. */
    public record Table(String name, String scope, List<String> columns, List<Map<String, Object>> rows) {
    }
}
