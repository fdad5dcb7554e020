package dev.slant.jobs.report;

import dev.slant.jobs.stats.BenjaminiHochberg;
import dev.slant.jobs.warehouse.IsoWeek;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The page, charts and statistics without Spark: real quotations from the founding article as input. */
class ReportPageTest {
    private static final String NASTY = "\"><svg onload=alert(1)><script>alert('x')</script>&amp;`";

    /**
     * Two outlets quoting Peskov with the article's own words, plus one outlet whose name and link are hostile; the
     * framing_cells rows are what compare writes for such a week (written out here so the test needs no Spark).
     */
    private static WeekData week(WeekData.Table tests, WeekData.Table words) {
        List<QuoteRow> q = new ArrayList<>();
        String[] texts = {"long and substantial", "difficult to expect progress from these talks",
                "we will not tolerate this", "the talks were constructive", "Russia poses no threat to anyone",
                "a very worrying situation"};
        double[] scores = {0.1, -0.45, -0.6, 0.35, -0.05, -0.7};
        for (int i = 0; i < 12; i++) {
            String outlet = i % 2 == 0 ? "atalayar" : "reuters";
            q.add(new QuoteRow("q" + i, outlet + "-a" + (i % 4), outlet, i % 2 == 0 ? "center" : null,
                    texts[i % texts.length], "direct", "said", "Q4164776", "Dmitry Peskov",
                    "neutral", scores[i % scores.length] + i * 0.01, "Title " + i, "https://example.org/" + i));
        }
        q.add(new QuoteRow("q-evil", "evil-1", NASTY, null, NASTY, "direct", NASTY, "Q4164776",
                "Dmitry Peskov", "negative", -0.99, NASTY, "javascript:alert(1)"));
        q.add(new QuoteRow("q-none", "atalayar-a0", "atalayar", "center", "unattributed words here", "direct",
                "said", null, null, "neutral", 0.0, "Title 0", "https://example.org/0"));
        List<Map<String, Object>> cells = List.of(
                cell("actor_week", null, 13, 5, -0.21, -0.4, -0.02, 14, 4L, -0.2, 0.5, -0.2),
                cell("source_week", "atalayar", 6, 2, -0.12, -0.3, 0.05, 7, null, null, null, null),
                cell("source_week", "reuters", 6, 2, -0.2, -0.5, 0.1, 6, null, null, null, null),
                cell("source_week", NASTY, 1, 1, -0.99, null, null, 1, null, null, null, null));
        // atalayar's articles name Peskov too: what compare's article_stance adds to the cell
        cells.get(1).put("mean_target_sentiment", -0.35);
        cells.get(1).put("stance_articles", 3L);
        cells.get(1).put("mean_article_stance", -0.4);
        cells.get(1).put("share_articles_negative", 2 / 3.0);
        cells.get(1).put("share_articles_positive", 0.0);
        List<String> columns = new ArrayList<>(cells.get(0).keySet());
        return new WeekData(IsoWeek.parse("2021-W49"), 9, 1, Map.of("atalayar", 4L, "reuters", 4L, NASTY, 1L),
                Map.of("atalayar", "center"), q, Map.of("2021-W48", 5L, "2021-W49", 9L),
                Map.of("2021-W48", 7L, "2021-W49", (long) q.size()), 8,
                new WeekData.Table("framing_cells", "", columns, cells), tests, words, "a test's tables");
    }

