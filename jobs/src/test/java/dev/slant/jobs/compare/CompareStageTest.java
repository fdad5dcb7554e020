package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.stats.Contingency;
import dev.slant.jobs.stats.FightinWords;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.linalg.VectorUDT;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.ml.stat.ChiSquareTest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole compare stage on {@link CompareFixture}, through the warehouse, checked against hand-worked figures. */
class CompareStageTest extends SparkTestBase {
    private static final CompareOptions OPTIONS = CompareOptions.defaults().withTopics(3)
            .withTopicModel(1000, 2, 15).withResampling(400, 600);
    private static CompareResult result;
    private static String summary;
    private static Path warehouseDir;

    @BeforeAll
    static void runStage() throws Exception {
        warehouseDir = Files.createTempDirectory("slant-compare-test");
        Warehouse wh = new Warehouse(spark, warehouseDir.toString());
        CompareFixture f = CompareFixture.build();
        wh.replace(Tables.ARTICLES.name(), f.articles(spark));
        wh.replace(Tables.QUOTES.name(), f.quotes(spark));
        wh.replace(Tables.MENTIONS.name(), f.mentions(spark));
        result = Compare.run(spark, wh, OPTIONS);
        summary = CompareSummary.format(result, OPTIONS);
        for (String t : Tables.COMPARISON.stream().map(Table::name).toList()) {
            assertTrue(wh.exists(t), t + " written");
        }
    }

