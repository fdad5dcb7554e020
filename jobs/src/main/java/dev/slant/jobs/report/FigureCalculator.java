package dev.slant.jobs.report;

import dev.slant.jobs.stats.BenjaminiHochberg;
import dev.slant.jobs.report.WeeklyFigures.ActorSection;
import dev.slant.jobs.report.WeeklyFigures.Change;
import dev.slant.jobs.report.WeeklyFigures.Difference;
import dev.slant.jobs.report.WeeklyFigures.Headline;
import dev.slant.jobs.report.WeeklyFigures.OutletCell;
import org.apache.commons.math3.distribution.TDistribution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Turns one week's data into the page's figures. Pure: no Spark, no I/O, the same input gives the same numbers. */
public final class FigureCalculator {
    private FigureCalculator() {
    }

    public static WeeklyFigures compute(WeekData d, ReportSettings s) {
        String week = d.week().toString();
        if (d.empty()) {
            return new WeeklyFigures(week, d.week().monday().toString(), d.week().sunday().toString(), false,
                    "No articles in the warehouse for week " + week + " (" + d.week().monday() + " to "
                            + d.week().sunday() + "): nothing to report.",
                    headline(d, s), List.of(), List.of(), List.of(), null, null, s);
        }
        List<ActorSection> sections = new ArrayList<>();
        for (String actorId : topActors(d.quotes(), s.topActors())) {
            sections.add(section(d, actorId, s));
        }
        List<Change> changes = sections.stream().map(ActorSection::change).toList();
        List<Difference> differences = differences(d, sections, s);
        String message = sections.isEmpty()
                ? "Articles were ingested for " + week + " but no quotation in them is attributed to a registered actor."
                : null;
        List<String> actorIds = sections.stream().map(ActorSection::actorId).toList();
        return new WeeklyFigures(week, d.week().monday().toString(), d.week().sunday().toString(), true, message,
                headline(d, s), sections, changes, differences, FramingTables.tests(d.framingTests(), week, actorIds),
                FramingTables.words(d.framingWords(), week, actorIds, d.articlesByOutlet().keySet(), 8), s);
    }