    private static Map<String, Object> cell(String level, String outlet, long quotes, long articles, double mean,
                                            Double low, Double high, long groupQuotes, Long prevQuotes,
                                            Double prevMean, Double trailingQuotes, Double trailingMean) {
        Map<String, Object> m = new java.util.LinkedHashMap<>();
        m.put("level", level);
        m.put("source_key", outlet);
        m.put("lean", "atalayar".equals(outlet) ? "center" : null);
        m.put("week", "2021-W49");
        m.put("actor_id", "Q4164776");
        m.put("actor_name", "Dmitry Peskov");
        m.put("articles", articles);
        m.put("quotes", quotes);
        m.put("group_quotes", groupQuotes);
        m.put("voice_share", quotes / (double) groupQuotes);
        m.put("mean_sentiment", mean);
        m.put("ci_low", low);
        m.put("ci_high", high);
        m.put("low_count", quotes < 5);
        m.put("previous_quotes", prevQuotes);
        m.put("previous_mean_sentiment", prevMean);
        m.put("trailing_quotes_per_week", trailingQuotes);
        m.put("trailing_mean_sentiment", trailingMean);
        m.put("change_vs_previous", prevMean == null ? null : mean - prevMean);
        m.put("change_vs_trailing", trailingMean == null ? null : mean - trailingMean);
        return m;
    }

    @Test
    void everyWarehouseValueIsEscaped() {
        WeeklyFigures f = FigureCalculator.compute(week(null, null), ReportSettings.defaults());
        String html = ReportPage.render(f, List.of("actor_outlet.csv"));
        assertFalse(html.contains("<script"), "no script element");
        assertFalse(html.contains("<svg onload"), "no injected svg");
        assertFalse(html.contains("javascript:"), "no javascript: link");
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;amp;&#96;"), "shown, escaped");
        assertTrue(html.contains("Content-Security-Policy"), "CSP forbids scripts and fetches even if one slipped");
        assertEquals("&lt;a href=&quot;x&quot;&gt;", Html.esc("<a href=\"x\">"));
        assertNull(Html.safeUrl("javascript:alert(1)"));
        assertNull(Html.safeUrl("data:text/html,<b>"));
        assertNull(Html.safeUrl("//evil.example/x"));
        assertEquals("https://example.org/a?b=1&c=2", Html.safeUrl("https://example.org/a?b=1&c=2"));
        assertTrue(Html.link("https://example.org/a?b=1&c=2", "t").contains("href=\"https://example.org/a?b=1&amp;c=2\""));
    }

    @Test
    void chartsDrawOneMarkPerOutletWithAccessibleNames() {
        WeeklyFigures f = FigureCalculator.compute(week(null, null), ReportSettings.defaults());
        WeeklyFigures.ActorSection peskov = f.actors().get(0);
        assertEquals(3, peskov.cells().size());
        String html = ReportPage.render(f, List.of());
        assertEquals(2, f.actors().size() * 2, "one actor: two charts");
        assertTrue(html.contains("id=\"sentiment-1\"") && html.contains("id=\"voice-1\""));
        assertTrue(html.contains("aria-labelledby=\"sentiment-1-title sentiment-1-desc\""));
        String dots = html.substring(html.indexOf("id=\"sentiment-1\""), html.indexOf("</svg>",
                html.indexOf("id=\"sentiment-1\"")));
        assertEquals(3, dots.split("<circle ", -1).length - 1);
        assertTrue(dots.contains("mean quote sentiment"), "axis label");
        String bars = html.substring(html.indexOf("id=\"voice-1\""), html.indexOf("</svg>",
                html.indexOf("id=\"voice-1\"")));
        assertEquals(3, bars.split("<rect ", -1).length - 1);
    }

    @Test
    void outletTableShowsTheArticlesStanceNextToTheMentionMean() {
        WeeklyFigures f = FigureCalculator.compute(week(null, null), ReportSettings.defaults());
        WeeklyFigures.OutletCell atalayar = f.actors().get(0).cells().stream()
                .filter(c -> c.outlet().equals("atalayar")).findFirst().orElseThrow();
        assertEquals(3L, atalayar.stance().articles());
        assertEquals(-0.35, atalayar.stance().meanTargetSentiment());
        String html = ReportPage.render(f, List.of());
        assertTrue(html.contains("<td>−0.35</td><td>3 articles: −0.40, 66.7% negative, 0% positive</td>"), html);
        WeeklyFigures.OutletCell reuters = f.actors().get(0).cells().stream()
                .filter(c -> c.outlet().equals("reuters")).findFirst().orElseThrow();
        assertEquals(0L, reuters.stance().articles(), "a warehouse without article_stance: no stance, no error");
        String csv = ReportWriter.csvs(f).get("actor_outlet.csv");
        assertTrue(csv.lines().findFirst().orElseThrow().endsWith(",mean_target_sentiment,stance_articles,"
                + "mean_article_stance,share_articles_negative,share_articles_positive"), csv);
    }

