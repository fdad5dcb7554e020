package dev.slant.jobs.query;

import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.ingest.Ingest;
import dev.slant.jobs.ingest.IngestOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** SQL over a warehouse holding the founding article and the broken fixtures' rejects. */
class QueryTest extends SparkTestBase {
    @TempDir
    static Path tmp;
    private static Warehouse warehouse;

    @BeforeAll
    static void ingest() {
        warehouse = new Warehouse(spark, tmp.resolve("w").toString());
        Ingest.run(spark, warehouse, List.of(sharedData().resolve("seed/putin-biden-summit.txt").toString(),
                projectDir().resolve("jobs/src/test/resources/ingest/broken/malformed.jsonl").toString()),
                IngestOptions.defaults());
    }

    private record Output(int code, String out, String err) {
    }

    private static Output query(String sql, ResultPrinter.Format format, int limit) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Query.run(spark, warehouse, sql, format, limit, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Output(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void tableFormatAlignsColumns() {
        Output o = query("SELECT source, published, week FROM articles ORDER BY source", ResultPrinter.Format.TABLE,
                100);
        assertEquals(0, o.code());
        List<String> lines = o.out().lines().toList();
        assertEquals("source   | published  | week", lines.get(0));
        assertEquals("---------+------------+---------", lines.get(1));
        assertEquals("Atalayar | 2021-12-07 | 2021-W49", lines.get(2));
        assertEquals("Reuters  | 2021-12-07 | 2021-W49", lines.get(3));
        assertEquals("(3 rows)", lines.get(lines.size() - 1));
    }

    @Test
    void csvQuotesFieldsWithCommasQuotesAndNewlines() {
        Output o = query("SELECT reason, line, raw FROM rejects ORDER BY line", ResultPrinter.Format.CSV, -1);
        List<String> lines = o.out().lines().toList();
        assertEquals("reason,line,raw", lines.get(0));
        assertTrue(lines.get(1).startsWith("malformed_json,2,\"{\"\"id\"\": \"\"fixture-2\"\""), lines.get(1));
        assertEquals("malformed_json,3,\"[\"\"not\"\", \"\"an\"\", \"\"object\"\"]\"", lines.get(2));
    }

    @Test
    void jsonLinesKeepNullsAndTypes() {
        Output o = query("SELECT count(*) AS n, max(published) AS latest, max(duplicate_of) AS d FROM articles",
                ResultPrinter.Format.JSONL, -1);
        assertEquals("{\"n\":3,\"latest\":\"2021-12-07\",\"d\":null}", o.out().strip());
    }

    @Test
    void limitCutsAndSaysSo() {
        Output o = query("SELECT article_id FROM articles ORDER BY article_id", ResultPrinter.Format.CSV, 2);
        assertEquals(3, o.out().lines().count());
        assertTrue(o.err().contains("first 2 rows"), o.err());
    }

    @Test
    void badSqlAndMissingTablesGiveAClearMessage() {
        Output bad = query("SELEC nonsense", ResultPrinter.Format.TABLE, 10);
        assertEquals(2, bad.code());
        assertTrue(bad.err().startsWith("slant query: "), bad.err());
        assertTrue(bad.err().contains("tables in ") && bad.err().contains("articles, rejects"), bad.err());
        Output missing = query("SELECT * FROM quotes", ResultPrinter.Format.TABLE, 10);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("quotes"), missing.err());
    }
}