    static Headline headline(WeekData d, ReportSettings s) {
        List<String> trailing = d.week().trailing(s.trailingWeeks()).stream().map(IsoWeek::toString).toList();
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

    static List<String> topActors(List<QuoteRow> quotes, int n) {
        Map<String, Long> counts = quotes.stream().filter(QuoteRow::attributed)
                .collect(Collectors.groupingBy(QuoteRow::actorId, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(n).map(Map.Entry::getKey).toList();
    }

    private static ActorSection section(WeekData d, String actorId, ReportSettings s) {
        List<QuoteRow> mine = d.quotes().stream().filter(q -> actorId.equals(q.actorId())).toList();
        String name = mine.stream().map(QuoteRow::actorName).filter(Objects::nonNull).findFirst().orElse(actorId);
        Map<String, Long> quotesPerOutlet = d.quotes().stream()
                .collect(Collectors.groupingBy(QuoteRow::outlet, TreeMap::new, Collectors.counting()));
        Map<String, List<QuoteRow>> byOutlet = mine.stream()
                .collect(Collectors.groupingBy(QuoteRow::outlet, TreeMap::new, Collectors.toList()));
        List<OutletCell> cells = new ArrayList<>();
        for (var e : byOutlet.entrySet()) {
            String outlet = e.getKey();
            List<QuoteRow> qs = e.getValue();
            Map<String, double[]> perArticle = scoresByArticle(qs);
            long articles = qs.stream().map(QuoteRow::articleId).distinct().count();
            Double mean = null, low = null, high = null;
            if (!perArticle.isEmpty()) {
                mean = perArticle.values().stream().flatMapToDouble(java.util.Arrays::stream).average().orElseThrow();
                double[] ci = ArticleBootstrap.interval(new ArrayList<>(perArticle.values()), s.resamples(), 0.95,
                        seed(d.week() + actorId + outlet));
                low = ci[0];
                high = ci[1];
            }
            long outletQuotes = quotesPerOutlet.getOrDefault(outlet, 0L);
            boolean low_ = qs.size() < s.minQuotes() || articles < s.minArticles();
            cells.add(new OutletCell(actorId, outlet, d.leanByOutlet().get(outlet), qs.size(), articles, mean, low,
                    high, outletQuotes, outletQuotes == 0 ? 0 : qs.size() / (double) outletQuotes, low_));
        }
        // Outlets that printed quotes this week but none from this actor: voice share 0 is a finding too.
        for (var e : quotesPerOutlet.entrySet()) {
            if (!byOutlet.containsKey(e.getKey())) {
                cells.add(new OutletCell(actorId, e.getKey(), d.leanByOutlet().get(e.getKey()), 0, 0, null, null,
                        null, e.getValue(), 0.0, true));
            }
        }
        cells.sort(Comparator.comparingLong(OutletCell::quotes).reversed().thenComparing(OutletCell::outlet));

        Map<String, double[]> all = scoresByArticle(mine);
        Double mean = null, low = null, high = null;
        if (!all.isEmpty()) {
            mean = all.values().stream().flatMapToDouble(java.util.Arrays::stream).average().orElseThrow();
            double[] ci = ArticleBootstrap.interval(new ArrayList<>(all.values()), s.resamples(), 0.95,
                    seed(d.week() + actorId));
            low = ci[0];
            high = ci[1];
        }
        List<QuoteRow> scored = mine.stream().filter(q -> q.sentimentScore() != null)
                .sorted(Comparator.comparingDouble(QuoteRow::sentimentScore).thenComparing(QuoteRow::quoteId))
                .toList();
        List<QuoteRow> negative = scored.stream().filter(q -> q.sentimentScore() < 0).limit(s.quotesPerSide())
                .toList();
        List<QuoteRow> positive = new ArrayList<>(scored.stream().filter(q -> q.sentimentScore() > 0).toList());
        java.util.Collections.reverse(positive);
        long articles = mine.stream().map(QuoteRow::articleId).distinct().count();
        return new ActorSection(actorId, name, mine.size(), articles, byOutlet.size(), mean, low, high, cells,
                change(d, actorId, name, mine, mean, s), negative,
                positive.subList(0, Math.min(s.quotesPerSide(), positive.size())));
    }

    private static Change change(WeekData d, String actorId, String name, List<QuoteRow> mine, Double mean,
                                 ReportSettings s) {
        Map<String, ActorWeek> hist = d.history().stream().filter(h -> actorId.equals(h.actorId()))
                .collect(Collectors.toMap(ActorWeek::week, Function.identity(), (a, b) -> a));
        List<String> trailing = d.week().trailing(s.trailingWeeks()).stream().map(IsoWeek::toString).toList();
        boolean anyEarlier = trailing.stream().anyMatch(w -> d.quotesByWeek().containsKey(w));
        ActorWeek prev = hist.get(d.week().previous().toString());
        boolean prevHasData = d.quotesByWeek().containsKey(d.week().previous().toString());
        Long prevQuotes = prev != null ? Long.valueOf(prev.quotes()) : (prevHasData ? Long.valueOf(0) : null);
        Double prevMean = prev == null ? null : prev.meanSentiment();
        Double trailingQuotes = anyEarlier
                ? trailing.stream().mapToLong(w -> hist.containsKey(w) ? hist.get(w).quotes() : 0).sum()
                / (double) trailing.size()
                : null;
        double sum = 0;
        long n = 0;
        for (String w : trailing) {
            ActorWeek h = hist.get(w);
            if (h != null) {
                sum += h.sentimentSum();
                n += h.scoredQuotes();
            }
        }
        Double trailingMean = n == 0 ? null : sum / n;
        return new Change(actorId, name, mine.size(), prevQuotes, trailingQuotes, mean, prevMean, trailingMean,
                mean == null || prevMean == null ? null : mean - prevMean,
                mean == null || trailingMean == null ? null : mean - trailingMean);
    }

    /**
     * Pairwise outlet comparisons per actor on article-level means (the unit that is roughly independent), for
     * outlets with at least two articles; p-values corrected together across the whole week.
     */
    static List<Difference> differences(WeekData d, List<ActorSection> sections, ReportSettings s) {
        record Raw(ActorSection a, String outletA, String outletB, double meanA, double meanB, long nA, long nB,
                   double t, double df, double p, double g) {
        }
        List<Raw> raws = new ArrayList<>();
        for (ActorSection a : sections) {
            Map<String, double[]> articleMeans = new TreeMap<>();
            Map<String, Map<String, double[]>> byOutlet = new TreeMap<>();
            for (QuoteRow q : d.quotes()) {
                if (a.actorId().equals(q.actorId()) && q.sentimentScore() != null) {
                    byOutlet.computeIfAbsent(q.outlet(), k -> new LinkedHashMap<>());
                }
            }
            for (String outlet : byOutlet.keySet()) {
                List<QuoteRow> qs = d.quotes().stream()
                        .filter(q -> a.actorId().equals(q.actorId()) && outlet.equals(q.outlet())).toList();
                double[] means = scoresByArticle(qs).values().stream()
                        .mapToDouble(x -> java.util.Arrays.stream(x).average().orElseThrow()).toArray();
                long quotes = qs.stream().filter(q -> q.sentimentScore() != null).count();
                if (means.length >= s.minArticles() && means.length >= 2 && quotes >= s.minQuotes()) {
                    articleMeans.put(outlet, means);
                }
            }
            List<String> outlets = new ArrayList<>(articleMeans.keySet());
            for (int i = 0; i < outlets.size(); i++) {
                for (int j = i + 1; j < outlets.size(); j++) {
                    double[] x = articleMeans.get(outlets.get(i));
                    double[] y = articleMeans.get(outlets.get(j));
                    Welch w = Welch.test(x, y);
                    String oa = outlets.get(i), ob = outlets.get(j);
                    double ma = cellMean(a, oa), mb = cellMean(a, ob);
                    raws.add(new Raw(a, oa, ob, ma, mb, x.length, y.length, w.t, w.df, w.p, w.hedgesG));
                }
            }
        }
        double[] adj = BenjaminiHochberg.adjust(raws.stream().mapToDouble(Raw::p).toArray());
        List<Difference> out = new ArrayList<>();
        for (int i = 0; i < raws.size(); i++) {
            Raw r = raws.get(i);
            out.add(new Difference(r.a.actorId(), r.a.actorName(), r.outletA, r.outletB, r.meanA, r.meanB,
                    r.meanA - r.meanB, r.nA, r.nB, r.t, r.df, r.p, adj[i], adj[i] < s.alpha(), r.g));
        }
        out.sort(Comparator.comparingDouble(Difference::pAdjusted).thenComparingDouble(Difference::pValue));
        return out;
    }

    private static double cellMean(ActorSection a, String outlet) {
        return a.cells().stream().filter(c -> c.outlet().equals(outlet)).findFirst()
                .map(OutletCell::meanSentiment).orElseThrow();
    }

    /** Scores grouped by article, in first-seen order, skipping quotes without a score. */
    static Map<String, double[]> scoresByArticle(List<QuoteRow> quotes) {
        Map<String, List<Double>> m = new LinkedHashMap<>();
        for (QuoteRow q : quotes) {
            if (q.sentimentScore() != null) {
                m.computeIfAbsent(q.articleId(), k -> new ArrayList<>()).add(q.sentimentScore());
            }
        }
        Map<String, double[]> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v.stream().mapToDouble(Double::doubleValue).toArray()));
        return out;
    }

    /** A stable seed per interval, so re-running the report reproduces its intervals exactly. */
    private static long seed(String key) {
        long h = 1125899906842597L;
        for (int i = 0; i < key.length(); i++) {
            h = 31 * h + key.charAt(i);
        }
        return h;
    }

    /** Welch's unequal-variance t-test with Hedges' g (pooled SD, small-sample corrected). */
    record Welch(double t, double df, double p, double hedgesG) {
        static Welch test(double[] x, double[] y) {
            double mx = mean(x), my = mean(y), vx = var(x, mx), vy = var(y, my);
            double sx = vx / x.length, sy = vy / y.length;
            double se = Math.sqrt(sx + sy);
            int nx = x.length, ny = y.length;
            double pooled = Math.sqrt(((nx - 1) * vx + (ny - 1) * vy) / (nx + ny - 2));
            double correction = 1 - 3.0 / (4 * (nx + ny) - 9);
            double g = pooled == 0 ? 0 : (mx - my) / pooled * correction;
            if (se == 0) {
                // Both samples constant: equal means are no evidence of a difference; unequal ones cannot be tested.
                return new Welch(0, nx + ny - 2, 1.0, g);
            }
            double t = (mx - my) / se;
            double df = (sx + sy) * (sx + sy)
                    / ((sx * sx) / (nx - 1) + (sy * sy) / (ny - 1));
            double p = 2 * new TDistribution(null, df).cumulativeProbability(-Math.abs(t));
            return new Welch(t, df, p, g);
        }

        private static double mean(double[] a) {
            return java.util.Arrays.stream(a).average().orElseThrow();
        }

        private static double var(double[] a, double m) {
            double s = 0;
            for (double v : a) {
                s += (v - m) * (v - m);
            }
            return s / (a.length - 1);
        }
    }
}
