package dev.slant.jobs.warehouse;

import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.ingest.Ingest;
import dev.slant.jobs.ingest.IngestOptions;
import dev.slant.jobs.pipeline.NlpStage;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.quotes.QuoteExtraction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The warehouse is a contract, not Spark's private storage: a small warehouse built by the real stages from real
 * articles (ingest, quotes, compare) is read table by table with DuckDB, which must see the same rows with the same
 * types. Also: the `runs` table's provenance, and `rejects` tables written before `stage`/`line`/`article_id`.
 */
@Tag("slow")
class WarehouseWithoutSparkTest extends SparkTestBase {
    private static final int ARTICLES = 24;
    /** Articles scored with sentiment on (the rest off): enough to fill the sentiment arrays, cheap to parse. */
    private static final int WITH_SENTIMENT = 2;

    @TempDir
    static Path dir;
    private static Warehouse wh;
    private static Runs.Run ingestRun;
    private static Runs.Run quotesRun;
    private static Runs.Run compareRun;

    @BeforeAll
    static void buildWarehouse() throws Exception {
        Path input = dir.resolve("sample.jsonl");
        List<String> lines = Files.readAllLines(projectDir().resolve("data/sample/articles.jsonl"))
                .subList(0, ARTICLES);
        List<String> withBadLine = new ArrayList<>(lines);
        withBadLine.add("{\"id\": \"broken\", \"text\": ");
        Files.write(input, withBadLine);
        wh = new Warehouse(spark, dir.resolve("w").toString());

        Runs.Started ingest = Runs.start(Runs.INGEST, Map.of("args", input.toString()));
        Ingest.run(spark, wh, List.of(input.toString()), IngestOptions.defaults());
        ingestRun = ingest.finish(wh, null, Ingest.WRITES);

        Runs.Started quotes = Runs.start(Runs.QUOTES, Map.of("sentiment", "off"));
        List<String> ids = wh.read(Tables.ARTICLES).select("article_id").orderBy("article_id")
                .as(Encoders.STRING()).collectAsList();
        NlpStage.run(wh, NlpStageOptions.defaults().withSentiment(false), ids.subList(WITH_SENTIMENT, ids.size()));
        NlpStage.run(wh, NlpStageOptions.defaults(), ids.subList(0, WITH_SENTIMENT));
        quotesRun = quotes.finish(wh, QuoteExtraction.registry(null).origin(), NlpStage.WRITES);

        Runs.Started compare = Runs.start(Runs.COMPARE, Map.of("min-count", "2", "topics", "3"));
        // 10 LDA iterations instead of 40: each is a Spark job, and the topics' quality is not what this test reads.
        CompareOptions defaults = CompareOptions.defaults();
        Compare.run(spark, wh, defaults.withMinCount(2).withTopics(3)
                .withTopicModel(defaults.topicVocab(), defaults.topicMinDf(), 10));
        compareRun = compare.finish(wh, null, Tables.COMPARISON);
    }

