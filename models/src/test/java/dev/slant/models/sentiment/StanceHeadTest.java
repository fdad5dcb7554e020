package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled stance head on the encoder's real span vectors: compare averages per-mention logits, which is only the
 * head's answer for the article if the head is linear in the mean vector; the encoder's scoring path and its
 * span-vector and branch paths give the same logits; and the article combines the pair head's writer's-voice mean
 * with the branch's mean over every mention.
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
        // the logits the pipeline stores come from the same vectors: the pair head's three, then the branch's three
        List<List<float[]>> branch = encoder.branchLogits(requests);
        assertArrayEquals(concat(head.logits(a), branch.get(0).get(0)), scores.get(0).stanceLogits().get(0), 1e-6);
        assertArrayEquals(concat(head.logits(b), branch.get(1).get(0)), scores.get(1).stanceLogits().get(0), 1e-6);
    }

    @Test
    void theArticleAveragesTheHeadOverWritersVoiceAndTheBranchOverEveryMention() {
        StanceHead head = StanceHead.bundled();
        double[] voiced = {1, 2, 3, 0.5, 0.1, -1};
        double[] reported = {9, 9, 9, -0.5, 0.3, -3};
        assertTrue(ArticleStance.writersVoice(B) && !ArticleStance.writersVoice("Trump said he would win."));
        TargetSentiment t = head.article(List.of(B, "Trump said he would win."), List.of(voiced, reported));
        double[] branchMean = {0, 0.2, -2};
        double[] expected = new double[3];
        for (int c = 0; c < 3; c++) {
            expected[c] = head.headShare() * voiced[c] + (1 - head.headShare()) * branchMean[c];
        }
        expected[1] += head.neutralBias();
        assertArrayEquals(StanceHead.stance(expected).probs(), t.probs(), 1e-12);
        // no writer's-voice mention: the pair head's neutral stands in for it
        TargetSentiment reportedOnly = head.article(List.of("Trump said he would win."), List.of(reported));
        double[] z = StanceHead.articleLogits(StanceHead.NO_VOICE_LOGITS, new double[]{-0.5, 0.3, -3},
                head.headShare(), head.neutralBias());
        assertArrayEquals(StanceHead.stance(z).probs(), reportedOnly.probs(), 1e-12);
        // rows from before the branch (three numbers): the pair head alone, as then
        assertEquals(StanceHead.stance(new double[]{1, 2, 3}).label(),
                head.article(List.of(B), List.<double[]>of(new double[]{1, 2, 3})).label());
    }

    @Test
    void theBranchReadsTheWritersWordsNotTheEvent() {
        // the sentence rules' distinction (data/handcoded/stance-sentences/RULES.md): an event or a meeting reported
        // plainly is neutral however bad it is for the person; the writer's own mockery is negative, praise positive.
        // (Reported criticism, "Democrats accused Trump of ...", is the rules' other neutral case; the branch still
        // reads it as negative often: README, Article stance.)
        Map<String, String> expected = new java.util.LinkedHashMap<>();
        expected.put("Donald Trump was impeached by the House on Wednesday.", "neutral");
        expected.put("Donald Trump met the Japanese prime minister in Tokyo on Monday.", "neutral");
        expected.put("Donald Trump, a serial liar with a petty streak, once again embarrassed himself on Twitter.",
                "negative");
        expected.put("Donald Trump's bizarre, rambling rant exposed once more how unfit he is for office.", "negative");
        expected.put("Donald Trump deftly defused the crisis, a masterful display of the leadership that has earned "
                + "him admiration across the aisle.", "positive");
        List<String> sentences = List.copyOf(expected.keySet());
        List<List<float[]>> z = EncoderSentiment.get().branchLogits(sentences.stream()
                .map(t -> new EncoderSentiment.Request(t, List.of(span(t, "Donald Trump")))).toList());
        for (int i = 0; i < sentences.size(); i++) {
            assertEquals(expected.get(sentences.get(i)), TargetSentiment.LABELS[argmax(z.get(i).get(0))],
                    sentences.get(i));
        }
    }

    private static int argmax(float[] z) {
        int best = 0;
        for (int c = 1; c < z.length; c++) {
            if (z[c] > z[best]) {
                best = c;
            }
        }
        return best;
    }

    private static double[] concat(double[] a, float[] b) {
        double[] z = java.util.Arrays.copyOf(a, a.length + b.length);
        for (int i = 0; i < b.length; i++) {
            z[a.length + i] = b[i];
        }
        return z;
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
