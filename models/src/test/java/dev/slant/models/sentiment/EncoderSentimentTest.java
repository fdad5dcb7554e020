package dev.slant.models.sentiment;

import dev.slant.models.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shipped encoder on real NewsMTSC hold-out sentences (never trained or selected on). */
class EncoderSentimentTest {
    /** Hold-out targets scored: about a quarter of the hold-out part (-Dslant.encoder.test.targets=2000: all). */
    private static final int TARGETS = Integer.getInteger("slant.encoder.test.targets", 330);

    private static List<NewsMtsc.Sentence> holdout() throws Exception {
        List<NewsMtsc.Sentence> out = new ArrayList<>();
        int targets = 0;
        for (String line : Files.readAllLines(SharedData.dir().resolve("sentiment/newsmtsc-train.jsonl"))) {
            NewsMtsc.Sentence s = NewsMtsc.parse(line);
            if (NewsMtsc.isHoldout(s.primaryGid()) && targets < TARGETS) {
                out.add(s);
                targets += s.targets().size();
            }
        }
        return out;
    }

    private static List<EncoderSentiment.Request> requests(List<NewsMtsc.Sentence> sentences) {
        List<EncoderSentiment.Request> rs = new ArrayList<>();
        for (NewsMtsc.Sentence s : sentences) {
            rs.add(new EncoderSentiment.Request(s.text(),
                    s.targets().stream().map(t -> new EncoderSentiment.Span(t.from(), t.to())).toList()));
        }
        return rs;
    }

    @Test
    void beatsTheRntnBaselineOnHeldOutTargets() throws Exception {
        List<NewsMtsc.Sentence> sentences = holdout();
        EncoderSentiment encoder = EncoderSentiment.get();
        assertSame(encoder, EncoderSentiment.get(), "built once per JVM");
        long t0 = System.nanoTime();
        List<EncoderSentiment.SpanScores> scores = encoder.scoreAll(requests(sentences));
        double seconds = (System.nanoTime() - t0) / 1e9;
        long[][] confusion = new long[3][3];
        for (int i = 0; i < sentences.size(); i++) {
            List<NewsMtsc.Target> targets = sentences.get(i).targets();
            assertEquals(targets.size(), scores.get(i).target().size());
            for (int j = 0; j < targets.size(); j++) {
                TargetSentiment ts = scores.get(i).target().get(j);
                assertEquals(1.0, ts.probs()[0] + ts.probs()[1] + ts.probs()[2], 1e-5);
                confusion[targets.get(j).classIndex()][List.of(TargetSentiment.LABELS).indexOf(ts.label())]++;
            }
        }
        double f1 = macroF1(confusion);
        System.out.printf(java.util.Locale.ROOT, "encoder on %d hold-out sentences: macro-F1 %.3f, confusion %s, "
                        + "%.1f sentences/s%n", sentences.size(), f1, java.util.Arrays.deepToString(confusion),
                sentences.size() / seconds);
        // The RNTN sentence label reaches macro-F1 0.456 on the whole hold-out part, the logistic scorer 0.645.
        assertTrue(f1 > 0.68, "macro-F1 " + f1 + " on " + TARGETS + " hold-out targets");
    }

    @Test
    void oneSentenceWithSeveralTargetsScoresAsWhenBatchedWithOthers() throws Exception {
        List<NewsMtsc.Sentence> sentences = holdout();
        NewsMtsc.Sentence multi = sentences.stream().filter(s -> s.targets().size() > 1).findFirst().orElseThrow();
        EncoderSentiment encoder = EncoderSentiment.get();
        List<TargetSentiment> alone = encoder.targets(multi.text(),
                requests(List.of(multi)).get(0).spans());
        int at = sentences.indexOf(multi);
        List<TargetSentiment> batched = encoder.scoreAll(requests(sentences)).get(at).target();
        assertEquals(multi.targets().size(), alone.size());
        for (int j = 0; j < alone.size(); j++) {
            for (int k = 0; k < 3; k++) {
                // padding to the batch's longest sentence must not change a sentence's scores
                assertEquals(alone.get(j).probs()[k], batched.get(j).probs()[k], 1e-4);
            }
        }
    }

    @Test
    void aLongSentenceIsWindowedAroundItsTargetAndAnEmptySpanFallsBackToTheSentence() {
        String filler = "The committee met again on Tuesday to discuss the budget and the schedule. ".repeat(12);
        String text = filler + "Critics said the senator lied repeatedly and betrayed the voters who trusted him.";
        int senator = text.indexOf("the senator") + 4;
        EncoderSentiment encoder = EncoderSentiment.get();
        EncoderSentiment.Encoded e = encoder.encode(new EncoderSentiment.Request(text,
                List.of(new EncoderSentiment.Span(senator, senator + 7), new EncoderSentiment.Span(3, 3))));
        assertEquals(EncoderSentiment.MAX_LENGTH, e.ids().length, "cut to the model's length");
        assertTrue(e.spans()[0][1] > e.spans()[0][0] && e.spans()[0][1] < EncoderSentiment.MAX_LENGTH - 1,
                "the target is inside the window");
        assertEquals(1, e.spans()[1][0], "an empty span covers the whole window");
        assertEquals(EncoderSentiment.MAX_LENGTH - 1, e.spans()[1][1]);
        List<TargetSentiment> t = encoder.targets(text, List.of(new EncoderSentiment.Span(senator, senator + 7)));
        assertEquals(1, t.size());
    }

    private static double macroF1(long[][] m) {
        double sum = 0;
        for (int c = 0; c < 3; c++) {
            long tp = m[c][c];
            long predicted = m[0][c] + m[1][c] + m[2][c];
            long gold = m[c][0] + m[c][1] + m[c][2];
            double p = predicted == 0 ? 0 : (double) tp / predicted;
            double r = gold == 0 ? 0 : (double) tp / gold;
            sum += p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
        return sum / 3;
    }
}
