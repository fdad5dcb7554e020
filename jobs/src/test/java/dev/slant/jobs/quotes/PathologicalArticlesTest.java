package dev.slant.jobs.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.pipeline.NlpStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPInputStream;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Worst-case articles built from real corpus text go through the whole NLP stage (quotes, sentiment, mentions) with
 * a short per-article budget: each ends in rows or a reject with a reason, in bounded time, and the task survives.
 */
@Tag("slow")
class PathologicalArticlesTest extends SparkTestBase {
    private static final long BUDGET_MS = 5_000;
    private static final StructType ARTICLES = new StructType()
            .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
            .add("week", DataTypes.StringType).add("published", DataTypes.StringType)
            .add("text", DataTypes.StringType);
    private static final Map<String, String> CASES = new LinkedHashMap<>();

    @BeforeAll
    static void buildCases() throws Exception {
        List<String> texts = new ArrayList<>();
        ObjectMapper om = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                sharedData().resolve("corpora/article-bias-prediction.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && texts.size() < 200; line = r.readLine()) {
                texts.add(om.readTree(line).path("text").asText());
            }
        }
        String quoted = texts.stream().filter(t -> t.contains("“") || t.contains("\"")).findFirst().orElseThrow();
        List<String> words = new ArrayList<>();
        for (String t : texts) {
            for (String w : t.split("[^\\p{L}]+")) {
                if (!w.isEmpty()) {
                    words.add(w.toLowerCase());
                }
            }
        }
        Random rnd = new Random(9);

