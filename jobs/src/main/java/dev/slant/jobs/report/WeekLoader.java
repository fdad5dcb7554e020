package dev.slant.jobs.report;

import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.StructField;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

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
        String w = week.toString();

        // Two scans, no shuffles: the articles of the weeks in view (without their text), then their quotes.
        Dataset<Row> all = withDefaults(wh.read("articles"), "lean", "duplicate_of", "title", "url");
        Column outlet = Arrays.asList(all.columns()).contains("source_key")
                ? coalesce(col("source_key"), col("source"), lit("(unknown)"))
                : coalesce(col("source"), lit("(unknown)"));
        Map<String, Row> kept = new HashMap<>();
        Map<String, Long> byOutlet = new TreeMap<>();
        Map<String, String> lean = new TreeMap<>();
        Map<String, Long> articlesByWeek = new TreeMap<>();
        long duplicates = 0;
        for (Row r : all.filter(col("week").isin(weeks.toArray()))
                .select(col("article_id").cast("string"), col("week"), outlet.as("outlet"), col("lean"),
                        col("title"), col("url"), col("duplicate_of")).collectAsList()) {
            boolean thisWeek = w.equals(r.getString(1));
            if (!r.isNullAt(6)) {
                duplicates += thisWeek ? 1 : 0;
                continue;
            }
            kept.put(r.getString(0), r);
            articlesByWeek.merge(r.getString(1), 1L, Long::sum);
            if (thisWeek) {
                byOutlet.merge(r.getString(2), 1L, Long::sum);
                if (r.getString(3) != null) {
                    lean.putIfAbsent(r.getString(2), r.getString(3));
                }
            }
        }

        List<QuoteRow> quotes = new ArrayList<>();
        Map<String, Long> quotesByWeek = new TreeMap<>();
        Map<String, ActorWeek> history = new TreeMap<>();
        if (wh.exists("quotes") && !kept.isEmpty()) {
            Dataset<Row> q = withDefaults(wh.read("quotes"), "kind", "cue", "speaker", "actor_id", "actor_name",
                    "sentiment_label");
            if (!Arrays.asList(q.columns()).contains("sentiment_score")) {
                q = q.withColumn("sentiment_score", lit(null).cast("double"));
            }
            if (Arrays.asList(q.columns()).contains("week")) {
                q = q.filter(col("week").isin(weeks.toArray())); // pruning only; the article's week decides below
            }
            for (Row r : q.select(col("quote_id").cast("string"), col("article_id").cast("string"), col("text"),
                    col("kind"), col("cue"), col("speaker"), col("actor_id").cast("string"), col("actor_name"),
                    col("sentiment_label"), col("sentiment_score").cast("double")).collectAsList()) {
                Row a = kept.get(r.getString(1));
                if (a == null) {
                    continue; // a syndicated copy, or an article outside the weeks in view
                }
                String aw = a.getString(1);
                Double score = r.isNullAt(9) ? null : r.getDouble(9);
                quotesByWeek.merge(aw, 1L, Long::sum);
                if (aw.equals(w)) {
                    quotes.add(new QuoteRow(r.getString(0), r.getString(1), a.getString(2), a.getString(3),
                            r.getString(2), r.getString(3), r.getString(4), r.getString(5), r.getString(6),
                            r.getString(7), r.getString(8), score, a.getString(4), a.getString(5)));
                }
                if (r.getString(6) != null) {
                    history.merge(r.getString(6) + "\u0001" + aw, new ActorWeek(r.getString(6), aw, 1,
                            score == null ? 0 : score, score == null ? 0 : 1), WeekLoader::add);
                }
            }
        }
        quotes.sort(java.util.Comparator.comparing(QuoteRow::articleId).thenComparing(QuoteRow::quoteId));
        return new WeekData(week, articlesByWeek.getOrDefault(w, 0L), duplicates, byOutlet, lean, quotes,
                articlesByWeek, quotesByWeek, new ArrayList<>(history.values()), tests, words);
    }

    private static ActorWeek add(ActorWeek a, ActorWeek b) {
        return new ActorWeek(a.actorId(), a.week(), a.quotes() + b.quotes(), a.sentimentSum() + b.sentimentSum(),
                a.scoredQuotes() + b.scoredQuotes());
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
