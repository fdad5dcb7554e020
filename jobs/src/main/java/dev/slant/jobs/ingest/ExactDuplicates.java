package dev.slant.jobs.ingest;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.trim;

/**
 * Which newly read articles to store: one per article_id and one per (outlet, text). What the warehouse already holds
 * always wins, so ingesting the same input again adds nothing, and a new file adds only its new articles.
 */
public final class ExactDuplicates {
    private ExactDuplicates() {
    }

    /** Same outlet, same words: lower case and whitespace do not make a different article. */
    public static Column textKey() {
        return concat_ws("|", col("source_key"),
                sha2(lower(trim(regexp_replace(col("text"), "\\s+", " "))), 256));
    }

    /**
     * @param normalized new article rows (schema {@link ArticleNormalizer#NORMALIZED})
     * @param existing   the stored `articles` table, or null when there is none
     * @return the rows of {@code normalized} to add, same schema
     */
    public static Dataset<Row> newArticles(Dataset<Row> normalized, Dataset<Row> existing) {
        Dataset<Row> byId = normalized
                .withColumn("_rank", row_number().over(Window.partitionBy("article_id").orderBy("input", "position")))
                .filter(col("_rank").equalTo(1)).drop("_rank");
        if (existing != null) {
            byId = byId.join(existing.select("article_id"), byId.col("article_id").equalTo(existing.col("article_id")),
                    "left_anti");
        }
        Dataset<Row> keyed = byId.withColumn("_text_key", textKey());
        Dataset<Row> firstCopy = keyed
                .withColumn("_rank", row_number().over(Window.partitionBy("_text_key")
                        .orderBy(col("published").asc_nulls_last(), col("article_id"))))
                .filter(col("_rank").equalTo(1)).drop("_rank");
        if (existing != null) {
            Dataset<Row> storedKeys = existing.select(textKey().as("_stored_key"));
            firstCopy = firstCopy.join(storedKeys, firstCopy.col("_text_key").equalTo(storedKeys.col("_stored_key")),
                    "left_anti");
        }
        return firstCopy.drop("_text_key");
    }
}