        CASES.put("normal", quoted);
        CASES.put("words-5000-no-punctuation", String.join(" ", words.subList(0, 5000)));
        StringBuilder mb = new StringBuilder();
        for (int i = 0; mb.length() < 1_000_000; i++) {
            mb.append(texts.get(i % texts.size())).append("\n\n");
        }
        CASES.put("one-megabyte", mb.toString());
        StringBuilder marks = new StringBuilder("Peskov said. ");
        for (int i = 0; i < 500; i++) {
            marks.append(i % 2 == 0 ? "“" : "” he said. ").append(words.get(i)).append(' ').append(words.get(i + 1));
        }
        CASES.put("quote-marks-500", marks.toString());
        CASES.put("unbalanced-quotes", quoted.replace("”", "").replace("\" ", " ").replace("’", ""));
        CASES.put("cyrillic-only", cyrillic(quoted));
        CASES.put("html-left-in", "<html><head><script>var q = \"x\";</script></head><body><p>"
                + quoted.replace("\n\n", "</p>\n<p><a href=\"https://example.com/?q=&quot;x&quot;\">link</a> ")
                + "</p></body></html>");
        StringBuilder ctrl = new StringBuilder();
        for (char c : quoted.toCharArray()) {
            ctrl.append(c);
            if (rnd.nextInt(20) == 0) {
                ctrl.append((char) rnd.nextInt(32));
            }
        }
        CASES.put("control-characters", ctrl.toString());
        CASES.put("repeated-1000", (quoted + "\n\n").repeat(1000));
        // a quotation whose sentence is over the parser's cap (80 tokens): found and attributed, sentiment unscored
        CASES.put("long-quoted-sentence", "Kremlin spokesman Dmitry Peskov said: “"
                + String.join(" ", words.subList(100, 200)) + ".” The talks went on.");
        // over the tagger's cap too (150 tokens): still found, unscored (attribution needs the tags, see report)
        CASES.put("quoted-sentence-over-tagger-cap", "Kremlin spokesman Dmitry Peskov said: “"
                + String.join(" ", words.subList(300, 480)) + ".” The talks went on.");
    }

    /** Russian letters for Latin ones, keeping the real text's shape (punctuation, quotes, paragraphs). */
    private static String cyrillic(String latin) {
        String from = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
        String to = "абцдефгхийклмнопярстуввхызАБЦДЕФГХИЙКЛМНОПЯРСТУВВХЫЗ";
        StringBuilder b = new StringBuilder();
        for (char c : latin.toCharArray()) {
            int i = from.indexOf(c);
            b.append(i >= 0 ? to.charAt(i) : c);
        }
        return b.toString();
    }

    @Test
    void everyWorstCaseEndsInRowsOrARejectInBoundedTime() throws Exception {
        List<Row> rows = new ArrayList<>();
        CASES.forEach((id, text) -> rows.add(RowFactory.create(id, "test", "2021-W49", "2021-12-07", text)));
        Dataset<Row> articles = spark.createDataFrame(rows, ARTICLES).repartition(2);

        long t0 = System.nanoTime();
        NlpStage.Output out = NlpStage.compute(articles, new NlpStageOptions(null, true,
                NlpStageOptions.DEFAULT_BATCH_ARTICLES, BUDGET_MS, SentimentModel.CORENLP));
        List<Row> quotes = out.quotes().collectAsList();
        List<Row> rejects = out.rejects().collectAsList();
        List<Row> mentions = out.mentions().collectAsList();
        double seconds = (System.nanoTime() - t0) / 1e9;
        out.release();

        Map<String, Integer> quoteCount = new LinkedHashMap<>();
        CASES.keySet().forEach(k -> quoteCount.put(k, 0));
        quotes.forEach(q -> quoteCount.merge(q.getString(q.fieldIndex("article_id")), 1, Integer::sum));
        Map<String, String> reasons = new LinkedHashMap<>();
        rejects.forEach(r -> reasons.put(r.getAs("article_id"), r.getAs("reason")));
        System.err.printf("pathological articles: %d cases in %.1f s (budget %d ms)%n", CASES.size(), seconds,
                BUDGET_MS);
        CASES.forEach((id, text) -> System.err.printf("  %-28s %,9d chars -> %4d quotes, %s%n", id, text.length(),
                quoteCount.get(id), reasons.getOrDefault(id, "no reject")));

        // bounded: 11 articles on 2 threads, each at most the budget for its one pass plus the budget for parsing
        assertTrue(seconds < 240, "took " + seconds + " s");
        for (String id : CASES.keySet()) {
            String reason = reasons.get(id);
            assertTrue(reason == null || reason.startsWith("quotes: "), id + ": " + reason);
            if (reason != null) {
                assertEquals(0, quoteCount.get(id), id + " is both rejected and has quotes");
            }
        }
        assertTrue(reasons.get("cyrillic-only").startsWith("quotes: unsupported_script"), reasons.toString());
        assertTrue(reasons.get("one-megabyte").startsWith("quotes: timeout"), reasons.toString());
        assertTrue(reasons.get("repeated-1000").startsWith("quotes: timeout"), reasons.toString());
        for (String ok : List.of("normal", "quote-marks-500", "unbalanced-quotes", "html-left-in",
                "control-characters", "long-quoted-sentence", "quoted-sentence-over-tagger-cap")) {
            assertFalse(reasons.containsKey(ok), ok + " rejected: " + reasons.get(ok));
            assertTrue(quoteCount.get(ok) > 0, ok + " has no quotes");
        }
        assertTrue(quotes.stream().anyMatch(q -> q.getString(q.fieldIndex("article_id")).equals("normal")
                && q.get(q.fieldIndex("sentiment_label")) != null), "normal quotes are scored");

        Row longQuote = quotes.stream().filter(q -> q.getString(q.fieldIndex("article_id"))
                .equals("long-quoted-sentence")).findFirst().orElseThrow();
        assertEquals("Q4173137", longQuote.getString(longQuote.fieldIndex("actor_id")), longQuote.toString());
        assertNull(longQuote.get(longQuote.fieldIndex("sentiment_label")), "a 160-word sentence is not parsed");
        for (Row q : quotes) {
            if (q.getString(q.fieldIndex("article_id")).equals("quoted-sentence-over-tagger-cap")) {
                assertNull(q.get(q.fieldIndex("sentiment_label")), q.toString());
            }
        }
        assertTrue(mentions.stream().anyMatch(m -> m.getString(1).equals("long-quoted-sentence")
                && m.get(m.fieldIndex("target_label")) == null), "its mention is kept, unscored");

        // the interrupted workers really stop instead of burning a core for minutes
        long deadline = System.nanoTime() + 15_000_000_000L;
        List<String> busy = busyWorkers();
        while (!busy.isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(200);
            busy = busyWorkers();
        }
        assertTrue(busy.isEmpty(), "workers still running after their timeout: " + busy);
    }

    private static List<String> busyWorkers() {
        List<String> out = new ArrayList<>();
        Thread.getAllStackTraces().forEach((t, stack) -> {
            if (t.getName().startsWith("slant-article-") && t.getState() == Thread.State.RUNNABLE) {
                // the whole stack, so a failure says which stage ignores the interrupt
                StringBuilder at = new StringBuilder(t.getName());
                for (StackTraceElement e : stack) {
                    at.append("\n    at ").append(e);
                }
                out.add(at.toString());
            }
        });
        return out;
    }
}
