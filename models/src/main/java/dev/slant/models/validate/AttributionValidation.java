package dev.slant.models.validate;

import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ArticleQuotes;
import dev.slant.models.quotes.Quote;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores found quotations against gold. A gold quote is found when a found quote overlaps it by at least half of the
 * shorter span (a partial quote inside a gold content span counts). Speaker: for seed gold, the found speaker or
 * actor name equals the gold speaker or one of also_accept (case, `the` and marks ignored); for PolNeAR, the found
 * speaker mention equals the annotated source text, or the found name's last word is a word of the source span.
 * When the gold only labels quotations in marks, indirect quotes found are reported but not scored.
 */
public final class AttributionValidation {
    private AttributionValidation() {
    }

    public static AttributionScore score(List<GoldArticle> articles, ActorRegistry registry) {
        return score(articles, find(articles, registry));
    }

    /** Slant's quotations of each gold article (by article id), found once so several scorings can share them. */
    public static java.util.Map<String, List<Quote>> find(List<GoldArticle> articles, ActorRegistry registry) {
        java.util.Map<String, List<Quote>> found = new java.util.LinkedHashMap<>();
        for (GoldArticle art : articles) {
            found.put(art.id(), ArticleQuotes.find(art.text(), art.date(), registry));
        }
        return found;
    }

    /** A gold quotation with the found quotation that overlaps it most (null: missed) and whether the speaker is right. */
    public record Match(GoldArticle article, GoldQuote gold, Quote found, boolean speakerRight) {
        /** The gold speaker as one label: the first accepted name (seed) or the source span's text (PolNeAR). */
        public String goldSpeaker() {
            return AttributionValidation.goldSpeaker(gold);
        }
    }

    /**
     * Every gold quotation with its best found quotation, by the same rules as {@link #score}: the unit-by-unit view
     * behind recall and speaker accuracy (e.g. to compute agreement statistics between the gold and Slant's coding).
     */
    public static List<Match> matches(List<GoldArticle> articles, java.util.Map<String, List<Quote>> foundByArticle) {
        boolean goldHasIndirect = goldHasIndirect(articles);
        List<Match> out = new ArrayList<>();
        for (GoldArticle art : articles) {
            List<Quote> scored = scored(foundByArticle.getOrDefault(art.id(), List.of()), goldHasIndirect);
            for (GoldQuote g : art.quotes()) {
                Quote best = best(g, scored);
                out.add(new Match(art, g, best, best != null && speakerRight(g, best, art.text())));
            }
        }
        return out;
    }

    private static boolean goldHasIndirect(List<GoldArticle> articles) {
        return articles.stream().flatMap(x -> x.quotes().stream()).anyMatch(g -> "indirect".equals(g.kind()));
    }

    private static List<Quote> scored(List<Quote> qs, boolean goldHasIndirect) {
        return qs.stream().filter(q -> goldHasIndirect || !q.kind().equals("indirect")).toList();
    }

    private static Quote best(GoldQuote g, List<Quote> scored) {
        Quote best = null;
        for (Quote q : scored) {
            if (overlaps(g, q) && (best == null || overlap(g, q) > overlap(g, best))) {
                best = q;
            }
        }
        return best;
    }

