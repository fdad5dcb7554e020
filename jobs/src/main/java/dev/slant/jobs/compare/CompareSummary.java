package dev.slant.jobs.compare;

import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;
import static org.apache.spark.sql.functions.sum;

/**
 * The readable end of a compare run: for the most-quoted actors, outlets and leans ordered by mean quote sentiment
 * with their intervals, the differences that survive Benjamini–Hochberg, and the top framing words.
 */
public final class CompareSummary {
    private static final int MAX_OUTLETS = 12;
    private static final int MAX_TESTS = 6;
    private static final int WORDS_PER_GROUP = 6;
    private static final int WORD_GROUPS = 4;

    private CompareSummary() {
    }

    public static String format(CompareResult r, CompareOptions o) {
        StringBuilder sb = new StringBuilder();
        CompareResult.Counts c = r.counts();
        sb.append(String.format(Locale.ROOT, "Compared %,d articles (%,d syndicated copies left out), %,d quotes, "
                        + "%,d attributed to registered actors, %,d actor mentions.%n", c.articles(),
                c.syndicatedExcluded(), c.quotes(), c.actorQuotes(), c.mentions()));
        sb.append(String.format(Locale.ROOT, "Sentiment model: %s.%n", c.sentimentModel()));
        if (c.orphanQuotes() > 0) {
            sb.append(String.format(Locale.ROOT, "%,d quotes name an article that is not in the articles table: "
                    + "ignored.%n", c.orphanQuotes()));
        }
        long tests = wholePeriod(r).count();
        long significant = wholePeriod(r).filter(col("significant")).count();
        sb.append(String.format(Locale.ROOT, "%,d whole-period tests, %,d significant after Benjamini-Hochberg "
                + "(q = %.2f; each week's tests are in framing_tests too). "
                + "Sentiment: P(positive) - P(negative), -1 .. +1; * = fewer than %d quotes.%n", tests,
                significant, o.q(), o.minCount()));

        List<Row> top = r.cells().filter(col("level").equalTo(CellLevels.SOURCE))
                .groupBy("actor_id").agg(sum("quotes").as("q"))
                .filter(col("q").gt(0)).orderBy(desc("q"), col("actor_id")).limit(o.summaryActors()).collectAsList();
        for (Row t : top) {
            String actor = t.getString(0);
            appendActor(sb, r, o, actor, t.getLong(1));
        }
        if (top.isEmpty()) {
            sb.append("\nNo quotes of registered actors in the selection.\n");
        }
        return sb.toString();
    }

    private static void appendActor(StringBuilder sb, CompareResult r, CompareOptions o, String actor, long quotes) {
        List<Row> outlets = r.cells().filter(col("actor_id").equalTo(actor)
                        .and(col("level").equalTo(CellLevels.SOURCE)).and(col("quotes").gt(0)))
                .orderBy(col("low_count"), desc("mean_sentiment"), col("source_key")).collectAsList();
        String name = outlets.isEmpty() || outlets.get(0).getAs("actor_name") == null ? actor
                : outlets.get(0).getAs("actor_name");
        sb.append(String.format(Locale.ROOT, "%n== %s: %,d quotes in %d outlets ==%n", name, quotes, outlets.size()));
        sb.append(String.format(Locale.ROOT, "  %-28s %6s %6s  %-17s %5s %5s %6s%n", "outlet", "quotes", "mean",
                "95% CI (articles)", "neg", "pos", "voice"));
        int shown = 0;
        for (Row c : outlets) {
            if (shown++ >= MAX_OUTLETS) {
                sb.append(String.format(Locale.ROOT, "  ... %d more outlets in framing_cells%n",
                        outlets.size() - MAX_OUTLETS));
                break;
            }
            sb.append(cellLine(c, c.getAs("source_key")));
        }
        List<Row> leans = r.cells().filter(col("actor_id").equalTo(actor)
                        .and(col("level").equalTo(CellLevels.LEAN)).and(col("quotes").gt(0)))
                .orderBy(desc("mean_sentiment")).collectAsList();
        if (!leans.isEmpty()) {
            sb.append("  by lean:\n");
            for (Row c : leans) {
                sb.append(cellLine(c, "lean " + c.getAs("lean")));
            }
        }
        List<Row> sig = wholePeriod(r).filter(col("actor_id").equalTo(actor).and(col("significant")))
                .orderBy(col("p_adjusted"), col("test")).collectAsList();
        long tested = wholePeriod(r).filter(col("actor_id").equalTo(actor)).count();
        sb.append(String.format(Locale.ROOT, "  significant after BH: %d of %d tests%n", sig.size(), tested));
        for (int i = 0; i < Math.min(MAX_TESTS, sig.size()); i++) {
            sb.append("    ").append(testLine(sig.get(i))).append('\n');
        }
        if (sig.isEmpty() && tested > 0) {
            for (Row closest : wholePeriod(r).filter(col("actor_id").equalTo(actor).and(col("p_adjusted").isNotNull()))
                    .orderBy(col("p_adjusted"), col("p_value"), col("test")).limit(1).collectAsList()) {
                sb.append("    closest: ").append(testLine(closest)).append('\n');
            }
        }
        List<Row> words = r.words().filter(col("actor_id").equalTo(actor).and(col("corpus").equalTo("quotes"))
                        .and(col("level").equalTo(CellLevels.SOURCE)).and(col("rank").leq(WORDS_PER_GROUP))
                        .and(col("low_count").equalTo(false)))
                .orderBy(desc("group_docs"), col("source_key"), col("rank")).collectAsList();
        if (!words.isEmpty()) {
            sb.append("  framing words in quotes (log-odds z vs other outlets):\n");
            String current = null;
            List<String> line = new ArrayList<>();
            int groups = 0;
            for (Row w : words) {
                String src = w.getAs("source_key");
                if (!src.equals(current)) {
                    if (current != null) {
                        sb.append(String.format(Locale.ROOT, "    %-24s %s%n", current, String.join(", ", line)));
                    }
                    if (++groups > WORD_GROUPS) {
                        current = null;
                        break;
                    }
                    current = src;
                    line.clear();
                }
                line.add(String.format(Locale.ROOT, "%s %.1f", w.<String>getAs("word"), w.<Double>getAs("z")));
            }
            if (current != null) {
                sb.append(String.format(Locale.ROOT, "    %-24s %s%n", current, String.join(", ", line)));
            }
        }
    }

