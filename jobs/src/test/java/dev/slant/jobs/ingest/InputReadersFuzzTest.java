package dev.slant.jobs.ingest;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.zip.GZIPOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Seeded fuzzing of the input readers with hostile files made from real corpus lines: cut gzip streams, invalid
 * UTF-8, JSON nested deep, CSV with embedded newlines and stray quotes, random bytes, empty files, huge lines. Every
 * case must end in rows or rejects with a known reason, within a per-case timeout, and never throw.
 */
// slow tier (./test runs it, ./test --fast does not): many fuzzed inputs, each through the Spark readers
@org.junit.jupiter.api.Tag("slow")
class InputReadersFuzzTest extends SparkTestBase {
    private static final int CASES = 2_000;
    private static final long SEED = 20261125L;
    private static final long MAX_BYTES = 64 * 1024;
    private static final Set<String> REASONS = Set.of(RawRecords.MALFORMED_JSON, RawRecords.WRONG_FIELD_COUNT,
            RawRecords.UNTERMINATED_QUOTE, RawRecords.EMPTY_TEXT, RawRecords.BINARY_FILE, RawRecords.NOT_UTF8,
            RawRecords.TOO_LARGE, RawRecords.UNREADABLE, RawRecords.UNSUPPORTED_FORMAT, RawRecords.MISSING_HEADER);

    @TempDir
    Path dir;

