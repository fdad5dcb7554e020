package dev.slant.jobs.report;

import dev.slant.jobs.report.WeeklyFigures.ActorSection;
import dev.slant.jobs.report.WeeklyFigures.Change;
import dev.slant.jobs.report.WeeklyFigures.Difference;
import dev.slant.jobs.report.WeeklyFigures.Headline;
import dev.slant.jobs.report.WeeklyFigures.OutletCell;
import dev.slant.jobs.warehouse.IsoWeek;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Lays one week out as the page's figures. It computes no statistic: intervals, low-count flags and week-over-week
 * changes are framing_cells' rows of the week, differences are framing_tests' rows of the week. Pure: no Spark, no
 * I/O.
 */
public final class FigureCalculator {
    static final String OUTLET_LEVEL = "source_week";
    static final String ACTOR_LEVEL = "actor_week";
    static final String OUTLET_TEST = "mean_diff_source_week";

    private FigureCalculator() {
    }

    public static WeeklyFigures compute(WeekData d, ReportSettings s) {
        String week = d.week().toString();
        if (d.empty()) {
            return figures(d, s, false, "No articles in the warehouse for week " + week + " (" + d.week().monday()
                    + " to " + d.week().sunday() + "): nothing to report.", List.of(), List.of(), List.of());
        }
        long attributed = d.quotes().stream().filter(QuoteRow::attributed).count();
        List<Map<String, Object>> actorRows = rows(d.framingCells(), ACTOR_LEVEL);
        if (attributed > 0 && actorRows.isEmpty()) {
            String why = d.framingCells() == null ? "the warehouse has no framing_cells table"
                    : "compare's tables have no row for " + week + " (" + d.compareRun() + ")";
            return figures(d, s, true, "Not computed: " + why + ". Run ./slant compare over this week, then the "
                    + "report again.", List.of(), List.of(), List.of());
        }
        List<ActorSection> sections = new ArrayList<>();
        actorRows.stream()
                .sorted(Comparator.comparingLong((Map<String, Object> r) -> -lng(r, "quotes"))
                        .thenComparing(r -> str(r, "actor_id")))
                .filter(r -> lng(r, "quotes") > 0).limit(s.topActors())
                .forEach(r -> sections.add(section(d, r, s)));
        String message = sections.isEmpty()
                ? "Articles were ingested for " + week + " but no quotation in them is attributed to a registered actor."
                : null;
        return figures(d, s, true, message, sections, sections.stream().map(ActorSection::change).toList(),
                differences(d, sections));
    }

    private static WeeklyFigures figures(WeekData d, ReportSettings s, boolean hasData, String message,
                                         List<ActorSection> sections, List<Change> changes, List<Difference> diffs) {
        String week = d.week().toString();
        List<String> actorIds = sections.stream().map(ActorSection::actorId).toList();
        return new WeeklyFigures(week, d.week().monday().toString(), d.week().sunday().toString(), hasData, message,
                d.compareRun(), d.trailingWeeks(), headline(d), sections, changes, diffs,
                hasData ? FramingTables.tests(d.framingTests(), actorIds) : null,
                hasData ? FramingTables.words(d.framingWords(), actorIds, d.articlesByOutlet().keySet(), 8) : null,
                s);
    }

    static Headline headline(WeekData d) {
        List<String> trailing = d.week().trailing(d.trailingWeeks()).stream().map(IsoWeek::toString).toList();
        String prev = d.week().previous().toString();
        long attributed = d.quotes().stream().filter(QuoteRow::attributed).count();
        long actors = d.quotes().stream().map(QuoteRow::actorId).filter(Objects::nonNull).distinct().count();
        return new Headline(d.articles(), d.duplicates(), d.quotes().size(), attributed, d.articlesByOutlet().size(),
                actors, d.articlesByWeek().get(prev), trailingMean(d.articlesByWeek(), trailing),
                d.quotesByWeek().get(prev), trailingMean(d.quotesByWeek(), trailing));
    }

    /** Mean per week over the trailing weeks, counting a week with nothing as zero; null when no week had data. */
    private static Double trailingMean(Map<String, Long> byWeek, List<String> weeks) {
        if (weeks.stream().noneMatch(byWeek::containsKey)) {
            return null;
        }
        return weeks.stream().mapToLong(w -> byWeek.getOrDefault(w, 0L)).sum() / (double) weeks.size();
    }

