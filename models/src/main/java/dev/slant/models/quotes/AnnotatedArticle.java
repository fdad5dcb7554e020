package dev.slant.models.quotes;

import dev.slant.models.actors.ActorMatch;

import java.time.LocalDate;
import java.util.List;

/**
 * An article after the cheap pass: sentences and tokens for all, POS tags for the sentences that could hold an
 * attribution (a quote mark, a reporting cue or an actor), registry matches, and the quotation-mark spans.
 */
public record AnnotatedArticle(String text, LocalDate date, List<Sentence> sentences, List<ActorMatch> actors,
                               List<MarkedSpan> marked) {
    /** The sentence containing char offset `pos` (the nearest one before it when `pos` falls between sentences). */
    public int sentenceAt(int pos) {
        int lo = 0;
        int hi = sentences.size() - 1;
        int best = 0;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= pos) {
                best = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return best;
    }
}