    @Test
    void randomAndTruncatedInputsEndInRowsOrRejects() throws Exception {
        List<String> lines = CorpusSlice.lines(n -> n <= 40, 40);
        Random rnd = new Random(SEED);
        Map<String, Integer> reasons = new TreeMap<>();
        Map<String, Integer> kinds = new TreeMap<>();
        long records = 0;
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "fuzz-case");
            t.setDaemon(true);
            return t;
        });
        long t0 = System.nanoTime();
        try {
            for (int i = 0; i < CASES; i++) {
                Fuzzed c = fuzz(i, rnd, lines);
                kinds.merge(c.kind, 1, Integer::sum);
                Path file = dir.resolve(String.format("case-%05d%s", i, c.suffix));
                Files.write(file, c.bytes);
                InputFile in = new InputFile(file.toString(), InputFile.kindOf(file.getFileName().toString()));
                Future<List<Row>> f = pool.submit(() -> drain(InputReaders.read(in, MAX_BYTES)));
                List<Row> rows;
                try {
                    rows = f.get(20, TimeUnit.SECONDS);
                } catch (TimeoutException e) {
                    f.cancel(true);
                    fail("case " + i + " (" + c.kind + ") hangs: " + file);
                    return;
                } catch (java.util.concurrent.ExecutionException e) {
                    throw new AssertionError("case " + i + " (" + c.kind + ") crashed the reader: " + file, e.getCause());
                }
                for (Row r : rows) {
                    String reason = r.getString(2);
                    if (reason == null) {
                        String text = r.getString(4 + 6);
                        assertTrue(text != null && !text.isBlank(), "case " + i + ": a record without text");
                        assertTrue(RawRecords.utf8Length(text) <= MAX_BYTES, "case " + i + ": over the size cap");
                        records++;
                    } else {
                        assertTrue(REASONS.contains(reason), "case " + i + ": unknown reason " + reason);
                        reasons.merge(reason, 1, Integer::sum);
                    }
                }
                if (c.expectSomething) {
                    assertTrue(!rows.isEmpty(), "case " + i + " (" + c.kind + ") vanished without a trace: " + file);
                }
                Files.delete(file);
            }
        } finally {
            pool.shutdownNow();
        }
        System.err.printf("input fuzzing: %,d cases (seed %d) in %.1f s -> %,d records; rejects %s; kinds %s%n",
                CASES, SEED, (System.nanoTime() - t0) / 1e9, records, reasons, kinds);
        assertTrue(records > 0 && reasons.size() >= 6, "the fuzzer should reach records and most reasons: " + reasons);
    }

    /** A handful of hostile files through the real Spark ingest: it finishes and its counts balance. */
    @Test
    void sparkIngestSurvivesHostileFiles() throws Exception {
        List<String> lines = CorpusSlice.lines(n -> n <= 40, 40);
        Random rnd = new Random(SEED + 1);
        List<String> inputs = new ArrayList<>();
        Path in = Files.createDirectories(dir.resolve("inputs"));
        String[] kinds = {"gzip-cut", "json-deep", "csv-embedded", "random-bytes", "invalid-utf8", "empty", "huge-line",
            "jsonl-mutated"};
        for (String k : kinds) {
            Fuzzed c = make(k, rnd, lines);
            Path f = in.resolve(k + c.suffix);
            Files.write(f, c.bytes);
            inputs.add(f.toString());
        }
        Files.write(in.resolve("good.jsonl"), String.join("\n", lines.subList(0, 10)).getBytes(StandardCharsets.UTF_8));
        inputs.add(in.resolve("good.jsonl").toString());
        Warehouse wh = new Warehouse(spark, dir.resolve("wh").toString());
        IngestReport report = Ingest.run(spark, wh, inputs, IngestOptions.defaults());
        System.err.println("hostile files through Spark ingest: " + report.summary());
        assertTrue(report.balanced(), report.summary());
        assertTrue(report.written() >= 10, report.summary());
        assertTrue(report.rejected() >= kinds.length - 2, report.summary());
        assertEquals(report.rejected(), wh.read(Tables.REJECTS).count());
    }

    private static List<Row> drain(Iterator<Row> it) {
        List<Row> out = new ArrayList<>();
        while (it.hasNext()) {
            out.add(it.next());
        }
        return out;
    }

    private record Fuzzed(String kind, String suffix, byte[] bytes, boolean expectSomething) {
    }

    private static final String[] KINDS = {"gzip-cut", "json-deep", "csv-embedded", "tsv-embedded", "random-bytes",
        "invalid-utf8", "empty", "huge-line", "jsonl-mutated", "text-random", "jsonl-truncated", "csv-random-quotes"};

    private static Fuzzed fuzz(int i, Random rnd, List<String> lines) throws IOException {
        return make(KINDS[i % KINDS.length], rnd, lines);
    }

    private static Fuzzed make(String kind, Random rnd, List<String> lines) throws IOException {
        String some = String.join("\n", pick(rnd, lines, 1 + rnd.nextInt(4)));
        byte[] utf8 = some.getBytes(StandardCharsets.UTF_8);
        return switch (kind) {
            case "gzip-cut" -> {
                byte[] gz = gzip(utf8);
                yield new Fuzzed(kind, ".jsonl.gz", java.util.Arrays.copyOf(gz, rnd.nextInt(gz.length)), false);
            }
            case "json-deep" -> {
                int depth = 500 + rnd.nextInt(5_000);
                String deep = "{\"text\":" + "[".repeat(depth) + "1" + "]".repeat(rnd.nextBoolean() ? depth : 3) + "}";
                yield new Fuzzed(kind, ".jsonl", (deep + "\n" + some).getBytes(StandardCharsets.UTF_8), true);
            }
            case "csv-embedded", "tsv-embedded" -> {
                char d = kind.startsWith("csv") ? ',' : '\t';
                StringBuilder b = new StringBuilder("id" + d + "source" + d + "text\n");
                for (String l : pick(rnd, lines, 1 + rnd.nextInt(4))) {
                    String text = l.substring(0, Math.min(l.length(), 2_000)).replace("\"", "\"\"");
                    b.append(rnd.nextInt(1000)).append(d).append("\"Some, outlet\"").append(d)
                            .append('"').append(text.replace("\\n", "\n").replace(", ", ",\r\n")).append('"')
                            .append(rnd.nextInt(5) == 0 ? "\"stray" : "").append('\n');
                }
                if (rnd.nextBoolean()) {
                    b.setLength(rnd.nextInt(b.length()));
                }
                yield new Fuzzed(kind, kind.startsWith("csv") ? ".csv" : ".tsv", b.toString().getBytes(
                        StandardCharsets.UTF_8), true);
            }
            case "random-bytes" -> {
                byte[] b = new byte[rnd.nextInt(4_096)];
                rnd.nextBytes(b);
                String[] suffixes = {".jsonl", ".csv", ".tsv", ".txt", ".jsonl.gz", ".bin"};
                yield new Fuzzed(kind, suffixes[rnd.nextInt(suffixes.length)], b, false);
            }
            case "invalid-utf8" -> {
                byte[] b = utf8.clone();
                for (int k = 0; k < 1 + rnd.nextInt(5); k++) {
                    b[rnd.nextInt(b.length)] = (byte) (0x80 | rnd.nextInt(0x40) | (rnd.nextBoolean() ? 0x40 : 0));
                }
                yield new Fuzzed(kind, rnd.nextBoolean() ? ".jsonl" : ".txt", b, true);
            }
            case "empty" -> new Fuzzed(kind, new String[] {".jsonl", ".csv", ".tsv", ".txt", ".jsonl.gz"}[
                    rnd.nextInt(5)], new byte[0], false);
            case "huge-line" -> {
                String word = lines.get(rnd.nextInt(lines.size())).substring(0, 200);
                String text = word.replace("\"", "").repeat(300 + rnd.nextInt(700));
                yield new Fuzzed(kind, ".jsonl", ("{\"id\":\"h\",\"text\":\"" + text + "\"}").getBytes(
                        StandardCharsets.UTF_8), true);
            }
            case "jsonl-mutated" -> {
                byte[] b = utf8.clone();
                for (int k = 0; k < 1 + rnd.nextInt(20); k++) {
                    String noise = "{}[]\",:\n\\x0";
                    b[rnd.nextInt(b.length)] = (byte) noise.charAt(rnd.nextInt(noise.length()));
                }
                yield new Fuzzed(kind, ".jsonl", b, false);
            }
            case "text-random" -> {
                byte[] b = new byte[1 + rnd.nextInt(2_000)];
                for (int k = 0; k < b.length; k++) {
                    b[k] = (byte) (rnd.nextInt(10) == 0 ? rnd.nextInt(32) : 32 + rnd.nextInt(95));
                }
                yield new Fuzzed(kind, ".txt", b, false);
            }
            case "jsonl-truncated" -> new Fuzzed(kind, ".jsonl", java.util.Arrays.copyOf(utf8,
                    1 + rnd.nextInt(utf8.length)), true);
            case "csv-random-quotes" -> {
                StringBuilder b = new StringBuilder("title,text\n");
                for (int k = 0; k < 200; k++) {
                    b.append("\",\n\r x".charAt(rnd.nextInt(6)));
                }
                yield new Fuzzed(kind, ".csv", b.toString().getBytes(StandardCharsets.UTF_8), false);
            }
            default -> throw new IllegalArgumentException(kind);
        };
    }

    private static List<String> pick(Random rnd, List<String> lines, int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(lines.get(rnd.nextInt(lines.size())));
        }
        return out;
    }

    private static byte[] gzip(byte[] b) throws IOException {
        ByteArrayOutputStream bo = new ByteArrayOutputStream();
        try (GZIPOutputStream gz = new GZIPOutputStream(bo)) {
            gz.write(b);
        }
        return bo.toByteArray();
    }
}