    /** The summary speaks of the whole selected period; per-week tests are a family of their own. */
    private static org.apache.spark.sql.Dataset<Row> wholePeriod(CompareResult r) {
        return r.tests().filter(col("week").equalTo(CompareInputs.ALL_WEEKS));
    }

    private static String cellLine(Row c, String label) {
        long q = c.<Long>getAs("quotes");
        boolean low = c.<Boolean>getAs("low_count");
        return String.format(Locale.ROOT, "  %-28s %5d%s %6s  %-17s %5s %5s %6s%n", truncate(label, 28), q,
                low ? "*" : " ", num(c.getAs("mean_sentiment"), "%+.2f"), interval(c), pct(c.getAs("share_negative")),
                pct(c.getAs("share_positive")), pct(c.getAs("voice_share")));
    }

    private static String testLine(Row t) {
        String test = t.getAs("test");
        if (test.startsWith("chi2")) {
            return String.format(Locale.ROOT, "label x %s: chi2 = %.1f (df %d), Cramer's V = %.2f, p = %s, "
                            + "p_adj = %s", t.<String>getAs("level"), t.<Double>getAs("statistic"), t.<Integer>getAs("df"),
                    t.<Double>getAs("cramers_v"), p(t.getAs("p_value")), p(t.getAs("p_adjusted")));
        }
        return String.format(Locale.ROOT, "%s vs %s: %+.2f vs %+.2f, diff %+.2f [%s, %s], p = %s, p_adj = %s",
                t.<String>getAs("group_a"), t.<String>getAs("group_b"), t.<Double>getAs("mean_a"),
                t.<Double>getAs("mean_b"), t.<Double>getAs("diff"), num(t.getAs("diff_ci_low"), "%+.2f"),
                num(t.getAs("diff_ci_high"), "%+.2f"), p(t.getAs("p_value")), p(t.getAs("p_adjusted")));
    }

    private static String interval(Row c) {
        Double lo = c.getAs("ci_low");
        Double hi = c.getAs("ci_high");
        return lo == null ? "-" : String.format(Locale.ROOT, "[%+.2f, %+.2f]", lo, hi);
    }

    private static String num(Double v, String fmt) {
        return v == null ? "-" : String.format(Locale.ROOT, fmt, v);
    }

    private static String pct(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.0f%%", 100 * v);
    }

    private static String p(Double v) {
        return v == null ? "-" : v < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", v);
    }

    private static String truncate(String s, int n) {
        return s == null ? "(none)" : s.length() <= n ? s : s.substring(0, n - 1) + "…";
    }
}