    /** Scores quotations found earlier (see {@link #find}). */
    public static AttributionScore score(List<GoldArticle> articles, java.util.Map<String, List<Quote>> foundByArticle) {
        int gold = 0;
        int found = 0;
        int goldFound = 0;
        int foundMatching = 0;
        int speakerRight = 0;
        int indirectSkipped = 0;
        List<String> misses = new ArrayList<>();
        java.util.Map<String, int[]> byKind = new java.util.TreeMap<>();
        // gold that labels only quotations in marks (the seed) cannot judge indirect speech: leave it unscored
        boolean goldHasIndirect = goldHasIndirect(articles);
        for (GoldArticle art : articles) {
            List<Quote> qs = foundByArticle.getOrDefault(art.id(), List.of());
            List<Quote> scored = new ArrayList<>();
            for (Quote q : qs) {
                if (!goldHasIndirect && q.kind().equals("indirect")) {
                    indirectSkipped++;
                } else {
                    scored.add(q);
                }
            }
            gold += art.quotes().size();
            found += scored.size();
            for (Quote q : scored) {
                boolean any = art.quotes().stream().anyMatch(g -> overlaps(g, q));
                if (any) {
                    foundMatching++;
                } else {
                    misses.add("EXTRA   " + art.id() + " [" + q.kind() + "] \"" + clip(q.text()) + "\" → "
                            + q.speaker());
                }
            }
            for (GoldQuote g : art.quotes()) {
                int[] k = byKind.computeIfAbsent(String.valueOf(g.kind()), x -> new int[2]);
                k[0]++;
                Quote best = best(g, scored);
                if (best == null) {
                    misses.add("MISSED  " + art.id() + " \"" + clip(g.text()) + "\" (" + goldSpeaker(g) + ")");
                    continue;
                }
                goldFound++;
                k[1]++;
                if (speakerRight(g, best, art.text())) {
                    speakerRight++;
                } else {
                    misses.add("SPEAKER " + art.id() + " \"" + clip(g.text()) + "\": gold " + goldSpeaker(g)
                            + ", found " + best.speaker() + " / " + best.actorName() + " (mention '"
                            + best.speakerMention() + "', " + best.attributionMethod() + ")");
                }
            }
        }
        return new AttributionScore(gold, found, goldFound, foundMatching, speakerRight, indirectSkipped, misses, byKind);
    }

    /**
     * Full-name accuracy and actor linking (issue 13) on the found quotes of PolNeAR-style gold (a source span per
     * quote). A name source's expected name comes from the article alone ({@link GoldNames}); a source names a
     * registered actor when a registry match (name or dated role, not a metonym) is the head of the span.
     */
    public static NameScore names(List<GoldArticle> articles, java.util.Map<String, List<Quote>> foundByArticle,
                                  ActorRegistry registry) {
        int named = 0;
        int nameRight = 0;
        int actorGold = 0;
        int actorRight = 0;
        java.util.Map<String, Integer> wrong = new java.util.TreeMap<>();
        List<String> misses = new ArrayList<>();
        java.util.Map<String, List<dev.slant.models.actors.ActorMatch>> actorsByArticle = new java.util.HashMap<>();
        for (Match m : matches(articles, foundByArticle)) {
            GoldQuote g = m.gold();
            Quote q = m.found();
            if (q == null || g.sourceStart() < 0) {
                continue;
            }
            String text = m.article().text();
            String expected = GoldNames.expected(text, g.sourceStart(), g.sourceEnd());
            if (expected != null) {
                named++;
                if (q.speaker() != null && (norm(q.speaker()).equals(norm(expected))
                        || q.speaker().equals(q.actorName()) && (norm(q.speaker()).endsWith(" " + norm(expected))
                        || registry.resolveName(expected).map(x -> x.id().equals(q.actorId())).orElse(false)))) {
                    // a registered actor's canonical name is a full name even where the article gives only `Mr. Obama`
                    nameRight++;
                } else {
                    String kind = wrongKind(expected, q.speaker());
                    wrong.merge(kind, 1, Integer::sum);
                    misses.add("NAME    " + m.article().id() + " \"" + clip(g.text()) + "\": expected " + expected
                            + ", found " + q.speaker() + " (" + kind + ", source '" + g.sourceText() + "', "
                            + q.attributionMethod() + ")");
                }
            }
            List<dev.slant.models.actors.ActorMatch> acts = actorsByArticle.computeIfAbsent(m.article().id(),
                    x -> registry.find(text, m.article().date()));
            String actor = headActor(acts, text, g.sourceStart(), g.sourceEnd(), registry);
            if (actor != null) {
                actorGold++;
                if (actor.equals(q.actorId())) {
                    actorRight++;
                } else {
                    misses.add("ACTOR   " + m.article().id() + " \"" + clip(g.text()) + "\": expected "
                            + registry.byId(actor).map(dev.slant.models.actors.Actor::name).orElse(actor) + ", found "
                            + q.actorName() + " / " + q.speaker() + " (source '" + g.sourceText() + "', "
                            + q.attributionMethod() + ")");
                }
            }
        }
        return new NameScore(named, nameRight, wrong, actorGold, actorRight, misses);
    }

