package dev.slant.jobs.report;

import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * Reads what one report needs from the warehouse into the driver: one week's quotes (with outlet, title and link from
 * `articles`), small per-week aggregates for the trailing weeks, and compare's test and word tables when present.
 * Quotes take their week from their article, and syndicated copies (`duplicate_of` set) are set aside, as in compare.
 */
public final class WeekLoader {
    /** compare's tables are small, but a runaway one must not fill the driver. */
    static final int MAX_FRAMING_ROWS = 20_000;

    private WeekLoader() {
    }

    public static WeekData load(Warehouse wh, IsoWeek week, ReportSettings s) {
        WeekData.Table tests = framing(wh, "framing_tests");
        WeekData.Table words = framing(wh, "framing_words");
        if (!wh.exists("articles")) {
            return new WeekData(week, 0, 0, Map.of(), Map.of(), List.of(), Map.of(), Map.of(), List.of(), tests,
                    words);
        }
        List<String> weeks = new ArrayList<>(week.trailing(s.trailingWeeks()).stream().map(IsoWeek::toString).toList());
        weeks.add(week.toString());
        Dataset<Row> all = withDefaults(wh.read("articles"), "lean", "duplicate_of", "title", "url");
        if (!Arrays.asList(all.columns()).contains("source_key")) {
            all = all.withColumn("source_key", col("source"));
        }
        Dataset<Row> arts = all.filter(col("week").isin(weeks.toArray()))
                .select(col("article_id"), col("week").as("a_week"),
                        coalesce(col("source_key"), col("source"), lit("(unknown)")).as("outlet"), col("lean"),
                        col("title"), col("url"), col("duplicate_of"))
                .cache();
        try {
            String w = week.toString();
            long duplicates = arts.filter(col("a_week").equalTo(w).and(col("duplicate_of").isNotNull())).count();
            Dataset<Row> kept = arts.filter(col("duplicate_of").isNull());
            Map<String, Long> byOutlet = new TreeMap<>();
            Map<String, String> lean = new TreeMap<>();
            for (Row r : kept.filter(col("a_week").equalTo(w)).groupBy("outlet")
                    .agg(count(lit(1)), first("lean", true)).collectAsList()) {
                byOutlet.put(r.getString(0), r.getLong(1));
                if (r.getString(2) != null) {
                    lean.put(r.getString(0), r.getString(2));
                }
            }
            Map<String, Long> articlesByWeek = counts(kept.groupBy("a_week").count());
            long articles = articlesByWeek.getOrDefault(w, 0L);

            List<QuoteRow> quotes = new ArrayList<>();
            Map<String, Long> quotesByWeek = new TreeMap<>();
            List<ActorWeek> history = new ArrayList<>();
            if (wh.exists("quotes")) {
                Dataset<Row> q = withDefaults(wh.read("quotes"), "kind", "cue", "speaker", "actor_id", "actor_name",
                        "sentiment_label");
                if (!Arrays.asList(q.columns()).contains("sentiment_score")) {
                    q = q.withColumn("sentiment_score", lit(null).cast("double"));
                }
                Dataset<Row> joined = q.select("quote_id", "article_id", "text", "kind", "cue", "speaker", "actor_id",
                                "actor_name", "sentiment_label", "sentiment_score")
                        .join(kept.drop("duplicate_of"), "article_id");
                for (Row r : joined.filter(col("a_week").equalTo(w))
                        .select(col("quote_id").cast("string"), col("article_id").cast("string"), col("outlet"),
                                col("lean"), col("text"), col("kind"), col("cue"), col("speaker"),
                                col("actor_id").cast("string"), col("actor_name"), col("sentiment_label"),
                                col("sentiment_score").cast("double"), col("title"), col("url"))
                        .orderBy("article_id", "quote_id").collectAsList()) {
                    quotes.add(new QuoteRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3),
                            r.getString(4), r.getString(5), r.getString(6), r.getString(7), r.getString(8),
                            r.getString(9), r.getString(10), r.isNullAt(11) ? null : r.getDouble(11),
                            r.getString(12), r.getString(13)));
                }
                quotesByWeek.putAll(counts(joined.groupBy("a_week").count()));
                Column score = col("sentiment_score").cast("double");
                for (Row r : joined.filter(col("actor_id").isNotNull()).groupBy("actor_id", "a_week")
                        .agg(count(lit(1)), countDistinct("article_id"), coalesce(sum(score), lit(0.0)),
                                count(score))
                        .collectAsList()) {
                    history.add(new ActorWeek(r.getString(0), r.getString(1), r.getLong(2), r.getLong(3),
                            r.getDouble(4), r.getLong(5)));
                }
            }
            return new WeekData(week, articles, duplicates, byOutlet, lean, quotes, articlesByWeek, quotesByWeek,
                    history, tests, words);
        } finally {
            arts.unpersist();
        }
    }

    private static Map<String, Long> counts(Dataset<Row> weekCounts) {
        Map<String, Long> m = new TreeMap<>();
        for (Row r : weekCounts.collectAsList()) {
            m.put(r.getString(0), r.getLong(1));
        }
        return m;
    }

    /** A table written by compare, as plain maps; null when compare has not written it. */
    static WeekData.Table framing(Warehouse wh, String table) {
        if (!wh.exists(table)) {
            return null;
        }
        Dataset<Row> df = wh.read(table);
        List<String> columns = Arrays.asList(df.columns());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : df.limit(MAX_FRAMING_ROWS).collectAsList()) {
            Map<String, Object> m = new LinkedHashMap<>();
            StructField[] fields = r.schema().fields();
            for (int i = 0; i < fields.length; i++) {
                Object v = r.isNullAt(i) ? null
                        : fields[i].dataType() instanceof ArrayType ? new ArrayList<>(r.getList(i)) : r.get(i);
                if (v != null && !(v instanceof Number || v instanceof Boolean || v instanceof String
                        || v instanceof List)) {
                    v = v.toString();
                }
                m.put(fields[i].name(), v);
            }
            rows.add(m);
        }
        return new WeekData.Table(table, "whole period", columns, rows);
    }

    private static Dataset<Row> withDefaults(Dataset<Row> df, String... columns) {
        for (String c : columns) {
            if (!Arrays.asList(df.columns()).contains(c)) {
                df = df.withColumn(c, lit(null).cast("string"));
            }
        }
        return df;
    }
}