    @Test
    void duckDbReadsEveryTableWithTheSameRowsAndTypes() throws Exception {
        assertTrue(wh.read(Tables.QUOTES).filter("sentiment_probs IS NOT NULL").count() > 0,
                "some quotes carry sentiment arrays, so their values are compared too");
        assertTrue(wh.read(Tables.REJECTS).count() > 0, "the broken line is a reject");
        try (Connection duck = DriverManager.getConnection("jdbc:duckdb:")) {
            for (Table t : Tables.ALL) {
                assertTrue(wh.exists(t), "the small warehouse has every table; missing " + t.name());
                String files = "read_parquet('" + wh.location(t.name()).replace("file:", "") + "/*.parquet')";
                Map<String, String> duckTypes = new LinkedHashMap<>();
                try (Statement s = duck.createStatement();
                     ResultSet r = s.executeQuery("DESCRIBE SELECT * FROM " + files)) {
                    while (r.next()) {
                        duckTypes.put(r.getString("column_name"), r.getString("column_type"));
                    }
                }
                Map<String, String> expected = new LinkedHashMap<>();
                for (StructField f : t.schema().fields()) {
                    expected.put(f.name(), duckType(f.dataType()));
                }
                assertEquals(expected, duckTypes, "columns and types of " + t.name() + " as DuckDB reads them");

                Dataset<Row> viaSpark = wh.read(t);
                List<String> sparkRows = viaSpark.collectAsList().stream().map(WarehouseWithoutSparkTest::canonical)
                        .sorted().toList();
                String select = Arrays.stream(t.schema().fields()).map(f -> f.dataType() == DataTypes.TimestampType
                        ? "epoch_us(\"" + f.name() + "\")" : "\"" + f.name() + "\"").collect(Collectors.joining(", "));
                List<String> duckRows = new ArrayList<>();
                try (Statement s = duck.createStatement();
                     ResultSet r = s.executeQuery("SELECT " + select + " FROM " + files)) {
                    int n = t.columns().length;
                    while (r.next()) {
                        List<String> values = new ArrayList<>();
                        for (int i = 1; i <= n; i++) {
                            values.add(value(r.getObject(i)));
                        }
                        duckRows.add(String.join(" | ", values));
                    }
                }
                duckRows.sort(String::compareTo);
                assertEquals(sparkRows.size(), duckRows.size(), "rows of " + t.name());
                for (int i = 0; i < sparkRows.size(); i++) {
                    assertEquals(sparkRows.get(i), duckRows.get(i), t.name() + ": row " + i + " (sorted) differs");
                }
            }
        }
    }

