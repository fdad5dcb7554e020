package dev.slant.jobs.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.slant.jobs.report.WeeklyFigures.ActorSection;
import dev.slant.jobs.report.WeeklyFigures.Change;
import dev.slant.jobs.report.WeeklyFigures.Difference;
import dev.slant.jobs.report.WeeklyFigures.Headline;
import dev.slant.jobs.report.WeeklyFigures.OutletCell;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Writes `OUT/WEEK/`: index.html, report.json and one CSV per table the page shows. The folder is written beside
 * the old one and swapped in, so a reader (or a web server) never sees half a report, and re-running replaces it.
 */
public final class ReportWriter {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ReportWriter() {
    }

    /** @return the week's folder */
    public static Path write(WeeklyFigures f, Path outRoot) {
        Map<String, String> csvs = csvs(f);
        String html = ReportPage.render(f, new ArrayList<>(csvs.keySet()));
        Path target = outRoot.resolve(f.week());
        Path staging = outRoot.resolve("." + f.week() + ".tmp-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(outRoot);
            deleteTree(staging);
            Files.createDirectories(staging);
            Files.writeString(staging.resolve("index.html"), html, StandardCharsets.UTF_8);
            JSON.writeValue(staging.resolve("report.json").toFile(), f);
            for (var e : csvs.entrySet()) {
                Files.writeString(staging.resolve(e.getKey()), e.getValue(), StandardCharsets.UTF_8);
            }
            Path old = outRoot.resolve("." + f.week() + ".old-" + ProcessHandle.current().pid());
            if (Files.exists(target)) {
                Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
            }
            Files.move(staging, target, StandardCopyOption.ATOMIC_MOVE);
            deleteTree(old);
            return target;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the report to " + target + ": " + e.getMessage(), e);
        }
    }

    /** The CSV files, by name, in the order the page lists them. */
    static Map<String, String> csvs(WeeklyFigures f) {
        Map<String, String> out = new LinkedHashMap<>();
        Headline h = f.headline();
        out.put("headline.csv", new Csv("week", "articles", "duplicates_set_aside", "quotes", "attributed_quotes",
                "outlets", "actors_quoted", "previous_articles", "trailing_articles", "previous_quotes",
                "trailing_quotes").row(f.week(), h.articles(), h.duplicatesSetAside(), h.quotes(),
                h.attributedQuotes(), h.outlets(), h.actorsQuoted(), h.previousArticles(), h.trailingArticles(),
                h.previousQuotes(), h.trailingQuotes()).toString());
        if (!f.hasData()) {
            return out;
        }
        Csv cells = new Csv("actor_id", "actor_name", "outlet", "lean", "quotes", "articles", "mean_sentiment",
                "ci_low", "ci_high", "outlet_quotes", "voice_share", "low_count", "mean_target_sentiment",
                "stance_articles", "mean_article_stance", "share_articles_negative", "share_articles_positive");
        Csv quotes = new Csv("actor_id", "actor_name", "side", "quote_id", "article_id", "outlet", "sentiment_score",
                "sentiment_label", "kind", "cue", "text", "title", "url");
        for (ActorSection a : f.actors()) {
            for (OutletCell c : a.cells()) {
                WeeklyFigures.Stance st = c.stance();
                cells.row(a.actorId(), a.actorName(), c.outlet(), c.lean(), c.quotes(), c.articles(),
                        c.meanSentiment(), c.ciLow(), c.ciHigh(), c.outletQuotes(), c.voiceShare(), c.lowCount(),
                        st.meanTargetSentiment(), st.articles(), st.meanArticleStance(), st.shareNegative(),
                        st.sharePositive());
            }
            Stream.concat(a.mostNegative().stream().map(q -> Map.entry("most negative", q)),
                    a.mostPositive().stream().map(q -> Map.entry("most positive", q))).forEach(e -> {
                QuoteRow q = e.getValue();
                quotes.row(a.actorId(), a.actorName(), e.getKey(), q.quoteId(), q.articleId(), q.outlet(),
                        q.sentimentScore(), q.sentimentLabel(), q.kind(), q.cue(), q.text(), q.title(), q.url());
            });
        }
        out.put("actor_outlet.csv", cells.toString());
        Csv changes = new Csv("actor_id", "actor_name", "quotes", "previous_quotes", "trailing_quotes_per_week",
                "mean_sentiment", "previous_mean", "trailing_mean", "change_vs_previous", "change_vs_trailing");
        for (Change c : f.changes()) {
            changes.row(c.actorId(), c.actorName(), c.quotes(), c.previousQuotes(), c.trailingQuotesPerWeek(),
                    c.meanSentiment(), c.previousMean(), c.trailingMean(), c.changeVsPrevious(),
                    c.changeVsTrailing());
        }
        out.put("changes.csv", changes.toString());
        Csv diffs = new Csv("actor_id", "actor_name", "outlet_a", "outlet_b", "mean_a", "mean_b", "difference",
                "diff_ci_low", "diff_ci_high", "quotes", "articles", "p_value", "p_adjusted", "significant");
        for (Difference d : f.differences()) {
            diffs.row(d.actorId(), d.actorName(), d.outletA(), d.outletB(), d.meanA(), d.meanB(), d.difference(),
                    d.ciLow(), d.ciHigh(), d.quotes(), d.articles(), d.pValue(), d.pAdjusted(), d.significant());
        }
        out.put("differences.csv", diffs.toString());
        out.put("characteristic_quotes.csv", quotes.toString());
        for (WeekData.Table t : new WeekData.Table[]{f.framingTests(), f.framingWords()}) {
            if (t != null) {
                Csv c = new Csv(t.columns());
                for (Map<String, Object> r : t.rows()) {
                    c.row(t.columns().stream().map(r::get).toArray());
                }
                out.put(t.name() + ".csv", c.toString());
            }
        }
        return out;
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
