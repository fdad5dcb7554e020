package dev.slant.jobs.ingest;

import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The ingest stage end to end on real inputs: the founding article, a corpus slice, broken fixtures. */
class IngestTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    private static Path slice;
    private static Path firstPart;
    private static List<String> sliceLines;
    private static Path sliceWarehouse;
    private static IngestReport sliceReport;

    @BeforeAll
    static void writeAndIngestSlice() {
        // The first 2,000 lines (239 empty dates, two M/D/YY dates) plus the lines with impossible and old years.
        sliceLines = CorpusSlice.lines(n -> n <= 2_000 || CorpusSlice.ODD_DATE_LINES.contains(n), 33_000);
        slice = CorpusSlice.write(tmp.resolve("corpus"), "slice.jsonl", sliceLines);
        firstPart = CorpusSlice.write(tmp.resolve("part"), "first-1200.jsonl", sliceLines.subList(0, 1_200));
        sliceWarehouse = tmp.resolve("w-slice");
        sliceReport = ingest(sliceWarehouse, IngestOptions.defaults(), slice);
    }

    private static IngestReport ingest(Path warehouse, IngestOptions options, Path... inputs) {
        List<String> in = java.util.Arrays.stream(inputs).map(Path::toString).toList();
        return Ingest.run(spark, new Warehouse(spark, warehouse.toString()), in, options);
    }

    private static Dataset<Row> table(Path warehouse, String name) {
        return new Warehouse(spark, warehouse.toString()).read(name);
    }

    @Test
    void foundingArticleTakesItsMetadataFromTheSidecar() {
        Path w = tmp.resolve("w-seed");
        IngestReport r = ingest(w, IngestOptions.defaults(),
                sharedData().resolve("seed/putin-biden-summit.txt"));
        assertEquals(1, r.read());
        assertEquals(1, r.written());
        assertTrue(r.balanced());
        Row a = table(w, Tables.ARTICLES.name()).first();
        assertEquals("Atalayar", a.getAs("source"));
        assertEquals("atalayar", a.getAs("source_key"));
        assertEquals(java.sql.Date.valueOf("2021-12-07"), a.getAs("published"));
        assertEquals("2021-W49", a.getAs("week"));
        assertEquals("Ukraine crisis to be the focus of Putin-Biden virtual meeting", a.getAs("title"));
        assertTrue(a.<String>getAs("text").contains("presidential spokesman Dmitry Peskov announced"));
        assertTrue(a.<String>getAs("article_id").matches("h[0-9a-f]{16}"));
        assertNull(a.getAs("duplicate_of"));
        assertEquals(0, table(w, Tables.REJECTS.name()).count());
    }

    @Test
    void withoutSidecarSourceAndDateComeFromOptionsAndTitleFromTheFirstLine() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("bare"));
        Files.copy(sharedData().resolve("seed/putin-biden-summit.txt"), dir.resolve("summit.txt"));
        Path w = tmp.resolve("w-bare");
        ingest(w, new IngestOptions("New York Times - News", "December 7, 2021", IngestOptions.DEFAULT_MAX_BYTES,
                null), dir);
        Row a = table(w, Tables.ARTICLES.name()).first();
        assertEquals("New York Times - News", a.getAs("source"));
        assertEquals(java.sql.Date.valueOf("2021-12-07"), a.getAs("published"));
        assertTrue(a.<String>getAs("title").startsWith("Moscow expects the summit to be"));
        assertEquals("left-center", a.getAs("bias_allsides"));
    }

    @Test
    void corpusSliceBalancesAndCleansDates() {
        Path w = sliceWarehouse;
        IngestReport r = sliceReport;
        assertEquals(sliceLines.size(), r.read());
        assertTrue(r.balanced(), r.summary());
        assertEquals(0, r.rejected());
        Dataset<Row> articles = table(w, Tables.ARTICLES.name());
        assertEquals(r.written(), articles.count());
        assertEquals(r.written(), articles.select("article_id").distinct().count());
        // 239 empty dates in the first 2,000 lines, plus 0001-11-30 twice and 2050-09-30 once.
        assertEquals(3, r.impossibleYears());
        assertEquals(0, r.unparseableDates());
        assertEquals(articles.filter(col("published").isNull()).count(), r.datesMissing());
        Map<String, String> rawDates = rawDates();
        Map<String, Row> byId = articles.collectAsList().stream()
                .collect(Collectors.toMap(x -> x.getAs("article_id"), x -> x));
        for (Row a : byId.values()) {
            String raw = rawDates.get(a.<String>getAs("article_id"));
            boolean unusable = raw.isEmpty() || raw.startsWith("0001") || raw.startsWith("2050");
            assertEquals(unusable, a.getAs("published") == null, "published " + raw);
            assertEquals(unusable, a.getAs("week") == null, "week for " + raw);
        }
        assertEquals(239 + 3, rawDates.values().stream()
                .filter(d -> d.isEmpty() || d.startsWith("0001") || d.startsWith("2050")).count());
        Row slashed = byId.get(idWithDate(rawDates, "7/23/17"));
        assertEquals(java.sql.Date.valueOf("2017-07-23"), slashed.getAs("published"));
        assertEquals("2017-W29", slashed.getAs("week"));
        assertEquals(java.sql.Date.valueOf("2016-12-01"), byId.get(idWithDate(rawDates, "12/1/16")).getAs("published"));
        assertEquals(java.sql.Date.valueOf("2001-10-23"), byId.get("oLGaRagwhI0ykltO").getAs("published"));
        assertEquals(0, articles.filter(col("lean").isNull()).count());
        Row nyt = byId.get("004Gt3gcsotuiYmz");
        assertEquals("nytimes.com", nyt.getAs("source_key"));
        assertEquals("New York Times - News", nyt.getAs("source"));
        assertEquals("terrorism", nyt.getAs("topic"));
        assertEquals("left", nyt.getAs("bias_label"));
        assertEquals("left-center", nyt.getAs("bias_allsides"));
    }

    private static Map<String, String> rawDates() {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        Map<String, String> dates = new java.util.HashMap<>();
        for (String line : sliceLines) {
            try {
                var d = json.readTree(line);
                dates.put(d.get("id").asText(), d.get("published").asText());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        return dates;
    }

    private static String idWithDate(Map<String, String> rawDates, String date) {
        return rawDates.entrySet().stream().filter(e -> e.getValue().equals(date)).findFirst().orElseThrow().getKey();
    }

    @Test
    void ingestingTwiceChangesNothingAndANewFileAddsOnlyItsNewArticles() {
        Path w = tmp.resolve("w-steps");
        IngestReport first = ingest(w, IngestOptions.defaults(), firstPart);
        List<Row> before = table(w, Tables.ARTICLES.name()).orderBy("article_id").collectAsList();
        IngestReport again = ingest(w, IngestOptions.defaults(), firstPart);
        assertEquals(before, table(w, Tables.ARTICLES.name()).orderBy("article_id").collectAsList());
        assertEquals(first.read(), again.read());
        assertEquals(0, again.written());
        assertEquals(again.read(), again.duplicates());
        assertEquals(first.written(), again.duplicatesAlreadyStored());
        assertTrue(again.balanced());

        // The whole slice on top: only the lines after the first 1,200 are new, and the table ends up as if the
        // slice had been ingested in one go.
        IngestReport rest = ingest(w, IngestOptions.defaults(), slice);
        assertEquals(sliceReport.written(), first.written() + rest.written());
        assertEquals(first.written(), rest.duplicatesAlreadyStored());
        assertTrue(rest.balanced());
        assertEquals(table(sliceWarehouse, Tables.ARTICLES.name()).orderBy("article_id").collectAsList(),
                table(w, Tables.ARTICLES.name()).orderBy("article_id").collectAsList());
    }

    @Test
    void everyBrokenFixtureIsRejectedWithItsReason() throws Exception {
        Path broken = projectDir().resolve("jobs/src/test/resources/ingest/broken");
        Path w = tmp.resolve("w-broken");
        IngestOptions small = new IngestOptions(null, null, 2_000, null);
        IngestReport r = ingest(w, small, broken, tmp.resolve("does-not-exist.jsonl"));
        assertTrue(r.balanced(), r.summary());
        List<Row> rejects = table(w, Tables.REJECTS.name()).orderBy("input", "line").collectAsList();
        Map<String, List<String>> where = rejects.stream().collect(Collectors.groupingBy(x -> x.getAs("reason"),
                Collectors.mapping(x -> Path.of(x.<String>getAs("input")).getFileName() + ":" + x.getAs("line"),
                        Collectors.toList())));
        assertEquals(List.of("malformed.jsonl:2", "malformed.jsonl:3"), where.get(RawRecords.MALFORMED_JSON));
        assertEquals(List.of("empty-text.jsonl:1", "empty-text.jsonl:2", "empty-text.jsonl:3"),
                where.get(RawRecords.EMPTY_TEXT));
        assertEquals(List.of("wrong-fields.csv:4", "wrong-fields.csv:5"), where.get(RawRecords.WRONG_FIELD_COUNT));
        assertEquals(List.of("unterminated.csv:2"), where.get(RawRecords.UNTERMINATED_QUOTE));
        assertEquals(List.of("binary.txt:0"), where.get(RawRecords.BINARY_FILE));
        assertEquals(List.of("latin1-line.jsonl:2", "latin1.txt:0"), where.get(RawRecords.NOT_UTF8));
        assertEquals(List.of("too-large.txt:0"), where.get(RawRecords.TOO_LARGE));
        assertEquals(List.of("notes.html:0"), where.get(RawRecords.UNSUPPORTED_FORMAT));
        List<String> unreadable = where.get(RawRecords.UNREADABLE);
        assertEquals(2, unreadable.size(), unreadable.toString());
        assertTrue(unreadable.contains("does-not-exist.jsonl:0"));
        assertTrue(unreadable.stream().anyMatch(s -> s.startsWith("truncated.jsonl.gz:")));
        for (Row x : rejects) {
            assertEquals(Rejects.INGEST, x.getAs("stage"));
            assertNull(x.getAs("article_id"), "an ingest reject names a line, not an article");
            assertTrue(x.<String>getAs("raw") == null || x.<String>getAs("raw").length() <= RawRecords.RAW_CHARS + 1);
        }

        Map<String, Row> articles = table(w, Tables.ARTICLES.name()).collectAsList().stream()
                .collect(Collectors.toMap(x -> x.getAs("article_id"), x -> x));
        Row csv1 = articles.get("csv-1");
        assertEquals("Peskov said: \"The talks will be long.\"\nA second paragraph.", csv1.getAs("text"));
        assertEquals("Biden, Putin talk", csv1.getAs("title"));
        assertEquals(java.sql.Date.valueOf(LocalDate.of(2021, 12, 7)), csv1.getAs("published"));
        assertEquals(java.sql.Date.valueOf(LocalDate.of(2021, 12, 7)), articles.get("csv-4").getAs("published"));
        assertTrue(articles.containsKey("fixture-1") && articles.containsKey("fixture-4")
                && articles.containsKey("fixture-10"));

        // Reading the same broken files again adds no reject twice.
        long before = table(w, Tables.REJECTS.name()).count();
        ingest(w, small, broken, tmp.resolve("does-not-exist.jsonl"));
        assertEquals(before, table(w, Tables.REJECTS.name()).count());
    }
}
