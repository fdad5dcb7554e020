package dev.slant.jobs.query;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;

/** Prints a result as an aligned text table, CSV (RFC 4180) or JSON lines. */
public final class ResultPrinter {
    /** Longest cell shown in table format; the rest is cut with "…" (CSV and JSON lines are never cut). */
    public static final int MAX_CELL = 60;

    public enum Format { TABLE, CSV, JSONL;

        public static Format of(String s) {
            try {
                return valueOf(s.trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("--format is table, csv or jsonl, not '" + s + "'");
            }
        }
    }

    private ResultPrinter() {
    }

    /** Prints {@code result}; returns the number of rows printed. */
    public static long print(Dataset<Row> result, Format format, PrintStream out) {
        return switch (format) {
            case TABLE -> table(result, out);
            case CSV -> csv(result, out);
            case JSONL -> jsonl(result, out);
        };
    }

    static long table(Dataset<Row> result, PrintStream out) {
        String[] names = result.columns();
        List<String[]> cells = new ArrayList<>();
        int[] width = new int[names.length];
        for (int i = 0; i < names.length; i++) {
            width[i] = names[i].length();
        }
        for (Row r : result.collectAsList()) {
            String[] c = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                c[i] = cut(r.isNullAt(i) ? "null" : String.valueOf(r.get(i)));
                width[i] = Math.max(width[i], c[i].length());
            }
            cells.add(c);
        }
        out.println(line(names, width, result, cells.isEmpty() ? null : cells.get(0)));
        StringBuilder rule = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            rule.append(i == 0 ? "" : "-+-").append("-".repeat(width[i]));
        }
        out.println(rule);
        for (String[] c : cells) {
            out.println(line(c, width, result, c));
        }
        return cells.size();
    }

    private static String line(String[] values, int[] width, Dataset<Row> result, String[] sample) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            boolean numeric = result.schema().fields()[i].dataType() instanceof org.apache.spark.sql.types.NumericType;
            String v = values[i];
            String pad = " ".repeat(width[i] - v.length());
            b.append(i == 0 ? "" : " | ").append(numeric ? pad + v : v + (i == values.length - 1 ? "" : pad));
        }
        return b.toString().stripTrailing();
    }

    private static String cut(String s) {
        String oneLine = s.replace("\r", " ").replace("\n", " ").replace("\t", " ");
        return oneLine.length() <= MAX_CELL ? oneLine : oneLine.substring(0, MAX_CELL - 1) + "…";
    }

    static long csv(Dataset<Row> result, PrintStream out) {
        String[] names = result.columns();
        out.println(csvLine(names));
        long n = 0;
        for (Iterator<Row> it = result.toLocalIterator(); it.hasNext(); n++) {
            Row r = it.next();
            String[] c = new String[names.length];
            for (int i = 0; i < names.length; i++) {
                c[i] = r.isNullAt(i) ? "" : String.valueOf(r.get(i));
            }
            out.println(csvLine(c));
        }
        return n;
    }

    static String csvLine(String[] values) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            String v = values[i];
            if (i > 0) {
                b.append(',');
            }
            if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
                b.append('"').append(v.replace("\"", "\"\"")).append('"');
            } else {
                b.append(v);
            }
        }
        return b.toString();
    }

    static long jsonl(Dataset<Row> result, PrintStream out) {
        long n = 0;
        // to_json with ignoreNullFields=false: a null is printed as null, not left out of the line.
        Dataset<Row> lines = result.select(org.apache.spark.sql.functions.to_json(
                org.apache.spark.sql.functions.struct(org.apache.spark.sql.functions.col("*")),
                java.util.Map.of("ignoreNullFields", "false")));
        for (Iterator<Row> it = lines.toLocalIterator(); it.hasNext(); n++) {
            out.println(it.next().getString(0));
        }
        return n;
    }
}
