package dev.slant.jobs.report;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.report.WeeklyFigures.ActorSection;
import dev.slant.jobs.report.WeeklyFigures.Change;
import dev.slant.jobs.report.WeeklyFigures.Difference;
import dev.slant.jobs.report.WeeklyFigures.Headline;
import dev.slant.jobs.report.WeeklyFigures.OutletCell;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Renders the figures as one self-contained HTML page: inline CSS, inline SVG, no script, no external fetch. A
 * Content-Security-Policy that forbids every fetch and every script backs this up, so even a mistake in escaping
 * could not run injected code. Every value from the warehouse goes through {@link Html#esc}.
 */
public final class ReportPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private ReportPage() {
    }

    public static String render(WeeklyFigures f, List<String> csvFiles) {
        StringBuilder b = new StringBuilder(64 * 1024);
        String range = DAY.format(LocalDate.parse(f.firstDay())) + " – " + DAY.format(LocalDate.parse(f.lastDay()));
        b.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
                .append("style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<meta name=\"referrer\" content=\"no-referrer\">\n")
                .append("<title>Slant weekly report ").append(Html.esc(f.week())).append("</title>\n<style>")
                .append(CSS).append("</style>\n</head>\n<body>\n<header>\n<p class=\"kicker\">Slant weekly report</p>\n")
                .append("<h1>Who the outlets quoted, and how — week ").append(Html.esc(f.week())).append("</h1>\n")
                .append("<p class=\"range\">").append(Html.esc(range)).append("</p>\n</header>\n<main>\n");
        if (!f.hasData()) {
            b.append("<section class=\"nodata\" id=\"no-data\"><h2>No data for this week</h2><p>")
                    .append(Html.esc(f.message())).append("</p><p>Ingest articles published in this week ")
                    .append("(<code>./slant weekly</code> or <code>./slant run</code>), then run the report again.")
                    .append("</p></section>\n");
            return footer(b, f, csvFiles);
        }
        headline(b, f.headline(), f.trailingWeeks());
        if (f.message() != null) {
            b.append("<p class=\"notice\">").append(Html.esc(f.message())).append("</p>\n");
        }
        if (!f.actors().isEmpty()) {
            b.append("<nav aria-label=\"Actors\"><span>Actors this week:</span> ");
            for (ActorSection a : f.actors()) {
                b.append("<a href=\"#").append(anchor(a.actorId())).append("\">").append(Html.esc(a.actorName()))
                        .append("</a> ");
            }
            b.append("· <a href=\"#changes\">Changes</a> · <a href=\"#differences\">Differences</a> · ")
                    .append("<a href=\"#words\">Framing words</a> · <a href=\"#method\">Method</a></nav>\n");
        }
        int chart = 0;
        for (ActorSection a : f.actors()) {
            actor(b, a, ++chart);
        }
        changes(b, f.changes(), f.trailingWeeks());
        differences(b, f);
        words(b, f);
        method(b, f);
        return footer(b, f, csvFiles);
    }

    private static void headline(StringBuilder b, Headline h, int s) {
        b.append("<section id=\"headline\" aria-label=\"The week in numbers\"><div class=\"cards\">\n");
        card(b, "articles", h.articles(), h.previousArticles(), h.trailingArticles(), s,
                h.duplicatesSetAside() > 0 ? h.duplicatesSetAside() + " syndicated copies set aside" : null);
        card(b, "quotations", h.quotes(), h.previousQuotes(), h.trailingQuotes(), s,
                h.attributedQuotes() + " attributed to registered actors");
        card(b, "outlets", h.outlets(), null, null, s, null);
        card(b, "actors quoted", h.actorsQuoted(), null, null, s, null);
        b.append("</div></section>\n");
    }

    private static void card(StringBuilder b, String what, long value, Long prev, Double trailing, int trailingWeeks,
                             String extra) {
        b.append("<div class=\"card\"><div class=\"value\">").append(value).append("</div><div class=\"what\">")
                .append(Html.esc(what)).append("</div>");
        if (prev != null || trailing != null) {
            b.append("<div class=\"cmp\">");
            if (prev != null) {
                b.append("previous week ").append(prev);
            }
            if (trailing != null) {
                b.append(prev != null ? " · " : "").append(trailingWeeks).append("-week mean ")
                        .append(String.format(Locale.ROOT, "%.1f", trailing));
            }
            b.append("</div>");
        }
        if (extra != null) {
            b.append("<div class=\"cmp\">").append(Html.esc(extra)).append("</div>");
        }
        b.append("</div>\n");
    }

    private static void actor(StringBuilder b, ActorSection a, int n) {
        b.append("<section class=\"actor\" id=\"").append(anchor(a.actorId())).append("\">\n<h2>")
                .append(Html.esc(a.actorName())).append("</h2>\n<p class=\"lede\">").append(a.quotes())
                .append(a.quotes() == 1 ? " quotation" : " quotations").append(" in ").append(a.articles())
                .append(a.articles() == 1 ? " article" : " articles").append(" from ").append(a.outlets())
                .append(a.outlets() == 1 ? " outlet" : " outlets");
        if (a.meanSentiment() != null) {
            b.append("; mean sentiment ").append(signed(a.meanSentiment())).append(" (95% interval ")
                    .append(signed(a.ciLow())).append(" to ").append(signed(a.ciHigh())).append(")");
        }
        Change c = a.change();
        if (c.previousQuotes() != null) {
            b.append(". Previous week: ").append(c.previousQuotes()).append(c.previousQuotes() == 1 ? " quotation"
                    : " quotations");
            if (c.previousMean() != null) {
                b.append(", mean ").append(signed(c.previousMean())).append(" (change ")
                        .append(signed(c.changeVsPrevious())).append(")");
            }
        }
        if (c.trailingQuotesPerWeek() != null) {
            b.append("; ").append(String.format(Locale.ROOT, "%.1f", c.trailingQuotesPerWeek()))
                    .append(" a week on average over the trailing weeks");
        }
        b.append(".</p>\n<div class=\"charts\">\n<figure>");
        List<OutletCell> quoted = a.cells().stream().filter(x -> x.quotes() > 0).toList();
        List<DotWhiskerChart.Row> rows = new ArrayList<>();
        for (OutletCell cell : quoted) {
            rows.add(new DotWhiskerChart.Row(label(cell), cell.meanSentiment(), cell.ciLow(), cell.ciHigh(),
                    "n=" + cell.quotes(), cell.lowCount()));
        }
        b.append(DotWhiskerChart.render("sentiment-" + n, "Mean sentiment of " + a.actorName()
                + "'s quotations by outlet, " + "with 95% bootstrap intervals", "mean quote sentiment (−1 negative … +1 positive)", rows));
        b.append("<figcaption>Mean sentiment of the quotations, by outlet; whiskers: 95% interval, resampling ")
                .append("articles. Hollow grey: low count.</figcaption></figure>\n<figure>");
        List<BarChart.Bar> bars = new ArrayList<>();
        for (OutletCell cell : a.cells()) {
            bars.add(new BarChart.Bar(label(cell), cell.voiceShare(), cell.quotes() + " of " + cell.outletQuotes(),
                    cell.lowCount()));
        }
        b.append(BarChart.render("voice-" + n, "Voice share of " + a.actorName() + " by outlet",
                "share of the outlet's quotations", bars));
        b.append("<figcaption>Voice share: this actor's quotations as a share of all quotations the outlet ")
                .append("printed this week.</figcaption></figure>\n</div>\n");
        cellTable(b, a);
        quotes(b, a);
        b.append("</section>\n");
    }

    private static void cellTable(StringBuilder b, ActorSection a) {
        b.append("<details><summary>Numbers by outlet</summary><table class=\"num\"><thead><tr><th>Outlet</th>")
                .append("<th>Quotes</th><th>Articles</th><th>Mean</th><th>95% interval</th><th>Voice share</th>")
                .append("<th title=\"mean sentiment toward the actor over the sentences naming them\">Toward ")
                .append("(mentions)</th><th title=\"articles' stance toward the actor (article_stance): articles, ")
                .append("mean stance, share negative / positive\">Articles' stance</th>")
                .append("<th></th></tr></thead><tbody>\n");
        for (OutletCell c : a.cells()) {
            WeeklyFigures.Stance st = c.stance();
            b.append("<tr><td>").append(Html.esc(label(c))).append("</td><td>").append(c.quotes()).append("</td><td>")
                    .append(c.articles()).append("</td><td>").append(signed(c.meanSentiment())).append("</td><td>")
                    .append(c.ciLow() == null ? "" : signed(c.ciLow()) + " to " + signed(c.ciHigh()))
                    .append("</td><td>").append(BarChart.pct(c.voiceShare())).append(" (").append(c.quotes())
                    .append("/").append(c.outletQuotes()).append(")</td><td>")
                    .append(signed(st.meanTargetSentiment())).append("</td><td>").append(stance(st))
                    .append("</td><td>")
                    .append(c.lowCount() ? "<span class=\"flag\">low count</span>" : "").append("</td></tr>\n");
        }
        b.append("</tbody></table></details>\n");
    }

    /** `12 articles: −0.21, 42% negative, 8% positive`; empty when no article has a stance. */
    static String stance(WeeklyFigures.Stance st) {
        if (st.articles() == 0) {
            return "";
        }
        return st.articles() + (st.articles() == 1 ? " article: " : " articles: ")
                + (st.meanArticleStance() == null ? "" : signed(st.meanArticleStance()) + ", ")
                + BarChart.pct(st.shareNegative()) + " negative, " + BarChart.pct(st.sharePositive()) + " positive";
    }

    private static void quotes(StringBuilder b, ActorSection a) {
        if (a.mostNegative().isEmpty() && a.mostPositive().isEmpty()) {
            return;
        }
        b.append("<div class=\"quotes\">\n");
        quoteColumn(b, "Most negative", "neg", a.mostNegative());
        quoteColumn(b, "Most positive", "pos", a.mostPositive());
        b.append("</div>\n");
    }

    private static void quoteColumn(StringBuilder b, String heading, String cls, List<QuoteRow> qs) {
        b.append("<div class=\"qcol ").append(cls).append("\"><h3>").append(heading).append("</h3>\n");
        if (qs.isEmpty()) {
            b.append("<p class=\"muted\">none this week</p>");
        }
        for (QuoteRow q : qs) {
            b.append("<blockquote class=\"quote ").append(cls).append("\"><p>“").append(Html.esc(q.text()))
                    .append("”</p><footer><span class=\"score\">").append(signed(q.sentimentScore())).append(' ')
                    .append(Html.esc(q.sentimentLabel())).append("</span> · ").append(Html.esc(q.outlet()))
                    .append(" · ").append(Html.link(q.url(), q.title() == null ? "(untitled)" : q.title()));
            String how = String.join(", ", java.util.stream.Stream.of(q.kind(), q.cue() == null ? null : "“" + q.cue() + "”")
                    .filter(Objects::nonNull).toList());
            if (!how.isEmpty()) {
                b.append(" · <span class=\"muted\">").append(Html.esc(how)).append("</span>");
            }
            b.append("</footer></blockquote>\n");
        }
        b.append("</div>\n");
    }

    private static void changes(StringBuilder b, List<Change> changes, int trailingWeeks) {
        b.append("<section id=\"changes\"><h2>Change against earlier weeks</h2>\n");
        if (changes.isEmpty()) {
            b.append("<p class=\"muted\">No attributed quotations this week.</p></section>\n");
            return;
        }
        String trailing = trailingWeeks + "-week mean";
        b.append("<table class=\"num\"><thead><tr><th rowspan=\"2\">Actor</th><th colspan=\"3\" class=\"group\">")
                .append("Quotations</th><th colspan=\"3\" class=\"group\">Mean sentiment</th>")
                .append("<th colspan=\"2\" class=\"group\">Change in sentiment</th></tr><tr>")
                .append("<th>This week</th><th>Previous week</th><th>").append(trailing).append("</th>")
                .append("<th>This week</th><th>Previous week</th><th>").append(trailing).append("</th>")
                .append("<th>vs previous</th><th>vs ").append(trailing).append("</th></tr></thead><tbody>\n");
        for (Change c : changes) {
            b.append("<tr><td>").append(Html.esc(c.actorName())).append("</td><td>").append(c.quotes())
                    .append("</td><td>").append(c.previousQuotes() == null ? "–" : c.previousQuotes())
                    .append("</td><td>").append(c.trailingQuotesPerWeek() == null ? "–"
                            : String.format(Locale.ROOT, "%.1f", c.trailingQuotesPerWeek()))
                    .append("</td><td>").append(signed(c.meanSentiment())).append("</td><td>")
                    .append(signed(c.previousMean())).append("</td><td>").append(signed(c.trailingMean()))
                    .append("</td><td>").append(delta(c.changeVsPrevious())).append("</td><td>")
                    .append(delta(c.changeVsTrailing())).append("</td></tr>\n");
        }
        b.append("</tbody></table><p class=\"note\">Means are over quotations (–: no data that week). ")
                .append("The trailing mean covers the ").append(trailingWeeks)
                .append(" weeks before this one; weeks without quotations count as zero quotations. From ")
                .append("<code>framing_cells</code> (level <code>actor_week</code>).</p></section>\n");
    }

    private static void differences(StringBuilder b, WeeklyFigures f) {
        b.append("<section id=\"differences\"><h2>Differences between outlets</h2>\n");
        List<Difference> ds = f.differences();
        long sig = ds.stream().filter(Difference::significant).count();
        if (ds.isEmpty()) {
            b.append("<p class=\"muted\">No pair of outlets had enough scored quotations (compare's ")
                    .append("<code>--min-count</code>, from at least 2 articles each) of the same actor this week ")
                    .append("to test.</p>\n");
        } else {
            b.append("<p>").append(ds.size()).append(ds.size() == 1 ? " comparison" : " comparisons")
                    .append(" this week; ").append(sig).append(" significant after Benjamini–Hochberg correction ")
                    .append("over every test of the week.</p>\n")
                    .append("<table class=\"num\"><thead><tr><th>Actor</th><th>Outlet A</th><th>Outlet B</th>")
                    .append("<th>Mean A</th><th>Mean B</th><th>Difference</th><th>95% interval</th>")
                    .append("<th>Quotes</th><th>Articles</th><th>p</th><th>p adjusted</th><th></th></tr></thead>")
                    .append("<tbody>\n");
            for (Difference d : ds) {
                b.append("<tr").append(d.significant() ? " class=\"sig\"" : "").append("><td>")
                        .append(Html.esc(d.actorName())).append("</td><td>").append(Html.esc(d.outletA()))
                        .append("</td><td>").append(Html.esc(d.outletB())).append("</td><td>")
                        .append(signed(d.meanA())).append("</td><td>").append(signed(d.meanB())).append("</td><td>")
                        .append(signed(d.difference())).append("</td><td>")
                        .append(d.ciLow() == null ? "" : signed(d.ciLow()) + " to " + signed(d.ciHigh()))
                        .append("</td><td>").append(d.quotes()).append("</td><td>").append(d.articles())
                        .append("</td><td>").append(p(d.pValue())).append("</td><td>").append(p(d.pAdjusted()))
                        .append("</td><td>").append(d.significant() ? "<span class=\"flag sig\">significant</span>" : "")
                        .append("</td></tr>\n");
            }
            b.append("</tbody></table>\n<p class=\"note\">From <code>framing_tests</code> ")
                    .append("(<code>mean_diff_source_week</code>): permutation test shuffling whole articles between ")
                    .append("the two outlets (quotations within one article are not independent evidence), bootstrap ")
                    .append("interval of the difference resampling articles.</p>\n");
        }
        b.append("<h3>Other tests of the week</h3>\n");
        tableOrNotComputed(b, f.framingTests(), Tables.FRAMING_TESTS.name(), 40);
        b.append("</section>\n");
    }

    private static void words(StringBuilder b, WeeklyFigures f) {
        b.append("<section id=\"words\"><h2>Framing words per outlet</h2>\n");
        WeekData.Table w = f.framingWords();
        if (w != null && FramingTables.hasWordColumns(w) && w.columns().contains("source_key")) {
            wordsByOutlet(b, w);
        } else {
            tableOrNotComputed(b, w, Tables.FRAMING_WORDS.name(), 60);
        }
        b.append("<p class=\"note\">Log-odds ratios with an informative Dirichlet prior (Monroe, Colaresi &amp; ")
                .append("Quinn 2008), outlet against the rest; a z-score above 1.96 marks a word the outlet uses ")
                .append("distinctly more.</p></section>\n");
    }

    /** One row per actor and outlet: the words that outlet's quotations of the actor use distinctly more. */
    private static void wordsByOutlet(StringBuilder b, WeekData.Table t) {
        b.append("<p class=\"note\">From <code>").append(Html.esc(t.name())).append("</code>, ")
                .append(Html.esc(t.scope())).append("; words in the actor's quotations, z-score in brackets.</p>\n");
        Map<String, List<Map<String, Object>>> groups = new java.util.TreeMap<>();
        for (Map<String, Object> r : t.rows()) {
            String actor = Objects.toString(r.getOrDefault("actor_name", r.get("actor_id")), "");
            groups.computeIfAbsent(actor + "\u0001" + r.get("source_key"), k -> new ArrayList<>()).add(r);
        }
        if (groups.isEmpty()) {
            b.append("<p class=\"muted\">No framing words for this week's actors and outlets.</p>\n");
            return;
        }
        b.append("<table class=\"words\"><thead><tr><th>Actor</th><th>Outlet</th><th>Distinctive words</th>")
                .append("</tr></thead><tbody>\n");
        for (var e : groups.entrySet()) {
            String[] k = e.getKey().split("\u0001", -1);
            b.append("<tr><td>").append(Html.esc(k[0])).append("</td><td>").append(Html.esc(k[1])).append("</td><td>");
            List<String> words = new ArrayList<>();
            for (Map<String, Object> r : e.getValue()) {
                double z = FramingTables.num(r.get("z"), Double.NaN);
                boolean low = Boolean.TRUE.equals(r.get("low_count"));
                words.add("<span class=\"word" + (z >= 1.96 ? " strong" : "") + (low ? " low" : "") + "\">"
                        + Html.esc(r.get("word")) + " <small>(" + String.format(Locale.ROOT, "%.1f", z)
                        + ")</small></span>");
            }
            b.append(String.join(" ", words)).append("</td></tr>\n");
        }
        b.append("</tbody></table>\n");
    }

    /** compare's tables are shown as found: its columns may grow, and the report should not break when they do. */
    private static void tableOrNotComputed(StringBuilder b, WeekData.Table t, String name, int maxRows) {
        if (t == null) {
            b.append("<p class=\"muted notcomputed\">Not computed: the warehouse has no <code>").append(name)
                    .append("</code> table (run <code>./slant compare</code>).</p>\n");
            return;
        }
        b.append("<p class=\"note\">From <code>").append(Html.esc(t.name())).append("</code>, ")
                .append(Html.esc(t.scope())).append(t.rows().size() > maxRows ? "; first " + maxRows + " of "
                        + t.rows().size() + " rows (all in the CSV)" : "").append(".</p>\n");
        if (t.rows().isEmpty()) {
            b.append("<p class=\"muted\">No rows.</p>\n");
            return;
        }
        b.append("<div class=\"scroll\"><table class=\"num\"><thead><tr>");
        for (String c : t.columns()) {
            b.append("<th>").append(Html.esc(c)).append("</th>");
        }
        b.append("</tr></thead><tbody>\n");
        for (Map<String, Object> row : t.rows().subList(0, Math.min(maxRows, t.rows().size()))) {
            boolean sig = Boolean.TRUE.equals(row.get("significant"));
            b.append(sig ? "<tr class=\"sig\">" : "<tr>");
            for (String c : t.columns()) {
                b.append("<td>").append(Html.esc(cell(row.get(c)))).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</tbody></table></div>\n");
    }

    private static void method(StringBuilder b, WeeklyFigures f) {
        b.append("<section id=\"method\"><h2>How to read this report</h2><ul>")
                .append("<li><b>Sentiment</b> is the tone of each quotation, read in its sentence: the probability ")
                .append("that it is positive minus the probability that it is negative, from −1 to +1, averaged over ")
                .append("an outlet's quotations of the actor.</li>")
                .append("<li><b>95% intervals</b> are percentile bootstrap intervals (compare's ")
                .append("<code>--resamples</code>) that draw whole articles, so several quotations from one article ")
                .append("count as one piece of evidence; a cell with a single article has no interval.</li>")
                .append("<li><b>Low count</b> (hollow grey): fewer quotations than compare's <code>--min-count</code>")
                .append(". Shown for completeness; do not read them as findings.</li>")
                .append("<li><b>Voice share</b>: the actor's quotations as a share of all quotations the outlet ")
                .append("printed that week, attributed or not.</li>")
                .append("<li><b>Syndicated copies</b> (an article found to repeat another) are counted once.</li>")
                .append("<li>Every number on this page is in <code>report.json</code> and the CSV files next to it; ")
                .append("every quotation links to its article.</li>")
                .append("<li>Every interval, test and change is a row of compare's tables for this week ")
                .append("(<code>framing_cells</code>, <code>framing_tests</code>); counts use compare's selection. ")
                .append("Source: ").append(Html.esc(f.compareRun())).append(".</li></ul></section>\n");
    }

    private static String footer(StringBuilder b, WeeklyFigures f, List<String> csvFiles) {
        b.append("</main>\n<footer class=\"files\"><p>Data behind this page: <a href=\"report.json\">report.json</a>");
        for (String csv : csvFiles) {
            b.append(" · <a href=\"").append(Html.esc(csv)).append("\">").append(Html.esc(csv)).append("</a>");
        }
        b.append("</p><p class=\"muted\">Generated by Slant for ").append(Html.esc(f.week())).append(" from ")
                .append(Html.esc(f.compareRun())).append(".</p></footer>\n</body>\n</html>\n");
        return b.toString();
    }

    static String label(OutletCell c) {
        return c.lean() == null || c.lean().isBlank() ? c.outlet() : c.outlet() + " (" + c.lean() + ")";
    }

    /** Anchors from actor ids (e.g. Wikidata `Q123`): only letters, digits and dashes survive. */
    static String anchor(String actorId) {
        return "actor-" + actorId.replaceAll("[^A-Za-z0-9-]", "_");
    }

    static String signed(Double v) {
        return v == null ? "–" : String.format(Locale.ROOT, "%+.2f", v).replace("-", "−");
    }

    private static String delta(Double v) {
        if (v == null) {
            return "–";
        }
        String cls = Math.abs(v) < 0.05 ? "flat" : v > 0 ? "up" : "down";
        return "<span class=\"" + cls + "\">" + signed(v) + "</span>";
    }

    static String p(Double p) {
        return p == null ? "–" : p < 0.001 ? "<0.001" : String.format(Locale.ROOT, "%.3f", p);
    }

    static String cell(Object v) {
        if (v == null) {
            return "";
        }
        if (v instanceof Double d) {
            return Double.isNaN(d) ? "NaN" : Math.abs(d) >= 1e-3 || d == 0 ? String.format(Locale.ROOT, "%.3f", d)
                    : String.format(Locale.ROOT, "%.2e", d);
        }
        if (v instanceof Float fl) {
            return cell(fl.doubleValue());
        }
        if (v instanceof List<?> l) {
            return String.join(", ", l.stream().map(ReportPage::cell).toList());
        }
        return v.toString();
    }

    private static final String CSS = """
            :root{--ink:#1d2330;--muted:#5f6b7a;--line:#d9dee5;--accent:#1f5fa8;--neg:#b23b3b;--pos:#2f7d4a;--bg:#fff;--soft:#f4f6f9}
            *{box-sizing:border-box}
            body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:var(--bg)}
            header{padding:28px 40px 18px;border-bottom:1px solid var(--line);background:var(--soft)}
            .kicker{margin:0;text-transform:uppercase;letter-spacing:.08em;font-size:12px;color:var(--accent);font-weight:600}
            h1{margin:4px 0 2px;font-size:26px;line-height:1.25}
            .range{margin:0;color:var(--muted)}
            main{padding:10px 40px 30px;max-width:1240px}
            h2{font-size:20px;margin:30px 0 6px;padding-top:14px;border-top:1px solid var(--line)}
            h3{font-size:15px;margin:16px 0 6px}
            .cards{display:flex;gap:14px;flex-wrap:wrap;margin:18px 0 6px}
            .card{flex:1 1 200px;border:1px solid var(--line);border-radius:8px;padding:12px 16px;background:#fff}
            .card .value{font-size:30px;font-weight:650;line-height:1.1}
            .card .what{font-weight:600;color:var(--muted)}
            .card .cmp{font-size:13px;color:var(--muted)}
            nav{margin:14px 0 0;font-size:14px}nav span{color:var(--muted);margin-right:4px}
            a{color:var(--accent)}
            .lede{margin:2px 0 8px;color:var(--muted)}
            .charts{display:flex;flex-wrap:wrap;gap:8px 36px}
            figure{margin:0}figcaption{font-size:12.5px;color:var(--muted);max-width:540px}
            svg.chart{max-width:100%;height:auto;font-size:12px}
            table{border-collapse:collapse;margin:6px 0;font-size:13.5px}
            th,td{padding:4px 10px;border-bottom:1px solid var(--line);text-align:left;vertical-align:top}
            th{background:var(--soft);font-weight:600}th.group{text-align:center;border-bottom:1px solid #c5ccd6}
            table.num td{font-variant-numeric:tabular-nums}
            tr.sig td{background:#fff7e0}
            .flag{font-size:11.5px;padding:1px 6px;border-radius:9px;background:#eceff3;color:var(--muted);white-space:nowrap}
            .flag.sig{background:#ffe9a8;color:#6b4e00}
            .up{color:var(--pos)}.down{color:var(--neg)}.flat{color:var(--muted)}
            details{margin:8px 0}summary{cursor:pointer;color:var(--accent);font-size:14px}
            .quotes{display:flex;flex-wrap:wrap;gap:18px}.qcol{flex:1 1 420px}
            blockquote.quote{margin:8px 0;padding:8px 14px;border-left:4px solid var(--line);background:var(--soft);border-radius:0 6px 6px 0}
            blockquote.neg{border-left-color:var(--neg)}blockquote.pos{border-left-color:var(--pos)}
            blockquote p{margin:0 0 4px}blockquote footer{font-size:12.5px;color:var(--muted)}
            .score{font-weight:600;color:var(--ink)}
            .muted{color:var(--muted)}.note{font-size:13px;color:var(--muted)}
            .notice{padding:8px 12px;background:#fff7e0;border-radius:6px}
            .nodata{margin-top:30px;padding:20px;border:1px dashed var(--line);border-radius:8px}
            .scroll{overflow-x:auto}
            footer.files{padding:14px 40px 30px;border-top:1px solid var(--line);font-size:13px}
            .word{display:inline-block;margin:1px 8px 1px 0}.word.strong{font-weight:600}.word.low{color:var(--muted)}
            .word small{color:var(--muted);font-weight:400}
            code{font-size:90%;background:var(--soft);padding:0 3px;border-radius:3px}
            """;
}
