package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

/**
 * The bundled stance head on the encoder's real span vectors: compare averages per-mention logits, which is only the
 * head's answer for the article if the head is linear in the mean vector; and the encoder's scoring path and its
 * span-vector path give the same logits.
 */
class StanceHeadTest {
    // two news sentences in the writer's voice, each naming the same person
    private static final String A = "Senator Lindsey Graham on Sunday said he would support President Donald Trump's "
            + "nominee to the Supreme Court.";
    private static final String B = "Donald Trump, who has spent weeks attacking the judge, visited the border on "
            + "Thursday.";

    @Test
    void theArticlesLogitsAreTheMeanOfItsMentionsLogits() {
        StanceHead head = StanceHead.bundled();
        assertNotNull(head, "stance-head.json is bundled");
        EncoderSentiment encoder = EncoderSentiment.get();
        List<EncoderSentiment.Request> requests = List.of(
                new EncoderSentiment.Request(A, List.of(span(A, "Donald Trump"))),
                new EncoderSentiment.Request(B, List.of(span(B, "Donald Trump"))));
        List<List<float[]>> features = encoder.spanFeatures(requests);
        List<EncoderSentiment.SpanScores> scores = encoder.scoreAll(requests);
        float[] a = features.get(0).get(0);
        float[] b = features.get(1).get(0);
        assertEquals(768, a.length);
        float[] mean = new float[a.length];
        for (int j = 0; j < a.length; j++) {
            mean[j] = (a[j] + b[j]) / 2;
        }
        double[] meanOfLogits = StanceHead.meanLogits(List.of(head.logits(a), head.logits(b)));
        assertArrayEquals(head.logits(mean), meanOfLogits, 1e-4);
        // the logits the pipeline stores come from the same vectors
        assertArrayEquals(head.logits(a), scores.get(0).stanceLogits().get(0), 1e-9);
        assertArrayEquals(head.logits(b), scores.get(1).stanceLogits().get(0), 1e-9);
    }

    @Test
    void stanceIsTheSoftmaxOfTheMeanLogits() {
        TargetSentiment none = StanceHead.stance(null);
        assertEquals("neutral", none.label());
        assertEquals(0.0, none.score());
        TargetSentiment t = StanceHead.stance(new double[]{Math.log(6), Math.log(3), Math.log(1)});
        assertEquals("negative", t.label());
        assertArrayEquals(new double[]{0.6, 0.3, 0.1}, t.probs(), 1e-12);
        assertEquals(-0.5, t.score(), 1e-12);
    }

    private static EncoderSentiment.Span span(String text, String words) {
        int i = text.indexOf(words);
        return new EncoderSentiment.Span(i, i + words.length());
    }
}
