package dev.slant.kernel;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StructField;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.util.List;
import java.util.Locale;

/**
 * The first rows of a Spark Dataset as an HTML table (plus a plain-text twin), escaped by the report's
 * {@link dev.slant.jobs.report.Html#esc}. Only {@code limit + 1} rows are
 * collected, so showing a huge table costs one small Spark job; the extra row only tells whether there is more.
 */
public final class DatasetTable implements Displayable {

    public static final int DEFAULT_ROWS = 20;
    private static final int MAX_CELL_CHARS = 200;

    private final String[] columns;
    private final boolean[] numeric;
    private final List<Row> rows;
    private final boolean truncated;

    private DatasetTable(String[] columns, boolean[] numeric, List<Row> rows, boolean truncated) {
        this.columns = columns;
        this.numeric = numeric;
        this.rows = rows;
        this.truncated = truncated;
    }

    public static DatasetTable of(Dataset<?> dataset, int limit) {
        StructField[] fields = dataset.schema().fields();
        String[] columns = new String[fields.length];
        boolean[] numeric = new boolean[fields.length];
        for (int i = 0; i < fields.length; i++) {
            columns[i] = fields[i].name();
            numeric[i] = fields[i].dataType() instanceof NumericType;
        }
        List<Row> taken = dataset.toDF().takeAsList(limit + 1);
        boolean truncated = taken.size() > limit;
        return new DatasetTable(columns, numeric, truncated ? taken.subList(0, limit) : taken, truncated);
    }

    public int rowCount() {
        return rows.size();
    }

    public boolean truncated() {
        return truncated;
    }

    public String html() {
        StringBuilder h = new StringBuilder("<table class=\"slant-table\">\n<thead><tr>");
        for (String c : columns) {
            h.append("<th>").append(dev.slant.jobs.report.Html.esc(c)).append("</th>");
        }
        h.append("</tr></thead>\n<tbody>\n");
        for (Row row : rows) {
            h.append("<tr>");
            for (int i = 0; i < columns.length; i++) {
                h.append(numeric[i] ? "<td style=\"text-align:right\">" : "<td style=\"text-align:left\">")
                        .append(dev.slant.jobs.report.Html.esc(cell(row, i))).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</tbody>\n</table>\n<p><small>").append(footer()).append("</small></p>");
        return h.toString();
    }

    public String plain() {
        StringBuilder t = new StringBuilder(String.join("\t", columns)).append('\n');
        for (Row row : rows) {
            for (int i = 0; i < columns.length; i++) {
                t.append(i == 0 ? "" : "\t").append(cell(row, i));
            }
            t.append('\n');
        }
        return t.append(footer()).toString();
    }

    private String footer() {
        return truncated ? "first " + rows.size() + " rows shown" : rows.size() + (rows.size() == 1 ? " row" : " rows");
    }

    private static String cell(Row row, int i) {
        if (row.isNullAt(i)) {
            return "null";
        }
        Object v = row.get(i);
        String s;
        if (v instanceof Double || v instanceof Float) {
            double d = ((Number) v).doubleValue();
            // Four significant digits keep statistics readable without hiding magnitude.
            s = d == 0 ? "0" : Double.isFinite(d) && Math.abs(d) < 1e7 && Math.abs(d) >= 1e-4
                    ? new java.math.BigDecimal(d).round(new java.math.MathContext(4)).stripTrailingZeros().toPlainString()
                    : String.format(Locale.ROOT, "%.4g", d);
        } else if (v instanceof scala.collection.Seq<?> seq) {
            s = scala.jdk.javaapi.CollectionConverters.asJava(seq).toString();
        } else {
            s = String.valueOf(v);
        }
        return s.length() > MAX_CELL_CHARS ? s.substring(0, MAX_CELL_CHARS) + "…" : s;
    }

    @Override
    public DisplayData toDisplayData() {
        DisplayData data = new DisplayData(plain());
        data.putHTML(html());
        return data;
    }

    @Override
    public String toString() {
        return plain();
    }
}