    @AfterAll
    static void removeWarehouse() throws Exception {
        if (warehouseDir != null) {
            try (var paths = Files.walk(warehouseDir)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }

    /** Same table through MLlib: the hand value in StatisticsTest, 451/36 with p = exp(−451/72). */
    @Test
    void mllibChiSquareMatchesTheHandComputedTable() {
        long[][] table = {{10, 20, 30}, {20, 20, 10}};
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            for (int j = 0; j < 3; j++) {
                for (long k = 0; k < table[i][j]; k++) {
                    rows.add(RowFactory.create(Vectors.dense(i), (double) j));
                }
            }
        }
        Dataset<Row> df = spark.createDataFrame(rows, new StructType().add("features", new VectorUDT())
                .add("label", DataTypes.DoubleType));
        Row r = ChiSquareTest.test(df, "features", "label").head();
        assertEquals(451.0 / 36.0, ((Vector) r.getAs("statistics")).apply(0), 1e-9);
        assertEquals(Math.exp(-451.0 / 72.0), ((Vector) r.getAs("pValues")).apply(0), 1e-9);
    }

    @Test
    void countsAndInputsAreReported() {
        CompareResult.Counts c = result.counts();
        assertEquals(16, c.articles(), "17 articles minus the syndicated copy");
        assertEquals(1, c.syndicatedExcluded());
        assertEquals(18 + 6 + 2 + 18 + 2 + 6 + 2, c.quotes());
        assertEquals(18 + 6 + 18 + 2 + 6 + 2, c.actorQuotes());
        assertEquals(14, c.mentions());
        assertEquals(0, c.orphanQuotes());
    }

    @Test
    void sourceCellHasHandWorkedFigures() {
        Row nyt = cell("source", "nytimes.com", null, "all", CompareFixture.PESKOV);
        assertEquals("left", nyt.getAs("lean"));
        assertEquals("Dmitry Peskov", nyt.getAs("actor_name"));
        assertEquals(6L, (long) nyt.getAs("articles"));
        assertEquals(18L, (long) nyt.getAs("quotes"));
        assertEquals(26L, (long) nyt.getAs("group_quotes"));
        assertEquals(18.0 / 26.0, nyt.<Double>getAs("voice_share"), 1e-12);
        assertEquals(-0.625, nyt.<Double>getAs("mean_sentiment"), 1e-12);
        double lo = nyt.getAs("ci_low");
        double hi = nyt.getAs("ci_high");
        assertTrue(lo < -0.625 && -0.625 < hi && lo >= -0.85 && hi <= -0.4, lo + " .. " + hi);
        assertEquals(1.0, nyt.<Double>getAs("share_negative"), 1e-12);
        assertEquals(0.0, nyt.<Double>getAs("share_positive"), 1e-12);
        assertEquals(1.0 / 3, nyt.<Double>getAs("share_direct"), 1e-12);
        assertEquals(1.0 / 3, nyt.<Double>getAs("share_partial"), 1e-12);
        assertEquals(1.0 / 3, nyt.<Double>getAs("share_indirect"), 1e-12);
        assertEquals("said (12), warned (6)", nyt.getAs("top_cues"));
        assertEquals(6L, (long) nyt.getAs("target_mentions"));
        assertEquals(-0.3, nyt.<Double>getAs("mean_target_sentiment"), 1e-12);
        assertFalse(nyt.<Boolean>getAs("low_count"));

        Row fox = cell("source", "foxnews.com", null, "all", CompareFixture.PESKOV);
        assertEquals(0.525, fox.<Double>getAs("mean_sentiment"), 1e-12);
    }

    @Test
    void articleStanceReadsTheWritersVoiceOnly() {
        Dataset<Row> stance = result.articleStance();
        // fox-0, fox-1: "Peskov welcomed the dialogue." at +0.5, beyond the band: positive
        Row fox = stance.filter(col("article_id").equalTo("fox-0").and(col("actor_id").equalTo(CompareFixture.PESKOV)))
                .head();
        assertEquals("positive", fox.getAs("stance_label"));
        assertEquals(0.5, fox.<Double>getAs("stance_score"), 1e-12);
        assertEquals("band", fox.getAs("stance_method"), "the fixture's mentions carry no stance logits");
        assertEquals(1L, (long) fox.getAs("voiced_mentions"));
        assertEquals("foxnews.com", fox.getAs("source_key"));
        // nyt: "Peskov denied the aggression claims." reports others' claims: no writer's-voice mention, neutral
        Row nyt = stance.filter(col("article_id").equalTo("nyt-0")).head();
        assertEquals("neutral", nyt.getAs("stance_label"));
        assertNull(nyt.getAs("stance_score"));
        assertEquals(1L, (long) nyt.getAs("scored_mentions"));
        assertEquals(0L, (long) nyt.getAs("voiced_mentions"));
        assertEquals(6 + 6 + 2, stance.count(), "one row per article x actor named (the fixture has no sentiment_model)");

        Row foxCell = cell("source", "foxnews.com", null, "all", CompareFixture.PESKOV);
        assertEquals(2L, (long) foxCell.getAs("stance_articles"));
        assertEquals(0.5, foxCell.<Double>getAs("mean_article_stance"), 1e-12);
        assertEquals(1.0, foxCell.<Double>getAs("share_articles_positive"), 1e-12);
        assertEquals(0.0, foxCell.<Double>getAs("share_articles_negative"), 1e-12);
        Row nytCell = cell("source", "nytimes.com", null, "all", CompareFixture.PESKOV);
        assertEquals(6L, (long) nytCell.getAs("stance_articles"));
        assertNull(nytCell.getAs("mean_article_stance"), "no article has a writer's-voice mention");
        assertEquals(0.0, nytCell.<Double>getAs("share_articles_negative"), 1e-12);
        Row lavrov = cell("lean", null, "right", "all", CompareFixture.LAVROV);
        assertEquals(6L, (long) lavrov.getAs("stance_articles"));
        assertEquals(0.1, lavrov.<Double>getAs("mean_article_stance"), 1e-12);
        Row psaki = cell("source", "foxnews.com", null, "all", CompareFixture.PSAKI);
        assertEquals(0L, (long) psaki.getAs("stance_articles"), "quoted, never mentioned");
    }

    @Test
    void weeklyAndLeanCells() {
        Row w49 = cell("source_week", "nytimes.com", null, "2021-W49", CompareFixture.PESKOV);
        assertEquals(12L, (long) w49.getAs("quotes"));
        assertEquals(-0.575, w49.<Double>getAs("mean_sentiment"), 1e-12);
        Row left = cell("lean", null, "left", "all", CompareFixture.PESKOV);
        assertEquals(18L, (long) left.getAs("quotes"));
        assertEquals(-0.625, left.<Double>getAs("mean_sentiment"), 1e-12);
        assertEquals(0L, result.cells().filter(col("level").startsWith("lean")
                .and(col("lean").isNull())).count(), "tiny.com has no lean: no lean cell");
        Row leanWeek = cell("lean_week", null, "right", "2021-W50", CompareFixture.PESKOV);
        assertEquals(9L, (long) leanWeek.getAs("quotes"));
    }

    @Test
    void smallCellsAreFlaggedNotHidden() {
        Row tiny = cell("source", "tiny.com", null, "all", CompareFixture.PESKOV);
        assertEquals(1L, (long) tiny.getAs("quotes"));
        assertTrue(tiny.<Boolean>getAs("low_count"));
        assertNull(tiny.getAs("ci_low"), "one article: no interval");
        Row psaki = cell("source", "foxnews.com", null, "all", CompareFixture.PSAKI);
        assertEquals(2L, (long) psaki.getAs("quotes"));
        assertEquals(1L, (long) psaki.getAs("scored_quotes"));
        assertEquals(0.1, psaki.<Double>getAs("mean_sentiment"), 1e-12);
        assertTrue(psaki.<Boolean>getAs("low_count"));
        Row lavrov = cell("source", "foxnews.com", null, "all", CompareFixture.LAVROV);
        assertEquals(0L, (long) lavrov.getAs("quotes"), "mentioned, never quoted");
        assertEquals(0.0, lavrov.<Double>getAs("voice_share"), 1e-12);
        assertEquals(6L, (long) lavrov.getAs("target_mentions"));
        assertTrue(lavrov.<Boolean>getAs("low_count"));
        Row unscored = cell("source", "tiny.com", null, "all", CompareFixture.LAVROV);
        assertEquals(1L, (long) unscored.getAs("quotes"));
        assertEquals(0L, (long) unscored.getAs("scored_quotes"));
        assertNull(unscored.getAs("mean_sentiment"));
        assertNull(unscored.getAs("share_negative"), "no labelled quote: no share (and no division by zero)");
        assertEquals(0.5, unscored.<Double>getAs("voice_share"), 1e-12);
    }

    @Test
    void syndicatedCopiesCountOnlyWhenAsked() {
        CompareFixture f = CompareFixture.build();
        for (boolean count : new boolean[] {false, true}) {
            CompareOptions o = OPTIONS.withCountSyndicated(count);
            CompareInputs in = CompareInputs.prepare(f.articles(spark), f.quotes(spark), f.mentions(spark), o);
            Dataset<Row> cells = FramingCells.compute(in, o).filter(col("level").equalTo("source")
                    .and(col("actor_id").equalTo(CompareFixture.PESKOV))).cache();
            Row reuters = cells.filter(col("source_key").equalTo("reuters.com")).head();
            assertEquals(count ? 8L : 6L, (long) reuters.getAs("quotes"));
            assertEquals(count ? 4L : 3L, (long) reuters.getAs("articles"));
            if (!count) {
                // Same data, same seed, another run: the bootstrap interval is reproduced exactly.
                Row first = cell("source", "nytimes.com", null, "all", CompareFixture.PESKOV);
                Row again = cells.filter(col("source_key").equalTo("nytimes.com")).head();
                assertEquals(first.<Double>getAs("ci_low"), again.<Double>getAs("ci_low"));
                assertEquals(first.<Double>getAs("ci_high"), again.<Double>getAs("ci_high"));
            }
        }
    }

    @Test
    void weekRangeAndActorFilter() {
        CompareFixture f = CompareFixture.build();
        CompareOptions o = OPTIONS.withWeeks("2021-W50", "2021-W50").withActors(List.of("jen psaki"));
        CompareInputs in = CompareInputs.prepare(f.articles(spark), f.quotes(spark), f.mentions(spark), o);
        List<Row> cells = FramingCells.compute(in, o).filter(col("level").equalTo("source")).collectAsList();
        assertEquals(1, cells.size(), cells.toString());
        assertEquals("nytimes.com", cells.get(0).getAs("source_key"));
        assertEquals(2L, (long) cells.get(0).getAs("quotes"), "Psaki in nyt-4 and nyt-5");
    }

    @Test
    void testsFollowTheEligibilityRuleAndBenjaminiHochberg() {
        List<Row> everyTest = result.tests().orderBy("test", "week", "group_a", "group_b").collectAsList();
        List<Row> tests = everyTest.stream().filter(t -> "all".equals(t.getAs("week"))).toList();
        // Peskov: nyt, fox, reuters eligible (tiny.com has 1 quote); Psaki has one eligible outlet: not tested.
        assertEquals(8, tests.size(), tests.toString());
        assertTrue(tests.stream().allMatch(t -> CompareFixture.PESKOV.equals(t.getAs("actor_id"))));
        assertTrue(tests.stream().noneMatch(t -> String.valueOf(t.<String>getAs("groups")).contains("tiny.com")));
        Row chi = tests.stream().filter(t -> t.getAs("test").equals("chi2_label_by_source")).findFirst().orElseThrow();
        assertEquals("foxnews.com, nytimes.com, reuters.com", chi.getAs("groups"));
        assertEquals(42L, (long) chi.getAs("quotes"));
        // Cross-check MLlib's statistic against the plain-Java one on the same table, counted here from the rows.
        Map<String, Map<String, Long>> table = new TreeMap<>();
        for (Row q : result.cells().sparkSession().createDataFrame(CompareFixture.build().quotes(spark).collectAsList(),
                CompareFixture.QUOTES).filter(col("actor_id").equalTo(CompareFixture.PESKOV)
                .and(col("article_id").isin("reu-copy", "tiny-0").unary_$bang())).collectAsList()) {
            table.computeIfAbsent(q.getString(1).replaceAll("-.*", ""), k -> new TreeMap<>())
                    .merge(q.getAs("sentiment_label"), 1L, Long::sum);
        }
        List<String> labels = table.values().stream().flatMap(m -> m.keySet().stream()).distinct().sorted().toList();
        long[][] counts = table.values().stream().map(m -> labels.stream().mapToLong(l -> m.getOrDefault(l, 0L))
                .toArray()).toArray(long[][]::new);
        Contingency c = Contingency.of(counts);
        assertEquals(c.chiSquare(), chi.<Double>getAs("statistic"), 1e-9);
        assertEquals(c.cramersV(), chi.<Double>getAs("cramers_v"), 1e-9);
        assertTrue(chi.<Boolean>getAs("significant"));

        Row pair = tests.stream().filter(t -> t.getAs("test").equals("mean_diff_source")
                && t.getAs("group_a").equals("foxnews.com") && t.getAs("group_b").equals("nytimes.com"))
                .findFirst().orElseThrow();
        assertEquals(1.15, pair.<Double>getAs("diff"), 1e-12);
        assertEquals(0.525, pair.<Double>getAs("mean_a"), 1e-12);
        assertTrue(pair.<Double>getAs("p_value") < 0.01);
        assertTrue(pair.<Double>getAs("diff_ci_low") > 0.9 && pair.<Double>getAs("diff_ci_high") < 1.4);
        assertTrue(pair.<Boolean>getAs("significant"));

        double[] p = tests.stream().mapToDouble(t -> t.getAs("p_value")).toArray();
        double[] adj = dev.slant.jobs.stats.BenjaminiHochberg.adjust(p);
        for (int i = 0; i < tests.size(); i++) {
            assertEquals(adj[i], tests.get(i).<Double>getAs("p_adjusted"), 1e-12);
            assertTrue(adj[i] >= p[i]);
            assertEquals(adj[i] < 0.05, tests.get(i).<Boolean>getAs("significant"));
        }

        // Each week's pairs are tested within the week and form a Benjamini–Hochberg family of their own.
        Map<String, List<Row>> weeks = new TreeMap<>();
        everyTest.stream().filter(t -> !"all".equals(t.getAs("week")))
                .forEach(t -> weeks.computeIfAbsent(t.getAs("week"), w -> new ArrayList<>()).add(t));
        assertEquals(List.of("2021-W49", "2021-W50"), new ArrayList<>(weeks.keySet()));
        for (List<Row> family : weeks.values()) {
            double[] weekAdj = dev.slant.jobs.stats.BenjaminiHochberg.adjust(family.stream()
                    .mapToDouble(t -> t.getAs("p_value")).toArray());
            for (int i = 0; i < family.size(); i++) {
                assertEquals(weekAdj[i], family.get(i).<Double>getAs("p_adjusted"), 1e-12);
                assertTrue(family.get(i).<String>getAs("test").endsWith("_week"));
            }
        }
        Row w49 = weeks.get("2021-W49").stream().filter(t -> t.getAs("test").equals("mean_diff_source_week")
                && t.getAs("group_a").equals("foxnews.com") && t.getAs("group_b").equals("nytimes.com"))
                .findFirst().orElseThrow();
        Row w49Fox = cell("source_week", "foxnews.com", null, "2021-W49", CompareFixture.PESKOV);
        assertEquals(w49Fox.<Double>getAs("mean_sentiment"), w49.<Double>getAs("mean_a"), 1e-12,
                "the week's test compares the week's cells");
    }

    @Test
    void actorWeekCellsAndWeekOverWeekChangesFollowTheOutletCells() {
        for (String week : List.of("2021-W49", "2021-W50")) {
            Row actor = cell("actor_week", null, null, week, CompareFixture.PESKOV);
            long outletQuotes = result.cells().filter(col("level").equalTo("source_week")
                    .and(col("week").equalTo(week)).and(col("actor_id").equalTo(CompareFixture.PESKOV)))
                    .agg(org.apache.spark.sql.functions.sum("quotes")).head().getLong(0);
            assertEquals(outletQuotes, (long) actor.getAs("quotes"), "across outlets = sum of the outlet cells");
        }
        Row w50 = cell("actor_week", null, null, "2021-W50", CompareFixture.PESKOV);
        Row w49 = cell("actor_week", null, null, "2021-W49", CompareFixture.PESKOV);
        assertEquals((long) w49.getAs("quotes"), (long) w50.getAs("previous_quotes"));
        assertEquals(w49.<Double>getAs("mean_sentiment"), w50.<Double>getAs("previous_mean_sentiment"), 1e-12);
        assertEquals(w50.<Double>getAs("mean_sentiment") - w49.<Double>getAs("mean_sentiment"),
                w50.<Double>getAs("change_vs_previous"), 1e-12);
        assertEquals(8, (int) w50.getAs("trailing_weeks"));
        assertEquals(w49.<Long>getAs("quotes") / 8.0, w50.<Double>getAs("trailing_quotes_per_week"), 1e-12,
                "one earlier week with quotes in the 8-week window");
        assertNull(w49.getAs("previous_quotes"), "no quote at all in 2021-W48: no data, not zero");
        assertNull(cell("actor", null, null, "all", CompareFixture.PESKOV).getAs("previous_quotes"),
                "whole-period rows have no week-over-week change");
    }

    @Test
    void framingWordsRankTheOutletsOwnVocabulary() {
        Row top = result.words().filter(col("corpus").equalTo("quotes").and(col("level").equalTo("source"))
                .and(col("source_key").equalTo("nytimes.com")).and(col("actor_id").equalTo(CompareFixture.PESKOV))
                .and(col("rank").equalTo(1))).head();
        assertEquals("aggression", top.getAs("word"));
        assertEquals(36L, (long) top.getAs("count"));
        assertEquals(0L, (long) top.getAs("rest_count"));
        assertEquals(18L, (long) top.getAs("group_docs"));
        FightinWords.Score s = FightinWords.score(36, top.<Long>getAs("group_tokens"), 0,
                top.<Long>getAs("rest_tokens"), top.getAs("prior"), OPTIONS.priorSize());
        assertEquals(s.z(), top.<Double>getAs("z"), 1e-9);
        assertTrue(s.z() > 2);
        assertTrue(result.words().filter(col("corpus").equalTo("mentions")).count() > 0);
        assertTrue(result.words().filter(col("level").equalTo("lean").and(col("lean").equalTo("right"))).count() > 0);
        assertEquals(0L, result.words().filter(col("rank").gt(OPTIONS.topWords())).count());
    }

    @Test
    void topicSharesSumToOnePerGroup() {
        List<Row> shares = result.topics().collectAsList();
        assertEquals((4 + 3) * 3, shares.size(), "4 outlets and 3 leans × k = 3");
        Map<String, Double> sums = new TreeMap<>();
        for (Row r : shares) {
            sums.merge(r.getAs("level") + "/" + r.getAs("source_key") + "/" + r.getAs("lean"),
                    r.<Double>getAs("share"), Double::sum);
            assertNotNull(r.getAs("top_terms"));
        }
        sums.values().forEach(v -> assertEquals(1.0, v, 1e-6));
        Row nyt = shares.stream().filter(r -> "nytimes.com".equals(r.getAs("source_key"))).findFirst().orElseThrow();
        assertEquals(6L, (long) nyt.getAs("articles"));
        List<Row> terms = result.topicTerms().collectAsList();
        assertEquals(3, terms.stream().map(r -> r.<Integer>getAs("topic")).distinct().count());
        assertTrue(terms.size() >= 3 * 5, "at least 5 terms per topic");
    }

    @Test
    void summaryNamesTheActorsOutletsAndDifferences() {
        System.out.println(summary);
        assertTrue(summary.contains("== Dmitry Peskov: 43 quotes in 4 outlets =="), summary);
        int fox = summary.indexOf("  foxnews.com");
        int reuters = summary.indexOf("  reuters.com");
        int nyt = summary.indexOf("  nytimes.com");
        assertTrue(fox > 0 && fox < reuters && reuters < nyt, "outlets ordered by mean sentiment");
        // 0.525 and -0.625 sit on a rounding edge; the difference does not.
        assertTrue(summary.matches("(?s).*foxnews\\.com vs nytimes\\.com: \\+0\\.5\\d vs -0\\.6\\d, diff \\+1\\.15 .*"),
                summary);
        assertTrue(summary.contains("aggression"), summary);
        assertTrue(Arrays.stream(summary.split("\n")).anyMatch(l -> l.contains("tiny.com") && l.contains("1*")));
    }

    @Test
    void tokensAreLowerCaseWordsWithoutStopWordsOrPossessives() {
        Dataset<Row> df = spark.createDataFrame(List.of(RowFactory.create("The Department’s officials DON’T agree, "
                + "said Mr. Peskov on 7 December.")), new StructType().add("text", DataTypes.StringType));
        assertEquals(List.of("department", "officials", "agree", "said", "mr", "peskov", "december"),
                Tokens.tokenize(df, "text", false).head().getList(1));
        assertEquals(List.of("department", "officials", "agree", "peskov", "december"),
                Tokens.tokenize(df, "text", true).head().getList(1));
    }

    private static Row cell(String level, String source, String lean, String week, String actor) {
        Dataset<Row> c = result.cells().filter(col("level").equalTo(level).and(col("week").equalTo(week))
                .and(col("actor_id").equalTo(actor)));
        c = source == null ? c.filter(col("source_key").isNull()) : c.filter(col("source_key").equalTo(source));
        if (lean != null) {
            c = c.filter(col("lean").equalTo(lean));
        }
        List<Row> rows = c.collectAsList();
        assertEquals(1, rows.size(), "one cell for " + level + "/" + source + "/" + lean + "/" + week);
        return rows.get(0);
    }
}
