package dev.slant.jobs.ingest;

import dev.slant.jobs.warehouse.Tables;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Iterator;

/**
 * Raw records → article rows: defaults for missing source and date, the outlet key and ratings, the parsed date and
 * its ISO week, a stable id. Keeps `input`, `position` (for ordering) and `date_issue` (for the run's counts) as
 * working columns that {@link #ARTICLE_COLUMNS} leaves out of the table.
 */
public final class ArticleNormalizer {
    /** The `articles` table, in column order. */
    public static final StructType ARTICLES = Tables.ARTICLES.schema();

    public static final String[] ARTICLE_COLUMNS = ARTICLES.fieldNames();

    /** Articles plus the working columns. */
    public static final StructType NORMALIZED = ARTICLES
            .add("input", DataTypes.StringType, false)
            .add("position", DataTypes.LongType, false)
            .add("date_issue", DataTypes.StringType, true);

    private ArticleNormalizer() {
    }

    /** Defaults for inputs that lack a source or a date (`--source`, `--published`); either may be null. */
    public record Defaults(String source, String published, LocalDate today) implements java.io.Serializable {
    }

    public static Dataset<Row> normalize(Dataset<Row> accepted, Defaults defaults, Broadcast<OutletDirectory> outlets) {
        return accepted.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> map(rows, defaults, outlets.value()),
                Encoders.row(NORMALIZED));
    }

    private static Iterator<Row> map(Iterator<Row> rows, Defaults defaults, OutletDirectory outlets) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                return toArticle(rows.next(), defaults, outlets);
            }
        };
    }

    /** One raw record (schema {@link RawRecords#SCHEMA}) as an article row (schema {@link #NORMALIZED}). */
    public static Row toArticle(Row r, Defaults defaults, OutletDirectory outlets) {
        String source = firstNonBlank(r.getAs("source"), defaults.source());
        String sourceUrl = r.getAs("source_url");
        String url = r.getAs("url");
        String title = r.getAs("title");
        String text = r.getAs("text");
        String biasLabel = r.getAs("bias_label");
        PublishedDates.Parsed date = PublishedDates.parse(firstNonBlank(r.getAs("published"), defaults.published()),
                defaults.today());
        String key = outlets.sourceKey(source, sourceUrl, url);
        OutletDirectory.Ratings ratings = outlets.ratings(source, key);
        String id = firstNonBlank(r.getAs("id"), null);
        if (id == null) {
            id = stableId(source, title, text);
        }
        return RowFactory.create(id, source, key, sourceUrl,
                date.date() == null ? null : java.sql.Date.valueOf(date.date()),
                PublishedDates.isoWeek(date.date()), title, text, url, r.getAs("topic"), biasLabel,
                ratings.biasMbfc(), ratings.factMbfc(), ratings.biasAllsides(),
                OutletDirectory.lean(ratings, biasLabel), null,
                r.getAs("input"), r.<Long>getAs("position"),
                date.issue() == null ? null : date.issue().name().toLowerCase(java.util.Locale.ROOT));
    }

    /** `h` + 16 hex digits of SHA-256 over source, title and text: the same on every run and machine. */
    public static String stableId(String source, String title, String text) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            for (String part : new String[] {source, title, text}) {
                md.update((part == null ? "" : part).getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
            }
            return "h" + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String firstNonBlank(String a, String b) {
        if (a != null && !a.isBlank()) {
            return a.trim();
        }
        return b == null || b.isBlank() ? null : b.trim();
    }
}
