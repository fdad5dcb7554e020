package dev.slant.models.quotes;

import java.util.List;

/**
 * The candidate speakers of one quotation in marks, as the ranker saw them: the quotation's span and kind, the
 * candidates, and which one was chosen (-1: none; the rules' pick when no model is loaded). Training reads these.
 */
public record CandidateSet(int quoteStart, int quoteEnd, String kind, List<SpeakerCandidate> candidates,
                           int chosen) {
}
