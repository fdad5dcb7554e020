package dev.slant.jobs.sentiment;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ClassificationMetricsTest {
    private static final String[] LABELS = {"negative", "neutral", "positive"};

    /**
     * gold \ predicted   neg neu pos
     * negative             5   2   1
     * neutral              1   3   0
     * positive             0   2   6
     * accuracy 14/20; P = 5/6, 3/7, 6/7; R = 5/8, 3/4, 6/8; F1 = 0.714286, 0.545455, 0.8
     */
    @Test
    void handComputedMatrix() {
        int[] gold = new int[20];
        int[] pred = new int[20];
        int i = 0;
        int[][] m = {{5, 2, 1}, {1, 3, 0}, {0, 2, 6}};
        for (int g = 0; g < 3; g++) {
            for (int p = 0; p < 3; p++) {
                for (int c = 0; c < m[g][p]; c++) {
                    gold[i] = g;
                    pred[i++] = p;
                }
            }
        }
        ClassificationMetrics metrics = ClassificationMetrics.of(LABELS, gold, pred);
        assertEquals(20, metrics.total());
        assertEquals(2, metrics.count(0, 1));
        assertEquals(0.7, metrics.accuracy(), 1e-12);
        assertEquals(5.0 / 6, metrics.precision(0), 1e-12);
        assertEquals(3.0 / 7, metrics.precision(1), 1e-12);
        assertEquals(0.75, metrics.recall(1), 1e-12);
        assertEquals(2 * (5.0 / 6) * (5.0 / 8) / (5.0 / 6 + 5.0 / 8), metrics.f1(0), 1e-12);
        assertEquals(0.545454545, metrics.f1(1), 1e-8);
        assertEquals(0.8, metrics.f1(2), 1e-12);
        assertEquals((0.714285714 + 0.545454545 + 0.8) / 3, metrics.macroF1(), 1e-8);
        String report = metrics.format("test");
        assertTrue(report.contains("macro-F1=0.687"), report);
        assertTrue(report.contains("accuracy=0.700"), report);
    }

    @Test
    void aClassNeverPredictedCountsAsZeroAndAnAbsentClassIsLeftOut() {
        // all predicted negative: neutral F1 0 counts; positive never gold nor predicted is left out
        ClassificationMetrics m = ClassificationMetrics.of(LABELS, new int[]{0, 0, 1}, new int[]{0, 0, 0});
        assertEquals(0.8, m.f1(0), 1e-12);
        assertEquals(0.0, m.f1(1), 1e-12);
        assertEquals(0.4, m.macroF1(), 1e-12);
        assertEquals(0.0, new ClassificationMetrics(LABELS).macroF1());
    }
}
