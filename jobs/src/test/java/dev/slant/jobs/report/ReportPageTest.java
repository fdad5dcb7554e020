package dev.slant.jobs.report;

import dev.slant.jobs.stats.BenjaminiHochberg;
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

    /** Two outlets quoting Peskov with the article's own words, plus one outlet whose name and link are hostile. */
    private static WeekData week(WeekData.Table tests, WeekData.Table words) {
        List<QuoteRow> q = new ArrayList<>();
        String[] texts = {"long and substantial", "difficult to expect progress from these talks",
                "we will not tolerate this", "the talks were constructive", "Russia poses no threat to anyone",
                "a very worrying situation"};
        double[] scores = {0.1, -0.45, -0.6, 0.35, -0.05, -0.7};
        for (int i = 0; i < 12; i++) {
            String outlet = i % 2 == 0 ? "atalayar" : "reuters";
            q.add(new QuoteRow("q" + i, outlet + "-a" + (i % 4), outlet, i % 2 == 0 ? "center" : null,
                    texts[i % texts.length], "direct", "said", "Dmitry Peskov", "Q4164776", "Dmitry Peskov",
                    "neutral", scores[i % scores.length] + i * 0.01, "Title " + i, "https://example.org/" + i));
        }
        q.add(new QuoteRow("q-evil", "evil-1", NASTY, null, NASTY, "direct", NASTY, null, "Q4164776",
                "Dmitry Peskov", "negative", -0.99, NASTY, "javascript:alert(1)"));
        q.add(new QuoteRow("q-none", "atalayar-a0", "atalayar", "center", "unattributed words here", "direct",
                "said", null, null, null, "neutral", 0.0, "Title 0", "https://example.org/0"));
        return new WeekData(IsoWeek.parse("2021-W49"), 9, 1, Map.of("atalayar", 4L, "reuters", 4L, NASTY, 1L),
                Map.of("atalayar", "center"), q, Map.of("2021-W48", 5L, "2021-W49", 9L),
                Map.of("2021-W48", 7L, "2021-W49", (long) q.size()),
                List.of(new ActorWeek("Q4164776", "2021-W48", 4, -0.8, 4)), tests, words);
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
    void figuresFollowFromTheQuotes() {
        WeeklyFigures f = FigureCalculator.compute(week(null, null), ReportSettings.defaults());
        assertEquals(14, f.headline().quotes());
        assertEquals(13, f.headline().attributedQuotes());
        assertEquals(1, f.headline().actorsQuoted());
        assertEquals(5L, f.headline().previousArticles());
        WeeklyFigures.OutletCell atalayar = f.actors().get(0).cells().stream()
                .filter(c -> c.outlet().equals("atalayar")).findFirst().orElseThrow();
        assertEquals(6, atalayar.quotes());
        assertEquals(7, atalayar.outletQuotes(), "the unattributed quote counts in the denominator");
        assertEquals(6 / 7.0, atalayar.voiceShare(), 1e-12);
        assertFalse(atalayar.lowCount());
        WeeklyFigures.Change c = f.changes().get(0);
        assertEquals(4L, c.previousQuotes());
        assertEquals(-0.2, c.previousMean(), 1e-12);
        assertEquals(0.5, c.trailingQuotesPerWeek(), 1e-12, "4 quotes over 8 weeks");
        assertEquals(1, f.differences().size(), "atalayar vs reuters; the one-article outlet is not tested");
        WeeklyFigures.Difference d = f.differences().get(0);
        assertTrue(d.pValue() > 0 && d.pValue() <= 1 && d.pAdjusted() >= d.pValue());
        assertEquals(1, f.actors().get(0).mostNegative().stream().filter(q -> q.quoteId().equals("q-evil")).count());
    }

    @Test
    void framingTablesShownWhenPresentAndNotComputedWhenAbsent() {
        String absent = ReportPage.render(FigureCalculator.compute(week(null, null), ReportSettings.defaults()),
                List.of());
        assertEquals(2, absent.split("Not computed", -1).length - 1, "tests and words both say so");

        WeekData.Table tests = new WeekData.Table("framing_tests", "", List.of("actor_id", "actor_name", "test",
                "cramers_v", "p_value", "p_adjusted", "significant"), List.of(
                Map.of("actor_id", "Q4164776", "actor_name", "Dmitry Peskov", "test", "chi2_label_by_source",
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
        assertTrue(html.contains("chi2_label_by_source") && html.contains("0.310"));
        assertTrue(html.contains("substantial <small>(2.5)</small>"));
        assertFalse(html.contains("kremlin"));
    }

    @Test
    void emptyWeekSaysSo() {
        WeekData empty = new WeekData(IsoWeek.parse("2021-W50"), 0, 0, Map.of(), Map.of(), List.of(), Map.of(),
                Map.of(), List.of(), null, null);
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
    void benjaminiHochbergMatchesR() {
        // R: p.adjust(c(0.01, 0.04, 0.03, 0.005, 0.5), "BH") = 0.025 0.05 0.05 0.025 0.5
        assertArrayEquals(new double[]{0.025, 0.05, 0.05, 0.025, 0.5},
                BenjaminiHochberg.adjust(new double[]{0.01, 0.04, 0.03, 0.005, 0.5}), 1e-12);
    }

    @Test
    void bootstrapIsSeededAndResamplesArticles() {
        List<double[]> articles = List.of(new double[]{-0.5, -0.4, -0.6}, new double[]{0.2}, new double[]{0.1, 0.0});
        double[] a = ArticleBootstrap.interval(articles, 2000, 0.95, 42);
        assertArrayEquals(a, ArticleBootstrap.interval(articles, 2000, 0.95, 42), "same seed, same interval");
        // The extremes of the resampled mean are the all-one-article draws: -0.5 and 0.2.
        assertTrue(a[0] >= -0.5 - 1e-12 && a[1] <= 0.2 + 1e-12 && a[0] < a[1], a[0] + " " + a[1]);
        assertArrayEquals(new double[]{0.3, 0.3}, ArticleBootstrap.interval(List.of(new double[]{0.2, 0.4}), 100,
                0.95, 1), 1e-12, "one article: no spread to resample");
    }
}