    @Test
    void figuresAreTheRowsOfCompareTables() {
        WeeklyFigures f = FigureCalculator.compute(week(null, null), ReportSettings.defaults());
        assertEquals(14, f.headline().quotes());
        assertEquals(13, f.headline().attributedQuotes());
        assertEquals(1, f.headline().actorsQuoted());
        assertEquals(5L, f.headline().previousArticles());
        WeeklyFigures.ActorSection peskov = f.actors().get(0);
        assertEquals(-0.21, peskov.meanSentiment());
        assertEquals(-0.4, peskov.ciLow());
        WeeklyFigures.OutletCell atalayar = peskov.cells().stream()
                .filter(c -> c.outlet().equals("atalayar")).findFirst().orElseThrow();
        assertEquals(6, atalayar.quotes());
        assertEquals(7, atalayar.outletQuotes());
        assertEquals(6 / 7.0, atalayar.voiceShare(), 1e-12);
        assertFalse(atalayar.lowCount());
        WeeklyFigures.OutletCell evil = peskov.cells().stream().filter(c -> c.outlet().equals(NASTY)).findFirst()
                .orElseThrow();
        assertNull(evil.ciLow(), "one article: no interval (compare's bootstrap), never a zero-width one");
        WeeklyFigures.Change c = f.changes().get(0);
        assertEquals(4L, c.previousQuotes());
        assertEquals(-0.2, c.previousMean(), 1e-12);
        assertEquals(0.5, c.trailingQuotesPerWeek(), 1e-12);
        assertTrue(f.differences().isEmpty(), "no framing_tests: no differences, and none computed on the side");
        assertEquals(1, f.actors().get(0).mostNegative().stream().filter(q -> q.quoteId().equals("q-evil")).count());
    }

    @Test
    void aWeekCompareDidNotCoverSaysSoInsteadOfShowingOtherNumbers() {
        WeekData d = week(null, null);
        WeekData stale = new WeekData(d.week(), d.articles(), d.duplicates(), d.articlesByOutlet(), d.leanByOutlet(),
                d.quotes(), d.articlesByWeek(), d.quotesByWeek(), 8,
                new WeekData.Table("framing_cells", "", d.framingCells().columns(), List.of()), null, null, "old run");
        WeeklyFigures f = FigureCalculator.compute(stale, ReportSettings.defaults());
        assertTrue(f.actors().isEmpty());
        assertTrue(f.message().contains("compare's tables have no row for 2021-W49"), f.message());
        assertTrue(ReportPage.render(f, List.of()).contains("Run ./slant compare over this week"));
    }