    private static ActorSection section(WeekData d, Map<String, Object> actor, ReportSettings s) {
        String actorId = str(actor, "actor_id");
        String name = Objects.requireNonNullElse(str(actor, "actor_name"), actorId);
        Map<String, Long> quotesPerOutlet = d.quotes().stream()
                .collect(Collectors.groupingBy(QuoteRow::outlet, TreeMap::new, Collectors.counting()));
        List<OutletCell> cells = new ArrayList<>();
        for (Map<String, Object> r : rows(d.framingCells(), OUTLET_LEVEL)) {
            if (actorId.equals(str(r, "actor_id")) && lng(r, "quotes") > 0) {
                cells.add(new OutletCell(actorId, str(r, "source_key"), str(r, "lean"), lng(r, "quotes"),
                        lng(r, "articles"), dbl(r, "mean_sentiment"), dbl(r, "ci_low"), dbl(r, "ci_high"),
                        lng(r, "group_quotes"), Objects.requireNonNullElse(dbl(r, "voice_share"), 0.0),
                        Boolean.TRUE.equals(r.get("low_count")), new WeeklyFigures.Stance(
                        dbl(r, "mean_target_sentiment"), lng(r, "stance_articles"), dbl(r, "mean_article_stance"),
                        dbl(r, "share_articles_negative"), dbl(r, "share_articles_positive"))));
            }
        }
        // Outlets that printed quotes this week but none from this actor: voice share 0 is a finding too.
        for (var e : quotesPerOutlet.entrySet()) {
            if (cells.stream().noneMatch(c -> c.outlet().equals(e.getKey()))) {
                cells.add(new OutletCell(actorId, e.getKey(), d.leanByOutlet().get(e.getKey()), 0, 0, null, null,
                        null, e.getValue(), 0.0, true, WeeklyFigures.Stance.NONE));
            }
        }
        cells.sort(Comparator.comparingLong(OutletCell::quotes).reversed().thenComparing(OutletCell::outlet));

        List<QuoteRow> scored = d.quotes().stream()
                .filter(q -> actorId.equals(q.actorId()) && q.sentimentScore() != null)
                .sorted(Comparator.comparingDouble(QuoteRow::sentimentScore).thenComparing(QuoteRow::quoteId))
                .toList();
        List<QuoteRow> negative = scored.stream().filter(q -> q.sentimentScore() < 0).limit(s.quotesPerSide())
                .toList();
        List<QuoteRow> positive = new ArrayList<>(scored.stream().filter(q -> q.sentimentScore() > 0).toList());
        Collections.reverse(positive);
        Change change = new Change(actorId, name, lng(actor, "quotes"), lngOrNull(actor, "previous_quotes"),
                dbl(actor, "trailing_quotes_per_week"), dbl(actor, "mean_sentiment"),
                dbl(actor, "previous_mean_sentiment"), dbl(actor, "trailing_mean_sentiment"),
                dbl(actor, "change_vs_previous"), dbl(actor, "change_vs_trailing"));
        return new ActorSection(actorId, name, lng(actor, "quotes"), lng(actor, "articles"),
                cells.stream().filter(c -> c.quotes() > 0).count(), dbl(actor, "mean_sentiment"),
                dbl(actor, "ci_low"), dbl(actor, "ci_high"), cells, change, negative,
                positive.subList(0, Math.min(s.quotesPerSide(), positive.size())));
    }

    /** The week's pairwise outlet tests of the actors shown, most significant first. */
    static List<Difference> differences(WeekData d, List<ActorSection> sections) {
        if (d.framingTests() == null) {
            return List.of();
        }
        List<String> actors = sections.stream().map(ActorSection::actorId).toList();
        List<Difference> out = new ArrayList<>();
        for (Map<String, Object> r : d.framingTests().rows()) {
            if (OUTLET_TEST.equals(str(r, "test")) && actors.contains(str(r, "actor_id"))) {
                out.add(new Difference(str(r, "actor_id"), str(r, "actor_name"), str(r, "group_a"),
                        str(r, "group_b"), dbl(r, "mean_a"), dbl(r, "mean_b"), dbl(r, "diff"),
                        dbl(r, "diff_ci_low"), dbl(r, "diff_ci_high"), lng(r, "quotes"), lng(r, "articles"),
                        dbl(r, "p_value"), dbl(r, "p_adjusted"), Boolean.TRUE.equals(r.get("significant"))));
            }
        }
        out.sort(Comparator.comparingDouble((Difference x) -> orOne(x.pAdjusted()))
                .thenComparingDouble(x -> orOne(x.pValue())).thenComparing(Difference::actorId)
                .thenComparing(Difference::outletA).thenComparing(Difference::outletB));
        return out;
    }

    private static List<Map<String, Object>> rows(WeekData.Table t, String level) {
        return t == null ? List.of() : t.rows().stream().filter(r -> level.equals(r.get("level"))).toList();
    }

    private static double orOne(Double p) {
        return p == null ? 1.0 : p;
    }

    static String str(Map<String, Object> r, String c) {
        Object v = r.get(c);
        return v == null ? null : v.toString();
    }

    static long lng(Map<String, Object> r, String c) {
        Long v = lngOrNull(r, c);
        return v == null ? 0 : v;
    }

    static Long lngOrNull(Map<String, Object> r, String c) {
        return r.get(c) instanceof Number n ? n.longValue() : null;
    }

    static Double dbl(Map<String, Object> r, String c) {
        return r.get(c) instanceof Number n ? n.doubleValue() : null;
    }
}
