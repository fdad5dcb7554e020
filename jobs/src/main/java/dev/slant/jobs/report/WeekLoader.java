package dev.slant.jobs.report;

import dev.slant.jobs.compare.CompareInputs;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
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

import static org.apache.spark.sql.functions.col;

/**
 * Reads what one report needs into the driver. The week's articles and quotes are selected by compare's own filters
 * ({@link CompareInputs}, with the options of the compare run the report shows), so the page counts what compare
 * counted; every statistic is a row of compare's tables for the week.
 */
public final class WeekLoader {
    /** compare's tables are small, but a runaway one must not fill the driver. */
    static final int MAX_FRAMING_ROWS = 20_000;

    private WeekLoader() {
    }

    public static WeekData load(Warehouse wh, IsoWeek week, CompareRun run) {
        String w = week.toString();
        Column thisWeek = col("week").equalTo(w);
        WeekData.Table cells = framing(wh, Tables.FRAMING_CELLS, thisWeek);
        WeekData.Table tests = framing(wh, Tables.FRAMING_TESTS, thisWeek);
        WeekData.Table words = framing(wh, Tables.FRAMING_WORDS, null);
        int trailing = run.options().trailingWeeks();
        if (!wh.exists(Tables.ARTICLES)) {
            return new WeekData(week, 0, 0, Map.of(), Map.of(), List.of(), Map.of(), Map.of(), trailing, cells,
                    tests, words, run.description());
        }
        // The report's window: the trailing weeks and this one, with compare's selection rules.
        CompareOptions o = run.options().withWeeks(week.minus(trailing).toString(), w);
        Dataset<Row> articlesTable = wh.read(Tables.ARTICLES);
        Dataset<Row> quotesTable = wh.exists(Tables.QUOTES) ? wh.read(Tables.QUOTES) : emptyQuotes(articlesTable);
        CompareInputs in = CompareInputs.prepare(articlesTable, quotesTable, null, o);

        Map<String, Long> articlesByWeek = countByWeek(in.articles());
        Map<String, Long> quotesByWeek = countByWeek(in.quotes());
        Map<String, Row> articles = new HashMap<>();
        Map<String, Long> byOutlet = new TreeMap<>();
        Map<String, String> lean = new TreeMap<>();
        for (Row r : in.articles().filter(thisWeek).select("article_id", "source_key", "lean", "title", "url")
                .collectAsList()) {
            articles.put(r.getString(0), r);
            byOutlet.merge(r.getString(1), 1L, Long::sum);
            if (r.getString(2) != null) {
                lean.putIfAbsent(r.getString(1), r.getString(2));
            }
        }
        List<QuoteRow> quotes = new ArrayList<>();
        for (Row r : in.quotes().filter(thisWeek).select("quote_id", "article_id", "source_key", "lean", "text",
                "kind", "cue", "actor_id", "actor_name", "sentiment_label", "sentiment_score").collectAsList()) {
            Row a = articles.get(r.getString(1));
            quotes.add(new QuoteRow(r.getString(0), r.getString(1), r.getString(2), r.getString(3), r.getString(4),
                    r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9),
                    r.isNullAt(10) ? null : r.getDouble(10), a == null ? null : a.getString(3),
                    a == null ? null : a.getString(4)));
        }
        quotes.sort(java.util.Comparator.comparing(QuoteRow::articleId).thenComparing(QuoteRow::quoteId));
        long duplicates = CompareInputs.syndicatedCopies(articlesTable, o.withWeeks(w, w)).count();
        return new WeekData(week, articlesByWeek.getOrDefault(w, 0L), duplicates, byOutlet, lean, quotes,
                articlesByWeek, quotesByWeek, trailing, cells, tests, words, run.description());
    }

    private static Map<String, Long> countByWeek(Dataset<Row> df) {
        Map<String, Long> out = new TreeMap<>();
        for (Row r : df.filter(col("week").isNotNull()).groupBy("week").count().collectAsList()) {
            out.put(r.getString(0), r.getLong(1));
        }
        return out;
    }

    /** A warehouse with articles but no quotes table yet: no quotes, with the columns compare reads. */
    private static Dataset<Row> emptyQuotes(Dataset<Row> articles) {
        return articles.sparkSession().emptyDataFrame().selectExpr("cast(null as string) quote_id",
                "cast(null as string) article_id", "cast(null as string) text");
    }

    /** A table written by compare (rows matching `filter`, all when null), as plain maps; null when absent. */
    static WeekData.Table framing(Warehouse wh, Table table, Column filter) {
        if (!wh.exists(table)) {
            return null;
        }
        Dataset<Row> df = wh.read(table);
        List<String> columns = Arrays.asList(df.columns());
        if (filter != null && columns.contains("week")) {
            df = df.filter(filter);
        }
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
        return new WeekData.Table(table.name(), "whole period", columns, rows);
    }
}