    /** How a found name differs from the expected one. */
    static String wrongKind(String expected, String found) {
        if (found == null) {
            return "no speaker";
        }
        String e = norm(expected);
        String f = norm(found);
        if (found.contains("\n") || java.util.Arrays.stream(found.split(" ")).anyMatch(w -> w.length() > 3
                && w.endsWith(".") && !GoldNames.TITLES.contains(w.toLowerCase(Locale.ROOT)))) {
            return "across sentences";
        }
        if (f.endsWith(e) || f.contains(e)) {
            return "extra words";
        }
        if (e.endsWith(f) || e.contains(f)) {
            return "name too short";
        }
        String[] ew = e.split(" ");
        String[] fw = f.split(" ");
        if (ew[ew.length - 1].equals(fw[fw.length - 1])) {
            return "same surname, other";
        }
        return "other name";
    }

    /**
     * The registered actor named at the head of a source span (`Sen. Ted Cruz`, `the president`), else null; not an
     * actor the span only mentions (`a longtime adviser to Trump`), nor a surname the article gives another person
     * (`Clinton, 35, the daughter of ...` for Chelsea Clinton).
     */
    private static String headActor(List<dev.slant.models.actors.ActorMatch> acts, String text, int start, int end,
                                    ActorRegistry registry) {
        int[] head = GoldNames.headName(text, start, end);
        String expected = head == null ? null : GoldNames.expected(text, start, end);
        String found = null;
        for (dev.slant.models.actors.ActorMatch a : acts) {
            if (a.start() < start || a.end() > end || a.method().equals("metonym")) {
                continue;
            }
            boolean isHead;
            if (head != null) {
                isHead = a.start() < head[1] && head[0] < a.end() && expected != null
                        && (registry.resolveName(expected).map(x -> x.id().equals(a.actorId())).orElse(false)
                        || registry.byId(a.actorId()).map(x -> firstWord(x.name()).equalsIgnoreCase(
                        firstWord(expected)) || !expected.contains(" ")).orElse(false));
            } else {
                String before = text.substring(start, a.start()).trim().toLowerCase(Locale.ROOT);
                String rest = text.substring(a.end(), end).trim();
                isHead = a.method().equals("role") && (before.isEmpty() || before.equals("the"))
                        && (rest.isEmpty() || rest.matches("[,.;:]+"));
            }
            if (isHead) {
                if (found != null && !found.equals(a.actorId())) {
                    return null;
                }
                found = a.actorId();
            }
        }
        return found;
    }

    private static String firstWord(String s) {
        return s.trim().split("\\s+")[0];
    }

    static boolean overlaps(GoldQuote g, Quote q) {
        int shorter = Math.min(g.end() - g.start(), q.charEnd() - q.charStart());
        return shorter > 0 && overlap(g, q) * 2 >= shorter;
    }

    private static int overlap(GoldQuote g, Quote q) {
        return Math.max(0, Math.min(g.end(), q.charEnd()) - Math.max(g.start(), q.charStart()));
    }

    static boolean speakerRight(GoldQuote g, Quote q, String text) {
        if (g.sourceStart() < 0 && g.speakers().isEmpty()) {
            return q.speaker() == null && q.speakerMention() == null;
        }
        if (!g.speakers().isEmpty()) {
            Set<String> ok = new HashSet<>();
            g.speakers().forEach(s -> ok.add(norm(s)));
            return (q.speaker() != null && ok.contains(norm(q.speaker()))) || (q.actorName() != null
                    && ok.contains(norm(q.actorName())));
        }
        String source = norm(g.sourceText());
        if (q.speakerMention() != null && norm(q.speakerMention()).equals(source)) {
            return true;
        }
        Set<String> words = new HashSet<>(List.of(source.split("[^\\p{L}\\p{N}]+")));
        for (String name : new String[]{q.speaker(), q.actorName(), q.speakerMention()}) {
            if (name != null && !name.isBlank()) {
                String[] w = norm(name).split("[^\\p{L}\\p{N}]+");
                if (w.length > 0 && words.contains(w[w.length - 1])) {
                    return true;
                }
            }
        }
        return false;
    }

    static String norm(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").trim();
        return n.startsWith("the ") ? n.substring(4) : n;
    }

    private static String goldSpeaker(GoldQuote g) {
        return g.speakers().isEmpty() ? String.valueOf(g.sourceText()) : g.speakers().get(0);
    }

    private static String clip(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() > 90 ? one.substring(0, 87) + "..." : one;
    }
}