    @Test
    void framingTablesShownWhenPresentAndNotComputedWhenAbsent() {
        String absent = ReportPage.render(FigureCalculator.compute(week(null, null), ReportSettings.defaults()),
                List.of());
        assertEquals(2, absent.split("Not computed", -1).length - 1, "tests and words both say so");

        WeekData.Table tests = new WeekData.Table("framing_tests", "", List.of("actor_id", "actor_name", "test",
                "cramers_v", "p_value", "p_adjusted", "significant"), List.of(
                Map.of("actor_id", "Q4164776", "actor_name", "Dmitry Peskov", "test", "mean_diff_lean_week",
                        "cramers_v", 0.31, "p_value", 0.001, "p_adjusted", 0.004, "significant", true),
                Map.of("actor_id", "Q1", "actor_name", "Someone Else", "test", "chi2_label_by_source",
                        "cramers_v", 0.1, "p_value", 0.5, "p_adjusted", 0.6, "significant", false)));
        WeekData.Table words = new WeekData.Table("framing_words", "", List.of("corpus", "level", "source_key",
                "actor_id", "actor_name", "word", "z"), List.of(
                Map.of("corpus", "quotes", "level", "source", "source_key", "reuters", "actor_id", "Q4164776",
                        "actor_name", "Dmitry Peskov", "word", "substantial", "z", 2.5),
                Map.of("corpus", "mentions", "level", "source", "source_key", "reuters", "actor_id", "Q4164776",
                        "actor_name", "Dmitry Peskov", "word", "kremlin", "z", 3.5)));
        WeeklyFigures f = FigureCalculator.compute(week(tests, words), ReportSettings.defaults());
        assertEquals(1, f.framingTests().rows().size(), "only this week's actors");
        assertEquals(1, f.framingWords().rows().size(), "quotes corpus only");
        String html = ReportPage.render(f, List.of());
        assertFalse(html.contains("Not computed"));
        assertTrue(html.contains("mean_diff_lean_week") && html.contains("0.310"));
        assertTrue(html.contains("substantial <small>(2.5)</small>"));
        assertFalse(html.contains("kremlin"));
    }

    @Test
    void emptyWeekSaysSo() {
        WeekData empty = new WeekData(IsoWeek.parse("2021-W50"), 0, 0, Map.of(), Map.of(), List.of(), Map.of(),
                Map.of(), 8, null, null, null, "no compare run");
        WeeklyFigures f = FigureCalculator.compute(empty, ReportSettings.defaults());
        assertFalse(f.hasData());
        String html = ReportPage.render(f, List.of());
        assertTrue(html.contains("No articles in the warehouse for week 2021-W50 (2021-12-13 to 2021-12-19)"));
        assertFalse(html.contains("<svg"));
    }

    @Test
    void csvQuotesFieldsAndDefusesFormulas() {
        assertEquals("-0.2643", Csv.field(-0.26430000000000003));
        assertEquals("0", Csv.field(0.0));
        assertEquals("0.0000001", Csv.field(1e-7));
        assertEquals("12", Csv.field(12L));
        assertEquals("", Csv.field(null));
        assertEquals("\"a, \"\"b\"\"\"", Csv.field("a, \"b\""));
        assertEquals("\"'=HYPERLINK(\"\"x\"\")\"", Csv.field("=HYPERLINK(\"x\")"), "a formula stays text");
        assertEquals("h1,h2\r\n1,x\r\n", new Csv("h1", "h2").row(1, "x").toString());
    }

    @Test
    void axesFitTheValuesWithRoundTicks() {
        assertEquals(List.of(0.0, 1.0, 2.0, 3.0, 4.0, 5.0), Axis.ticks(-0.3, 5.0));
        assertEquals(List.of(-0.6, -0.4, -0.2, 0.0, 0.2, 0.4, 0.6), Axis.ticks(-0.62, 0.72));
        Axis a = Axis.fitting(List.of(-0.62, 0.72), false);
        assertEquals(-0.8, a.min(), 1e-12, "one step beyond the data");
        assertEquals(0.8, a.max(), 1e-12);
        Axis counts = Axis.fitting(List.of(3.0, 5.0), true);
        assertEquals(0.0, counts.min());
        assertEquals("5", counts.format().apply(5.0));
        assertEquals(-1.0, Axis.SENTIMENT.min());
    }

    @Test
    void benjaminiHochbergMatchesR() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
        assertArrayEquals(new double[]{0.025, 0.05, 0.05, 0.025, 0.5},
                BenjaminiHochberg.adjust(new double[]{0.01, 0.04, 0.03, 0.005, 0.5}), 1e-12);
    }
}
