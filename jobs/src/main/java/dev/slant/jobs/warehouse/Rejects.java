package dev.slant.jobs.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.util.Arrays;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

/**
 * The `rejects` table's stages and how a table written before `stage`, `line` and `article_id` existed is read: its
 * one `position` column held an ingest line number or, for rows of input `articles`, the NLP stage's article id.
 */
public final class Rejects {
    /** `stage` of a record ingest could not read (`input` is the file, `line` where the record starts). */
    public static final String INGEST = Runs.INGEST;
    /** `stage` of an article the quotes stage could not process (`input` is `articles`, `article_id` set). */
    public static final String QUOTES = Runs.QUOTES;

    private Rejects() {
    }

    /** Old rows in today's columns; a table already in today's columns is returned as it is. */
    static Dataset<Row> fromLegacy(Dataset<Row> stored) {
        if (!Arrays.asList(stored.columns()).contains("position")) {
            return stored;
        }
        // Only the NLP stage ever wrote rows whose input is the articles table.
        var nlp = col("input").equalTo(lit(Tables.ARTICLES.name()));
        return stored.select(when(nlp, lit(QUOTES)).otherwise(lit(INGEST)).as("stage"), col("input"),
                when(nlp, lit(null).cast("long")).otherwise(col("position").cast("long")).as("line"),
                when(nlp, col("position").cast("string")).as("article_id"), col("reason"), col("raw"));
    }
}
