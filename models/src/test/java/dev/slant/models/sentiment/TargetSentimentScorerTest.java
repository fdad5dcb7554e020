package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

// slow tier (./test runs it, ./test --fast does not): the logistic scorer, no longer the default, parses with the RNTN
@org.junit.jupiter.api.Tag("slow")
class TargetSentimentScorerTest {
    // from the NewsMTSC training split; its target "Hillary Clinton" (0..15) is labelled negative
    private static final String SENTENCE = "Hillary Clinton blamed the Democratic National Committee, Facebook, and "
            + "conspiracy site Infowars Wednesday for her election defeat during an interview in which she pointed "
            + "at a total of 18 alleged guilty parties for her big loss.";

    @Test
    void featuresMaskTheTargetAndNameItsPredicate() {
        List<AnalyzedSentence> a = SentimentAnalyzer.shiftReduce().analyze(SENTENCE);
        Map<String, Double> f = TargetFeatures.extract(a, 0, 15);
        assertFalse(f.containsKey("w:hillary"), "the target's own words are masked");
        assertFalse(f.containsKey("w:clinton"));
        assertTrue(f.containsKey("w:blamed"));
        assertTrue(f.containsKey("bg:<S>_<T>"));
        assertTrue(f.containsKey("bg:<T>_blamed"));
        assertTrue(f.containsKey("govrel:nsubj_blamed"), f.keySet().toString());
        assertTrue(f.containsKey("tgt:first"));
        assertTrue(f.containsKey("sent:score") && f.containsKey("up1:score"));
        // another target of the same sentence gets its own view of it
        int facebook = SENTENCE.indexOf("Facebook");
        Map<String, Double> g = TargetFeatures.extract(a, facebook, facebook + 8);
        assertTrue(g.containsKey("w:hillary"));
        assertFalse(g.containsKey("w:facebook"));
        assertFalse(g.containsKey("tgt:first"));
    }

    @Test
    void bundledModelLoadsOnceAndScoresWithinBounds() {
        TargetSentimentScorer scorer = TargetSentimentScorer.get();
        assertTrue(scorer == TargetSentimentScorer.get());
        assertTrue(scorer.model().weights().size() > 1000, "a real vocabulary");
        TargetSentiment t = scorer.score(SENTENCE, 0, 15);
        assertEquals(3, t.probs().length);
        assertEquals(1.0, t.probs()[0] + t.probs()[1] + t.probs()[2], 1e-9);
        assertEquals(t.probs()[2] - t.probs()[0], t.score(), 1e-12);
        assertTrue(List.of(TargetSentiment.LABELS).contains(t.label()));
    }

    @Test
    void aTargetOutsideTheSentenceIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> TargetSentimentScorer.get().score("Short.", 3, 40));
        assertThrows(IllegalArgumentException.class, () -> TargetSentimentScorer.get().score("Short.", 3, 3));
    }
}
