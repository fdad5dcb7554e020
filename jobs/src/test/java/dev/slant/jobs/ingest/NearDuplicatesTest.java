package dev.slant.jobs.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Wire copy: a real Reuters article and a lightly edited copy in another outlet; unrelated articles stay apart. */
class NearDuplicatesTest extends SparkTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonNode wire;
    private static List<JsonNode> others;

    @BeforeAll
    static void pickArticles() throws IOException {
        List<JsonNode> all = new ArrayList<>();
        for (String line : CorpusSlice.lines(n -> true, 2_000)) {
            all.add(JSON.readTree(line));
        }
        wire = all.stream().filter(d -> d.get("source").asText().equals("Reuters")
                && d.get("text").asText().contains("Putin") && d.get("text").asText().length() > 2_000)
                .findFirst().orElseThrow();
        others = all.stream().filter(d -> !d.get("source").asText().equals("Reuters")).limit(60).toList();
    }

    /** The copy a syndicating outlet runs: two words changed and a credit line added. */
    private static String lightlyEdited(String text) {
        return text.replaceFirst("\\bsaid\\b", "told reporters").replaceFirst("\\bPutin\\b", "Vladimir Putin")
                + "\n\n(Reporting by Reuters; additional reporting by our staff)";
    }

    /** Every seventh word replaced: the same story rewritten, not a copy. */
    private static String rewritten(String text) {
        String[] w = text.split(" ");
        for (int i = 0; i < w.length; i += 7) {
            w[i] = "rewritten";
        }
        return String.join(" ", w);
    }

    private static Row article(String id, String source, String published, String text) {
        return RowFactory.create(id, source, published == null ? null : Date.valueOf(published), text, null);
    }

    private static Dataset<Row> articles(List<Row> rows) {
        var schema = new org.apache.spark.sql.types.StructType()
                .add("article_id", "string").add("source", "string").add("published", "date")
                .add("text", "string").add("duplicate_of", "string");
        return spark.createDataFrame(rows, schema);
    }

    private static Map<String, String> duplicateOf(List<Row> rows) {
        Map<String, String> m = new java.util.HashMap<>();
        for (Row r : NearDuplicates.mark(spark, articles(rows)).collectAsList()) {
            m.put(r.getAs("article_id"), r.getAs("duplicate_of"));
        }
        return m;
    }

    private static double jaccard(String a, String b) {
        HashingTF tf = new HashingTF().setNumFeatures(NearDuplicates.NUM_FEATURES);
        Set<Integer> x = Arrays.stream(NearDuplicates.shingleIndices(a, tf)).boxed().collect(Collectors.toSet());
        Set<Integer> y = Arrays.stream(NearDuplicates.shingleIndices(b, tf)).boxed().collect(Collectors.toSet());
        Set<Integer> both = new HashSet<>(x);
        both.retainAll(y);
        Set<Integer> either = new HashSet<>(x);
        either.addAll(y);
        return (double) both.size() / either.size();
    }

    @Test
    void aLightlyEditedCopyPointsToTheEarlierOriginal() {
        String text = wire.get("text").asText();
        String copy = lightlyEdited(text);
        assertTrue(jaccard(text, copy) >= NearDuplicates.MIN_JACCARD, "test copy should be a near-duplicate");
        assertTrue(jaccard(text, rewritten(text)) < 0.5, "test rewrite should not be a near-duplicate");
        String original = wire.get("id").asText();
        List<Row> rows = new ArrayList<>();
        rows.add(article(original, "Reuters", "2016-03-01", text));
        rows.add(article("copy-in-washington-times", "Washington Times", "2016-03-02", copy));
        rows.add(article("copy-undated", "Yahoo News", null, text));
        rows.add(article("rewrite", "Newsmax", "2016-03-01", rewritten(text)));
        for (JsonNode d : others) {
            rows.add(article(d.get("id").asText(), d.get("source").asText(), null, d.get("text").asText()));
        }
        Map<String, String> dup = duplicateOf(rows);
        assertNull(dup.get(original));
        assertEquals(original, dup.get("copy-in-washington-times"));
        assertEquals(original, dup.get("copy-undated"));
        assertNull(dup.get("rewrite"));
        long marked = dup.values().stream().filter(v -> v != null).count();
        assertEquals(2, marked, "only the two copies are marked: " + dup);
    }

    @Test
    void theEarliestMemberIsTheOriginalWhicheverCameFirstInTheInput() {
        String text = wire.get("text").asText();
        List<Row> rows = List.of(
                article("b-later", "Reuters", "2016-03-05", text),
                article("a-earlier-copy", "Fox News", "2016-03-04", lightlyEdited(text)),
                article("c-same-day", "CNBC", "2016-03-04", lightlyEdited(lightlyEdited(text))));
        Map<String, String> dup = duplicateOf(rows);
        assertNull(dup.get("a-earlier-copy"));
        assertEquals("a-earlier-copy", dup.get("b-later"));
        assertEquals("a-earlier-copy", dup.get("c-same-day"));
    }

    @Test
    void textsTooShortToJudgeAreLeftAlone() {
        List<Row> rows = List.of(article("s1", "AP", "2021-12-07", "Peskov said the talks would be long."),
                article("s2", "Reuters", "2021-12-07", "Peskov said the talks would be long."));
        Map<String, String> dup = duplicateOf(rows);
        assertNull(dup.get("s1"));
        assertNull(dup.get("s2"));
    }
}
