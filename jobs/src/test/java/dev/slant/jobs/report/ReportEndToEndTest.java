package dev.slant.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.stats.BenjaminiHochberg;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.StreamSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The report on a real fixture warehouse after a real compare run: files, numbers against the raw quotes and against
 * every row of compare's tables they come from, escaping, and a real browser.
 */
@Tag("slow")
class ReportEndToEndTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Warehouse wh;
    static WeeklyReport.Result report;
    static String compareRunId;

    @BeforeAll
    static void fixture() {
        // Kept under target/ so `./slant report --warehouse jobs/target/report-fixture-warehouse` can be tried by hand.
        wh = ReportFixture.write(spark, Path.of("target/report-fixture-warehouse").toAbsolutePath());
        CompareOptions options = CompareOptions.defaults().withTopics(3);
        Runs.Started run = Runs.start(Runs.COMPARE, options);
        Compare.run(spark, wh, options);
        compareRunId = run.finish(wh, null, Tables.COMPARISON).runId();
        report = WeeklyReport.generate(wh, IsoWeek.parse(ReportFixture.WEEK), tmp.resolve("out"),
                ReportSettings.defaults());
        System.err.println(report.summary());
    }

    @Test
    void writesPageJsonAndOneCsvPerTable() throws Exception {
        Path dir = report.folder();
        assertEquals(tmp.resolve("out/2021-W49"), dir);
        for (String f : List.of("index.html", "report.json", "headline.csv", "actor_outlet.csv", "changes.csv",
                "differences.csv", "characteristic_quotes.csv")) {
            assertTrue(Files.size(dir.resolve(f)) > 0, f);
        }
        String html = Files.readString(dir.resolve("index.html"));
        assertTrue(html.contains("href=\"actor_outlet.csv\""), "the page links its CSV files");
        assertFalse(html.contains("Not computed"), "compare ran: its tables are shown");
        assertTrue(html.contains(compareRunId), "the page names the compare run it shows");
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertEquals("2021-W49", json.get("week").asText());
        assertEquals(report.figures().actors().size(), json.get("actors").size());
    }

    /** The headline and one actor's cell recomputed straight from the fixture rows, not from the report's code. */
    @Test
    void numbersMatchTheRawQuotes() {
        var f = report.figures();
        List<String> weekArticles = ReportFixture.articles().stream()
                .filter(a -> IsoWeek.of(a.published()).toString().equals(ReportFixture.WEEK))
                .map(ReportFixture.Article::id).toList();
        List<ReportFixture.Quote> weekQuotes = ReportFixture.quotes().stream()
                .filter(q -> weekArticles.contains(q.articleId())).toList();
        assertEquals(weekArticles.size(), f.headline().articles());
        assertEquals(weekQuotes.size(), f.headline().quotes());
        assertEquals(weekQuotes.stream().filter(q -> q.actorId() != null).count(), f.headline().attributedQuotes());

        var top = f.actors().get(0);
        assertEquals(weekQuotes.stream().filter(q -> top.actorId().equals(q.actorId())).count(), top.quotes());
        var cell = top.cells().get(0);
        List<ReportFixture.Quote> cellQuotes = new ArrayList<>();
        for (ReportFixture.Quote q : weekQuotes) {
            String outlet = ReportFixture.articles().stream().filter(a -> a.id().equals(q.articleId())).findFirst()
                    .orElseThrow().sourceKey();
            if (top.actorId().equals(q.actorId()) && outlet.equals(cell.outlet())) {
                cellQuotes.add(q);
            }
        }
        double mean = cellQuotes.stream().mapToDouble(ReportFixture.Quote::score).average().orElseThrow();
        assertEquals(cellQuotes.size(), cell.quotes());
        assertEquals(mean, cell.meanSentiment(), 1e-9);
        assertTrue(cell.ciLow() <= mean && mean <= cell.ciHigh(), "interval holds the mean: " + cell);
    }

    @Test
    void articleTextCannotInjectHtml() throws Exception {
        String html = Files.readString(report.folder().resolve("index.html"));
        assertFalse(html.contains("<script"), "no script element at all");
        assertFalse(html.contains("<img"), "no injected image");
        assertFalse(html.toLowerCase().contains("javascript:"), "a javascript: URL is never a link");
        assertTrue(html.contains("evil&lt;script&gt;alert(3)&lt;/script&gt;"), "the outlet name is shown, escaped");
        String csv = Files.readString(report.folder().resolve("actor_outlet.csv"));
        assertTrue(csv.contains("evil<script>alert(3)</script>"), "CSV keeps the raw value");
    }

    /**
     * The whole report against compare's tables: every actor line, outlet cell, week-over-week change and difference
     * in report.json and the CSVs is the row of framing_cells / framing_tests for the week, field by field, and every
     * outlet-pair test of the week for the shown actors is on the page.
     */
    @Test
    void everyFigureIsARowOfCompareTables() throws Exception {
        String week = ReportFixture.WEEK;
        Map<String, Row> cells = new HashMap<>();
        for (Row r : wh.read(Tables.FRAMING_CELLS).filter(col("week").equalTo(week)).collectAsList()) {
            cells.put(r.getAs("level") + "|" + r.getAs("source_key") + "|" + r.getAs("actor_id"), r);
        }
        List<Row> weekTests = wh.read(Tables.FRAMING_TESTS).filter(col("week").equalTo(week)).collectAsList();
        Path dir = report.folder();
        JsonNode json = new ObjectMapper().readTree(dir.resolve("report.json").toFile());
        assertTrue(json.get("compareRun").asText().contains(compareRunId), json.get("compareRun").asText());
        assertEquals(CompareOptions.DEFAULT_TRAILING_WEEKS, json.get("trailingWeeks").asInt());

        JsonNode actors = json.get("actors");
        assertTrue(actors.size() >= 3, "Psaki, Lavrov and Peskov are quoted in " + week);
        Set<String> shown = new HashSet<>();
        int outletCells = 0;
        int withPrevious = 0;
        for (JsonNode a : actors) {
            String id = a.get("actorId").asText();
            shown.add(id);
            Row row = cells.get("actor_week|null|" + id);
            assertNotNull(row, "actor_week row of " + id);
            same(row, a, "quotes=quotes", "articles=articles", "mean_sentiment=meanSentiment", "ci_low=ciLow",
                    "ci_high=ciHigh");
            JsonNode c = a.get("change");
            same(row, c, "quotes=quotes", "previous_quotes=previousQuotes",
                    "trailing_quotes_per_week=trailingQuotesPerWeek", "mean_sentiment=meanSentiment",
                    "previous_mean_sentiment=previousMean", "trailing_mean_sentiment=trailingMean",
                    "change_vs_previous=changeVsPrevious", "change_vs_trailing=changeVsTrailing");
            withPrevious += c.get("changeVsPrevious").isNull() ? 0 : 1;
            for (JsonNode cell : a.get("cells")) {
                Row r = cells.get("source_week|" + cell.get("outlet").asText() + "|" + id);
                if (cell.get("quotes").asLong() == 0) {
                    assertTrue(r == null || r.<Long>getAs("quotes") == 0, "no quotes of " + id + " in " + cell);
                    continue;
                }
                outletCells++;
                assertNotNull(r, "source_week row for " + cell);
                same(r, cell, "quotes=quotes", "articles=articles", "mean_sentiment=meanSentiment", "ci_low=ciLow",
                        "ci_high=ciHigh", "group_quotes=outletQuotes", "voice_share=voiceShare");
                assertEquals(r.<Boolean>getAs("low_count"), cell.get("lowCount").asBoolean(), cell.toString());
                assertEquals(r.<String>getAs("lean"), cell.get("lean").isNull() ? null : cell.get("lean").asText());
            }
        }
        assertTrue(outletCells >= 8, "outlet cells checked: " + outletCells);
        assertTrue(withPrevious >= 1, "an actor quoted in the previous week too has a week-over-week change");

        List<Row> pairs = weekTests.stream().filter(t -> "mean_diff_source_week".equals(t.getAs("test"))
                && shown.contains(t.<String>getAs("actor_id"))).toList();
        JsonNode diffs = json.get("differences");
        assertFalse(pairs.isEmpty(), "the fixture week has outlet pairs to test");
        assertEquals(pairs.size(), diffs.size(), "every outlet-pair test of the week is shown, none added");
        for (JsonNode d : diffs) {
            Row t = pair(pairs, d.get("actorId").asText(), d.get("outletA").asText(), d.get("outletB").asText());
            same(t, d, "mean_a=meanA", "mean_b=meanB", "diff=difference", "diff_ci_low=ciLow",
                    "diff_ci_high=ciHigh", "quotes=quotes", "articles=articles", "p_value=pValue",
                    "p_adjusted=pAdjusted");
            assertEquals(t.<Boolean>getAs("significant"), d.get("significant").asBoolean());
        }
        // The week's tests are one Benjamini–Hochberg family of their own.
        double[] adjusted = BenjaminiHochberg.adjust(weekTests.stream().mapToDouble(t -> t.getAs("p_value"))
                .toArray());
        for (int i = 0; i < weekTests.size(); i++) {
            assertEquals(adjusted[i], weekTests.get(i).<Double>getAs("p_adjusted"), 1e-12);
        }
        long otherTests = weekTests.stream().filter(t -> !"mean_diff_source_week".equals(t.getAs("test"))
                && shown.contains(t.<String>getAs("actor_id"))).count();
        assertEquals(otherTests, json.get("framingTests").get("rows").size(), "the week's other tests");

        // The CSVs carry the same numbers (to the six significant digits they are written with).
        List<Map<String, String>> csvCells = csv(dir.resolve("actor_outlet.csv"));
        assertEquals(StreamSupport.stream(actors.spliterator(), false).mapToInt(a -> a.get("cells").size()).sum(),
                csvCells.size());
        for (Map<String, String> c : csvCells) {
            Row r = cells.get("source_week|" + c.get("outlet") + "|" + c.get("actor_id"));
            if (r != null && r.<Long>getAs("quotes") > 0) {
                for (String col : List.of("quotes", "articles", "mean_sentiment", "ci_low", "ci_high")) {
                    close(r, col, c.get(col));
                }
                close(r, "group_quotes", c.get("outlet_quotes"));
                close(r, "voice_share", c.get("voice_share"));
            }
        }
        for (Map<String, String> c : csv(dir.resolve("changes.csv"))) {
            Row r = cells.get("actor_week|null|" + c.get("actor_id"));
            close(r, "previous_quotes", c.get("previous_quotes"));
            close(r, "trailing_quotes_per_week", c.get("trailing_quotes_per_week"));
            close(r, "previous_mean_sentiment", c.get("previous_mean"));
            close(r, "trailing_mean_sentiment", c.get("trailing_mean"));
            close(r, "change_vs_previous", c.get("change_vs_previous"));
            close(r, "change_vs_trailing", c.get("change_vs_trailing"));
        }
        List<Map<String, String>> csvDiffs = csv(dir.resolve("differences.csv"));
        assertEquals(pairs.size(), csvDiffs.size());
        for (Map<String, String> c : csvDiffs) {
            Row t = pair(pairs, c.get("actor_id"), c.get("outlet_a"), c.get("outlet_b"));
            for (String col : List.of("mean_a", "mean_b", "diff_ci_low", "diff_ci_high", "p_value", "p_adjusted")) {
                close(t, col, c.get(col));
            }
            close(t, "diff", c.get("difference"));
        }
    }

    private static Row pair(List<Row> tests, String actor, String a, String b) {
        return tests.stream().filter(x -> x.getAs("actor_id").equals(actor) && x.getAs("group_a").equals(a)
                && x.getAs("group_b").equals(b)).findFirst().orElseThrow();
    }

    /** Each `column=field`: the report's JSON field is exactly the table's column. */
    private static void same(Row r, JsonNode n, String... columnEqualsField) {
        for (String cf : columnEqualsField) {
            String[] p = cf.split("=");
            same(r, p[0], n.get(p[1]));
        }
    }

    /** The JSON value is exactly the table's (Jackson writes doubles in full). */
    private static void same(Row r, String column, JsonNode v) {
        Object expected = r.getAs(column);
        if (expected == null) {
            assertTrue(v == null || v.isNull(), column + " is null in the table, " + v + " in the report");
        } else if (expected instanceof Double d) {
            assertEquals(d, v.asDouble(), 0.0, column);
        } else {
            assertEquals(((Number) expected).longValue(), v.asLong(), column);
        }
    }

    private static void close(Row r, String column, String csvValue) {
        Object expected = r.getAs(column);
        if (expected == null) {
            assertEquals("", csvValue, column);
        } else {
            double e = ((Number) expected).doubleValue();
            assertEquals(e, Double.parseDouble(csvValue), Math.abs(e) * 1e-5 + 1e-12, column);
        }
    }

    /** RFC 4180 as {@link Csv} writes it: quoted fields may hold commas, quotes and line breaks. */
    private static List<Map<String, String>> csv(Path file) throws Exception {
        String text = Files.readString(file);
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char ch = text.charAt(i);
            if (quoted) {
                if (ch == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (ch == '"') {
                    quoted = false;
                } else {
                    field.append(ch);
                }
            } else if (ch == '"') {
                quoted = true;
            } else if (ch == ',') {
                row.add(field.toString());
                field.setLength(0);
            } else if (ch == '\n') {
                row.add(field.toString());
                field.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
            } else if (ch != '\r') {
                field.append(ch);
            }
        }
        List<Map<String, String>> out = new ArrayList<>();
        for (List<String> r : rows.subList(1, rows.size())) {
            Map<String, String> m = new HashMap<>();
            for (int i = 0; i < r.size(); i++) {
                m.put(rows.get(0).get(i), r.get(i));
            }
            out.add(m);
        }
        return out;
    }

    /** Without compare's tables the page still counts the week, and says where its statistics would come from. */
    @Test
    void withoutCompareTablesThePageSaysNotComputed() throws Exception {
        Warehouse without = ReportFixture.write(spark, tmp.resolve("wh-no-compare"));
        WeeklyReport.Result r = WeeklyReport.generate(without, IsoWeek.parse(ReportFixture.WEEK),
                tmp.resolve("out-no-compare"), ReportSettings.defaults());
        assertEquals(report.figures().headline(), r.figures().headline(), "the same counts, from the same selection");
        assertTrue(r.figures().actors().isEmpty() && r.figures().differences().isEmpty());
        String html = Files.readString(r.folder().resolve("index.html"));
        assertTrue(html.contains("Not computed: the warehouse has no framing_cells table"), html);
    }

    @Test
    void weekWithoutDataWritesAPageSayingSo() throws Exception {
        int code = Slant.run(new String[]{"report", "--warehouse", wh.root().toUri().getPath(), "--week", "2019-W02",
                "--out", tmp.resolve("out").toString(), "--master", "local[1]"});
        assertEquals(0, code);
        String html = Files.readString(tmp.resolve("out/2019-W02/index.html"));
        assertTrue(html.contains("No articles in the warehouse for week 2019-W02"), html);
        assertFalse(new ObjectMapper().readTree(tmp.resolve("out/2019-W02/report.json").toFile())
                .get("hasData").asBoolean());
    }

    @Test
    void opensInHeadlessChromiumWithEveryChartDrawn() throws Exception {
        assumeTrue(HeadlessChromium.available(), "no /usr/bin/chromium (docs/ci-browser-setup.sh installs it)");
        Path html = report.folder().resolve("index.html");
        HeadlessChromium.Run run = HeadlessChromium.dumpDom(html, tmp.resolve("chromium"));
        assertEquals(0, run.exitCode(), run.log());
        for (String line : run.log().split("\n")) {
            assertFalse(line.contains(":CONSOLE") || line.contains("Uncaught") || line.contains("Refused to"),
                    "browser console: " + line);
        }
        String dom = run.dom();
        assertTrue(dom.contains("<title>Slant weekly report 2021-W49</title>"), "title intact (no injected script)");
        assertFalse(dom.contains("<script"), "no script in the rendered DOM");
        assertFalse(dom.contains("<img"), "no injected image in the rendered DOM");

        var actors = report.figures().actors();
        assertFalse(actors.isEmpty());
        for (int i = 1; i <= actors.size(); i++) {
            var a = actors.get(i - 1);
            String dots = svg(dom, "sentiment-" + i);
            long drawnCells = a.cells().stream().filter(c -> c.meanSentiment() != null).count();
            assertEquals(drawnCells, count(dots, "<circle "), "dots of " + a.actorName());
            assertEquals(drawnCells, Pattern.compile("class=\"whisker( low)?\"").matcher(dots).results().count(),
                    "whiskers of " + a.actorName());
            assertTrue(dots.contains("aria-labelledby=\"sentiment-" + i + "-title"), "accessible name");
            String bars = svg(dom, "voice-" + i);
            assertEquals(a.cells().size(), count(bars, "<rect "), "bars of " + a.actorName());
            assertTrue(bars.contains("share of the outlet"), "axis label");
        }

        Path png = Path.of("target/report-2021-W49.png").toAbsolutePath();
        HeadlessChromium.Run shot = HeadlessChromium.screenshot(html, png, tmp.resolve("chromium"));
        assertEquals(0, shot.exitCode(), shot.log());
        assertTrue(Files.size(png) > 50_000, "a rendered page, not a blank one: " + Files.size(png) + " bytes");
        Files.copy(html, Path.of("target/report-2021-W49.html"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static String svg(String dom, String id) {
        Matcher m = Pattern.compile("<svg[^>]*id=\"" + Pattern.quote(id) + "\".*?</svg>", Pattern.DOTALL).matcher(dom);
        assertTrue(m.find(), "chart " + id + " in the DOM");
        return m.group();
    }

    private static long count(String s, String needle) {
        long n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }
}
