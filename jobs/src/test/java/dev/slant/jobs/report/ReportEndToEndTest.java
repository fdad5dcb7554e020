package dev.slant.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The report on a real fixture warehouse: files, numbers against the raw quotes, escaping, and a real browser. */
class ReportEndToEndTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    static Warehouse wh;
    static WeeklyReport.Result report;

    @BeforeAll
    static void fixture() {
        // Kept under target/ so `./slant report --warehouse jobs/target/report-fixture-warehouse` can be tried by hand.
        wh = ReportFixture.write(spark, Path.of("target/report-fixture-warehouse").toAbsolutePath());
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
        assertTrue(html.contains("Not computed"), "no framing_tests/framing_words in this warehouse");
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

    /** compare's tables, with its column names and types (docs/tables.md on the compare branch), read back from Parquet. */
    @Test
    void showsCompareTablesWhenTheWarehouseHasThem() throws Exception {
        Warehouse with = ReportFixture.write(spark, tmp.resolve("wh-compare"));
        var top = report.figures().actors().get(0);
        String outlet = top.cells().get(0).outlet();
        StructType tests = new StructType().add("actor_id", DataTypes.StringType)
                .add("actor_name", DataTypes.StringType).add("test", DataTypes.StringType)
                .add("level", DataTypes.StringType).add("group_a", DataTypes.StringType)
                .add("group_b", DataTypes.StringType).add("groups", DataTypes.StringType)
                .add("quotes", DataTypes.LongType).add("articles", DataTypes.LongType)
                .add("statistic", DataTypes.DoubleType).add("df", DataTypes.IntegerType)
                .add("cramers_v", DataTypes.DoubleType).add("p_value", DataTypes.DoubleType)
                .add("p_adjusted", DataTypes.DoubleType).add("significant", DataTypes.BooleanType);
        with.replace("framing_tests", spark.createDataFrame(List.of(
                RowFactory.create(top.actorId(), top.actorName(), "chi2_label_by_source", "source", null, null,
                        "bbc, cnn", 30L, 9L, 11.5, 4, 0.437, 0.021, 0.042, true),
                RowFactory.create("Q0", "Not This Week", "chi2_label_by_source", "source", null, null, "x, y", 9L,
                        4L, 1.0, 1, 0.1, 0.5, 0.6, false)), tests));
        StructType words = new StructType().add("corpus", DataTypes.StringType).add("level", DataTypes.StringType)
                .add("source_key", DataTypes.StringType).add("lean", DataTypes.StringType)
                .add("actor_id", DataTypes.StringType).add("actor_name", DataTypes.StringType)
                .add("rank", DataTypes.IntegerType).add("word", DataTypes.StringType)
                .add("z", DataTypes.DoubleType).add("low_count", DataTypes.BooleanType);
        with.replace("framing_words", spark.createDataFrame(List.of(
                RowFactory.create("quotes", "source", outlet, null, top.actorId(), top.actorName(), 1, "terrorist",
                        2.7, false),
                RowFactory.create("quotes", "source", outlet, null, top.actorId(), top.actorName(), 2, "<b>bold</b>",
                        1.2, true)), words));
        WeeklyReport.Result r = WeeklyReport.generate(with, IsoWeek.parse(ReportFixture.WEEK),
                tmp.resolve("out-compare"), ReportSettings.defaults());
        String html = Files.readString(r.folder().resolve("index.html"));
        assertFalse(html.contains("Not computed"), "both tables shown");
        assertTrue(html.contains("chi2_label_by_source") && html.contains("0.437"), "the week's actor's test");
        assertFalse(html.contains("Not This Week"), "other actors' tests are left to the CSV of compare");
        assertTrue(html.contains("terrorist <small>(2.7)</small>"));
        assertTrue(html.contains("&lt;b&gt;bold&lt;/b&gt;"), "words are escaped too");
        assertTrue(Files.readString(r.folder().resolve("framing_tests.csv")).contains("0.437"));
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
