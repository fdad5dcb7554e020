package dev.slant.jobs.report;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Picks the rows of compare's `framing_tests` (already the week's) and `framing_words` (whole period: compare does not
 * split words by week) that belong on this week's page: the week's top actors and outlets, the outlet level, the
 * quotes corpus. Works on whatever columns are there, so a table without one of them is shown unfiltered on that
 * column rather than breaking the report.
 */
public final class FramingTables {
    /** Columns of framing_tests worth a reader's attention, in reading order (others stay in the CSV). */
    static final List<String> TEST_COLUMNS = List.of("actor_name", "test", "week", "group_a", "group_b", "quotes",
            "articles", "statistic", "df", "cramers_v", "diff", "diff_ci_low", "diff_ci_high", "p_value",
            "p_adjusted", "significant");

    private FramingTables() {
    }

    /** The week's tests of the shown actors other than the outlet pairs (those are the page's differences table). */
    public static WeekData.Table tests(WeekData.Table t, Collection<String> actorIds) {
        if (t == null) {
            return null;
        }
        List<Map<String, Object>> rows = t.rows().stream()
                .filter(r -> !FigureCalculator.OUTLET_TEST.equals(r.get("test")))
                .filter(r -> !t.columns().contains("actor_id") || actorIds.contains(str(r.get("actor_id"))))
                .sorted(Comparator.comparing((Map<String, Object> r) -> !Boolean.TRUE.equals(r.get("significant")))
                        .thenComparingDouble(r -> num(r.get("p_adjusted"), num(r.get("p_value"), 1.0))))
                .toList();
        List<String> cols = TEST_COLUMNS.stream().filter(t.columns()::contains).toList();
        return new WeekData.Table(t.name(), "this week's tests (one Benjamini–Hochberg family per week)",
                cols.isEmpty() ? t.columns() : cols, rows);
    }

    public static WeekData.Table words(WeekData.Table t, Collection<String> actorIds, Set<String> outlets,
                                       int perGroup) {
        if (t == null) {
            return null;
        }
        List<Map<String, Object>> rows = t.rows().stream()
                .filter(r -> !t.columns().contains("corpus") || "quotes".equals(r.get("corpus")))
                .filter(r -> !t.columns().contains("level") || "source".equals(r.get("level")))
                .filter(r -> !t.columns().contains("actor_id") || actorIds.contains(str(r.get("actor_id"))))
                .filter(r -> !t.columns().contains("source_key") || outlets.contains(str(r.get("source_key"))))
                .sorted(Comparator.comparingDouble(r -> -num(r.get("z"), 0)))
                .toList();
        // Keep each (actor, outlet)'s strongest words only.
        Map<String, Integer> taken = new HashMap<>();
        List<Map<String, Object>> kept = new ArrayList<>();
        for (Map<String, Object> r : rows) {
            String key = r.get("actor_id") + "\u0001" + r.get("source_key");
            if (taken.merge(key, 1, Integer::sum) <= perGroup) {
                kept.add(r);
            }
        }
        return new WeekData.Table(t.name(), "whole period of the compare run (compare does not split words by week)",
                t.columns(), kept);
    }

    static String str(Object o) {
        return o == null ? null : o.toString();
    }

    static double num(Object o, double fallback) {
        return o instanceof Number n && !Double.isNaN(n.doubleValue()) ? n.doubleValue() : fallback;
    }

    static boolean hasWordColumns(WeekData.Table t) {
        return t.columns().containsAll(List.of("word", "z")) && Objects.nonNull(t.rows());
    }
}
