package dev.slant.jobs.speakers;

import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ArticleQuotes;
import dev.slant.models.quotes.CandidateSet;
import dev.slant.models.quotes.SpeakerCandidate;
import dev.slant.models.validate.GoldArticle;
import dev.slant.models.validate.GoldNames;
import dev.slant.models.validate.GoldQuote;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Labelled candidate speakers from PolNeAR: each quotation in marks that Slant finds is matched to the gold
 * attribution it overlaps (at least half of the shorter span, as `validate attribution` scores), and each candidate
 * is labelled right when its mention overlaps the head name of the gold source span (the whole span when the source
 * is a pronoun or a description) or resolves to the full name the gold expects ({@link GoldNames}).
 */
final class SpeakerExamples {
    private SpeakerExamples() {
    }

    /** One quotation's candidates with their labels; `rule` is the candidate the rules picked (-1: none). */
    record Group(String articleId, List<SpeakerCandidate> candidates, boolean[] right, int rule) {
        boolean learnable() {
            for (boolean r : right) {
                if (r) {
                    return true;
                }
            }
            return false;
        }
    }

    /** The groups of all articles, candidates computed on `threads` threads (bad articles are skipped, counted). */
    static List<Group> of(List<GoldArticle> articles, ActorRegistry registry, int threads) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
        try {
            List<Future<List<Group>>> parts = new ArrayList<>();
            for (GoldArticle art : articles) {
                parts.add(pool.submit(() -> groups(art, registry)));
            }
            List<Group> out = new ArrayList<>();
            int failed = 0;
            for (Future<List<Group>> f : parts) {
                try {
                    out.addAll(f.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    if (failed++ == 0) {
                        System.err.println("speakers: an article failed: " + e.getCause());
                    }
                }
            }
            if (failed > 0) {
                System.err.println("speakers: " + failed + " articles failed and were skipped");
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    static List<Group> groups(GoldArticle art, ActorRegistry registry) {
        List<Group> out = new ArrayList<>();
        String text = art.text();
        for (CandidateSet set : ArticleQuotes.candidates(text, art.date(), registry)) {
            GoldQuote g = goldFor(art, set);
            if (g == null || g.sourceStart() < 0) {
                continue;
            }
            int[] head = GoldNames.headName(text, g.sourceStart(), g.sourceEnd());
            String expected = GoldNames.expected(text, g.sourceStart(), g.sourceEnd());
            int[] span = head != null ? head : new int[]{g.sourceStart(), g.sourceEnd()};
            boolean[] right = new boolean[set.candidates().size()];
            for (int i = 0; i < right.length; i++) {
                SpeakerCandidate c = set.candidates().get(i);
                boolean spanRight = c.kind() != dev.slant.models.quotes.MentionKind.PREVIOUS
                        && c.start() < span[1] && span[0] < c.end();
                right[i] = spanRight || expected != null && sameName(c.name(), expected);
            }
            out.add(new Group(art.id(), set.candidates(), right, set.chosen()));
        }
        return out;
    }

    private static GoldQuote goldFor(GoldArticle art, CandidateSet set) {
        GoldQuote best = null;
        int bestOverlap = 0;
        for (GoldQuote g : art.quotes()) {
            int overlap = Math.min(g.end(), set.quoteEnd()) - Math.max(g.start(), set.quoteStart());
            int shorter = Math.min(g.end() - g.start(), set.quoteEnd() - set.quoteStart());
            if (shorter > 0 && overlap * 2 >= shorter && overlap > bestOverlap) {
                best = g;
                bestOverlap = overlap;
            }
        }
        return best;
    }

    private static boolean sameName(String found, String expected) {
        if (found == null) {
            return false;
        }
        String f = norm(found);
        String e = norm(expected);
        return f.equals(e) || f.endsWith(" " + e) && e.contains(" ");
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"“”‘’'.]", "").replaceAll("\\s+", " ").trim();
    }
}