    @Test
    void runsSayWhatMadeTheTables() throws Exception {
        assertEquals(List.of(ingestRun.runId(), quotesRun.runId()), compareRun.inputs(),
                "compare was fed by the ingest and quotes runs before it");
        assertEquals(List.of(ingestRun.runId()), quotesRun.inputs());
        assertEquals(compareRun.runId(), Runs.latest(wh, Runs.COMPARE).orElseThrow().runId());
        Runs.Run stored = Runs.latest(wh, Runs.QUOTES).orElseThrow();
        assertEquals(quotesRun.runId(), stored.runId());
        assertEquals(Map.of("sentiment", "off"), stored.options());
        assertEquals(List.of("quotes", "rejects", "mentions", "nlp_articles"), stored.tables());

        String actorsSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(Files.readAllBytes(projectDir().resolve("data/actors.json")))).substring(0, 16);
        assertEquals(actorsSha, stored.registryHash(), "the registry the stage used is data/actors.json");
        String lrSha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(
                projectDir().resolve("models/src/main/resources/dev/slant/models/sentiment/target-sentiment-lr.json"))))
                .substring(0, 16);
        assertEquals(lrSha, stored.models().get("sentiment/target-sentiment-lr.json"), stored.models().toString());
        assertTrue(stored.models().getOrDefault("corenlp", "").matches("stanford-corenlp-4\\.5\\.10\\.jar"),
                stored.models().toString());
        assertTrue(stored.codeVersion().matches("git [0-9a-f]{7,}(-dirty)?"), stored.codeVersion());
        assertTrue(!stored.started().isAfter(stored.finished()));
        assertNull(Runs.latest(wh, Runs.COMPARE).orElseThrow().registryHash());

        String printed = Runs.describe(wh, compareRun);
        assertTrue(printed.contains(compareRun.runId()) && printed.contains(ingestRun.runId())
                && printed.contains(quotesRun.runId()), printed);
        assertEquals(3, wh.read(Tables.RUNS).count(), "one row per stage run");
    }

    @Test
    void rejectsWrittenWithPositionReadInTodaysColumns(@TempDir Path old) {
        Warehouse legacy = new Warehouse(spark, old.toString());
        StructType before = new StructType().add("input", DataTypes.StringType).add("position", DataTypes.StringType)
                .add("reason", DataTypes.StringType).add("raw", DataTypes.StringType);
        legacy.replace(Tables.REJECTS.name(), spark.createDataFrame(List.of(
                RowFactory.create("in/a.jsonl", "7", "malformed_json", "{"),
                RowFactory.create(Tables.ARTICLES.name(), "art-9", "quotes: timeout: 5000 ms", "text")), before));
        legacy.replace(Tables.ARTICLES, Tables.ARTICLES.empty(spark));

        Map<String, Row> byStage = legacy.read(Tables.REJECTS).collectAsList().stream()
                .collect(Collectors.toMap(r -> r.getAs("stage"), r -> r));
        assertEquals(List.of(Tables.REJECTS.columns()), List.of(legacy.read(Tables.REJECTS).columns()));
        assertEquals(7L, (long) byStage.get(Rejects.INGEST).getAs("line"));
        assertNull(byStage.get(Rejects.INGEST).getAs("article_id"));
        assertEquals("art-9", byStage.get(Rejects.QUOTES).getAs("article_id"));
        assertNull(byStage.get(Rejects.QUOTES).getAs("line"));
        assertEquals(List.of("art-9"), NlpStage.processed(legacy).as(Encoders.STRING()).collectAsList(),
                "an old NLP reject still marks its article as processed");

        // Ingest merges into the old table and writes it back in today's columns.
        Dataset<Row> fresh = Ingest.rejects(spark.createDataFrame(List.of(), dev.slant.jobs.ingest.RawRecords.SCHEMA));
        legacy.replace(Tables.REJECTS, Ingest.mergeRejects(fresh, legacy.read(Tables.REJECTS)));
        assertEquals(2, spark.read().parquet(legacy.location(Tables.REJECTS.name())).select("stage", "line",
                "article_id").count());
    }

    @Test
    void aWriterThatDriftsFromTheContractFails() {
        Dataset<Row> drifted = Tables.TOPIC_TERMS.empty(spark).drop("weight")
                .withColumn("rank", org.apache.spark.sql.functions.lit("1"));
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> wh.replace(Tables.TOPIC_TERMS, drifted));
        assertTrue(e.getMessage().contains("missing column weight") && e.getMessage().contains("rank is string"),
                e.getMessage());
        assertTrue(wh.read(Tables.TOPIC_TERMS).count() > 0, "the stored table is untouched");
    }

    /** The type DuckDB reports for a column Spark wrote with this type. */
    private static String duckType(DataType t) {
        if (t instanceof ArrayType a) {
            return duckType(a.elementType()) + "[]";
        }
        if (t instanceof MapType m) {
            return "MAP(" + duckType(m.keyType()) + ", " + duckType(m.valueType()) + ")";
        }
        Map<DataType, String> simple = Map.of(DataTypes.StringType, "VARCHAR", DataTypes.IntegerType, "INTEGER",
                DataTypes.LongType, "BIGINT", DataTypes.DoubleType, "DOUBLE", DataTypes.BooleanType, "BOOLEAN",
                DataTypes.DateType, "DATE", DataTypes.TimestampType, "TIMESTAMP WITH TIME ZONE");
        return simple.get(t);
    }

    private static String canonical(Row r) {
        List<String> values = new ArrayList<>();
        for (int i = 0; i < r.length(); i++) {
            Object v = r.get(i);
            // microseconds since the epoch, as DuckDB's epoch_us gives them
            values.add(value(v instanceof java.sql.Timestamp ts
                    ? Math.floorDiv(ts.getTime(), 1000L) * 1_000_000L + ts.getNanos() / 1000 : v));
        }
        return String.join(" | ", values);
    }

    /** One value as text, the same whichever engine's Java objects carry it. */
    private static String value(Object v) {
        try {
            if (v == null) {
                return "null";
            }
            if (v instanceof java.sql.Array a) {
                return value(Arrays.asList((Object[]) a.getArray()));
            }
            if (v instanceof scala.collection.Seq<?> seq) {
                return value(scala.jdk.javaapi.CollectionConverters.asJava(seq));
            }
            if (v instanceof scala.collection.Map<?, ?> m) {
                return value(scala.jdk.javaapi.CollectionConverters.asJava(m));
            }
            if (v instanceof List<?> list) {
                return list.stream().map(WarehouseWithoutSparkTest::value).collect(Collectors.joining(", ", "[", "]"));
            }
            if (v instanceof Map<?, ?> m) {
                Map<String, String> sorted = new TreeMap<>();
                m.forEach((k, x) -> sorted.put(value(k), value(x)));
                return sorted.toString();
            }
            if (v instanceof Integer || v instanceof Long || v instanceof Short) {
                return Long.toString(((Number) v).longValue());
            }
            if (v instanceof java.sql.Date d) {
                return d.toLocalDate().toString();
            }
            return v.toString();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
