package dev.slant.jobs.warehouse;

import dev.slant.jobs.SparkTestBase;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * `quotes` and `mentions` written before `sentiment_model` existed still read, in today's columns: their scored rows
 * name the one scorer Slant had then (so compare will not mix them with encoder rows), unscored rows name none.
 */
class SentimentModelLegacyTest extends SparkTestBase {
    @TempDir
    Path dir;

    @Test
    void oldTablesReadWithTheModelThatWroteThem() {
        Warehouse wh = new Warehouse(spark, dir.toString());
        Dataset<Row> quotes = Tables.QUOTES.empty(spark).drop("sentiment_model").unionByName(spark.sql("""
                SELECT 'q1' quote_id, 'a1' article_id, 's' source, '2021-W49' week, 'we are sickened' text,
                       0 char_start, 15 char_end, 'direct' kind, 'said' cue, null speaker_mention, null speaker,
                       null speaker_title, null speaker_type, null actor_id, null actor_name,
                       null attribution_method, null attribution_confidence, 'very negative' sentiment_label,
                       -0.8 sentiment_score, array(0.7, 0.2, 0.1, 0.0, 0.0) sentiment_probs
                UNION ALL
                SELECT 'q2', 'a1', 's', '2021-W49', 'an overlong quote', 20, 40, 'direct', 'said', null, null, null,
                       null, null, null, null, null, null, null, null"""), true);
        quotes.write().parquet(dir.resolve(Tables.QUOTES.name()).toString());
        Dataset<Row> mentions = Tables.MENTIONS.empty(spark).drop("sentiment_model").unionByName(spark.sql("""
                SELECT 'm1' mention_id, 'a1' article_id, 's' source, '2021-W49' week, 'Q7747' actor_id,
                       'Vladimir Putin' actor_name, 'Putin spoke.' sentence, 0 char_start, 12 char_end,
                       'Putin' surface, 'name' method, 'neutral' target_label, 0.1 target_score,
                       array(0.2, 0.5, 0.3) target_probs"""), true);
        mentions.write().parquet(dir.resolve(Tables.MENTIONS.name()).toString());

        List<Row> q = wh.read(Tables.QUOTES).orderBy("quote_id").collectAsList();
        assertEquals(List.of(), Tables.QUOTES.differences(wh.read(Tables.QUOTES).schema()));
        assertEquals("corenlp-rntn-5class", q.get(0).getAs("sentiment_model"));
        assertNull(q.get(1).getAs("sentiment_model"), "an unscored quote names no model");
        Row m = wh.read(Tables.MENTIONS).collectAsList().get(0);
        assertEquals(List.of(), Tables.MENTIONS.differences(wh.read(Tables.MENTIONS).schema()));
        assertEquals("lr-rntn-v1", m.getAs("sentiment_model"));
    }
}
