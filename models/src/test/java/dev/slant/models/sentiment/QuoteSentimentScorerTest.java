package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The RNTN scorer on real news sentences (from the NewsMTSC training split, where every target is negative or
 *  every target positive) and the invariants of what it returns. */
class QuoteSentimentScorerTest {
    private static final QuoteSentimentScorer SCORER = new QuoteSentimentScorer();

    private static final List<String> NEGATIVE = List.of(
            "Roman Quaedvlieg's partner pleads guilty to misleading corruption investigators",
            "She’s a disaster because of arrogance.",
            "It is all a disaster of his own making.");
    private static final List<String> POSITIVE = List.of(
            "Tom is a fine man and a great Congressman!",
            "He had an excellent reputation.",
            "He's a friend and a great leader.");

    @Test
    void clearlyNegativeNewsSentencesScoreBelowZero() {
        for (String s : NEGATIVE) {
            Sentiment r = SCORER.score(s);
            assertTrue(r.score() < 0, s + " -> " + r);
            assertTrue(r.label().endsWith("negative"), s + " -> " + r);
        }
    }

    @Test
    void clearlyPositiveNewsSentencesScoreAboveZero() {
        for (String s : POSITIVE) {
            Sentiment r = SCORER.score(s);
            assertTrue(r.score() > 0, s + " -> " + r);
            assertTrue(r.label().endsWith("positive"), s + " -> " + r);
        }
    }

    @Test
    void probabilitiesScoreAndLabelAgree() {
        for (String s : List.of(NEGATIVE.get(0), POSITIVE.get(0), "a complete and total disgrace")) {
            Sentiment r = SCORER.score(s);
            assertTrue(r.scored());
            assertEquals(5, r.probs().length);
            double sum = 0;
            double expected = 0;
            int best = 0;
            for (int i = 0; i < 5; i++) {
                assertTrue(r.probs()[i] >= 0 && r.probs()[i] <= 1);
                sum += r.probs()[i];
                expected += r.probs()[i] * Sentiment.CLASS_VALUES[i];
                best = r.probs()[i] > r.probs()[best] ? i : best;
            }
            assertEquals(1.0, sum, 1e-9);
            assertEquals(expected, r.score(), 1e-9);
            assertTrue(r.score() >= -1 && r.score() <= 1);
            assertEquals(Sentiment.LABELS[best], r.label());
        }
    }

    @Test
    void severalSentencesAreWeightedByTheirLength() {
        // (the RNTN, trained on movie reviews, rates this clearly negative news sentence positive: one reason the
        // target scorer exists)
        String longOne = "The decision on Sergeant Bergdahl is a complete and total disgrace to our Country and to "
                + "our Military.";
        String shortOne = POSITIVE.get(1);
        List<AnalyzedSentence> a = SentimentAnalyzer.shiftReduce().analyze(longOne + " " + shortOne);
        assertEquals(2, a.size());
        Sentiment combined = QuoteSentimentScorer.combine(a);
        Sentiment first = QuoteSentimentScorer.combine(a.subList(0, 1));
        Sentiment second = QuoteSentimentScorer.combine(a.subList(1, 2));
        double w1 = a.get(0).tokens().size();
        double w2 = a.get(1).tokens().size();
        assertTrue(w1 > w2);
        // probabilities are kept to 5 decimals, so the parts' renormalised scores agree to about 1e-6
        assertEquals((w1 * first.score() + w2 * second.score()) / (w1 + w2), combined.score(), 1e-5);
    }

    @Test
    void nothingToScoreIsMarkedUnscored() {
        assertFalse(SCORER.score("").scored());
        assertFalse(SCORER.score("   ").scored());
        // one "sentence" over the parser's length cap is not parsed, so it cannot be scored
        String overlong = "word ".repeat(SentimentAnalyzer.MAX_SENTENCE_TOKENS + 5).trim();
        Sentiment r = SCORER.score(overlong);
        assertFalse(r.scored());
        assertEquals("neutral", r.label());
        assertEquals(0.0, r.score());
        assertArrayEquals(new double[]{0.2, 0.2, 0.2, 0.2, 0.2}, r.probs(), 1e-12);
    }

    @Test
    void anOverlongSentenceDoesNotStopTheOthersBeingScored() {
        String overlong = "word ".repeat(SentimentAnalyzer.MAX_SENTENCE_TOKENS + 5).trim() + ".";
        Sentiment r = SCORER.score(overlong + " " + NEGATIVE.get(0));
        assertTrue(r.scored());
        assertEquals(SCORER.score(NEGATIVE.get(0)).score(), r.score(), 1e-9);
    }
}
