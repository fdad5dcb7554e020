package dev.slant.jobs.compare;

import org.apache.spark.ml.feature.RegexTokenizer;
import org.apache.spark.ml.feature.StopWordsRemover;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.regexp_replace;

/**
 * Lower-case word tokens for framing words and topics: runs of letters (inner apostrophes kept, curly ones
 * straightened so "don’t" meets the stop list's "don't", possessive 's dropped), MLlib's English stop words removed, plus a few words that
 * every news story uses and that only add noise to topics.
 */
final class Tokens {
    static final String WORD = "\\p{L}+(?:'\\p{L}+)*";
    static final List<String> NEWS_STOP_WORDS = List.of("said", "says", "say", "mr", "mrs", "ms", "also", "would",
            "could", "told", "one", "two", "like", "just", "according", "s", "t");

    private Tokens() {
    }

    /** Adds `tokens` (array&lt;string&gt;) for the text column `textCol`. */
    static Dataset<Row> tokenize(Dataset<Row> df, String textCol, boolean dropNewsWords) {
        // Possessive 's is dropped so "department's" and "department" count as one word.
        Dataset<Row> clean = df.withColumn("_text", regexp_replace(regexp_replace(coalesce(col(textCol), lit("")),
                "[’‘`]", "'"), "(?<=\\p{L})'s\\b", ""));
        Dataset<Row> raw = new RegexTokenizer().setInputCol("_text").setOutputCol("_raw_tokens").setGaps(false)
                .setPattern(WORD).setToLowercase(true).setMinTokenLength(2).transform(clean);
        List<String> stop = new ArrayList<>(Arrays.asList(StopWordsRemover.loadDefaultStopWords("english")));
        if (dropNewsWords) {
            stop.addAll(NEWS_STOP_WORDS);
        }
        return new StopWordsRemover().setInputCol("_raw_tokens").setOutputCol("tokens")
                .setStopWords(stop.toArray(new String[0])).transform(raw).drop("_text", "_raw_tokens");
    }
}
