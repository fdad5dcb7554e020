package dev.slant.jobs.report;

import java.util.List;
import java.math.BigDecimal;
import java.math.MathContext;

/** RFC 4180 CSV, with spreadsheet formula injection defused (a quote starting with `=` must not run in Excel). */
final class Csv {
    private final StringBuilder sb = new StringBuilder();

    Csv(String... header) {
        row((Object[]) header);
    }

    Csv(List<String> header) {
        row(header.toArray());
    }

    Csv row(Object... values) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                sb.append(',');
            }
            sb.append(field(values[i]));
        }
        sb.append("\r\n");
        return this;
    }

    static String field(Object v) {
        if (v == null) {
            return "";
        }
        String s;
        if (v instanceof Double d) {
            // Six significant digits, no trailing zeros, never exponent notation: what a spreadsheet reads back.
            s = Double.isNaN(d) || Double.isInfinite(d) ? d.toString()
                    : new BigDecimal(d).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        } else if (v instanceof Number || v instanceof Boolean) {
            s = v.toString();
        } else if (v instanceof List<?> l) {
            s = String.join("; ", l.stream().map(String::valueOf).toList());
        } else {
            s = v.toString();
            if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
                s = "'" + s;
            }
        }
        boolean quote = s.indexOf(',') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0;
        return quote ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public String toString() {
        return sb.toString();
    }
}
