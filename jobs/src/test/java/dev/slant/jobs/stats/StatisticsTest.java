package dev.slant.jobs.stats;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Known answers for the statistics the compare stage reports; plain Java, no Spark. */
class StatisticsTest {

    /**
     * Table (rows = outlets, columns = negative / neutral / positive):
     * <pre>
     *   A: 10 20 30   (60)
     *   B: 20 20 10   (50)
     *      30 40 40   n = 110
     * </pre>
     * chi² = Σ O²/E − n with E = row·col/n: O²/E = 55/9, 55/3, 165/4, 88/3, 22, 11/2, summing to 4411/36;
     * chi² = 4411/36 − 110 = 451/36 = 12.52778. df = (2−1)(3−1) = 2, and for df 2 the tail is exactly
     * p = exp(−chi²/2) = exp(−451/72) = 0.001903. The smallest expected count is B × negative,
     * 50·30/110 = 13.636. Cramér's V = sqrt(12.52778 / (110 · 1)) = 0.33747.
     */
    static final long[][] HAND_TABLE = {{10, 20, 30}, {20, 20, 10}};
    static final double HAND_CHI2 = 451.0 / 36.0;

    @Test
    void chiSquareMatchesTheHandComputedTable() {
        Contingency c = Contingency.of(HAND_TABLE);
        assertEquals(HAND_CHI2, c.chiSquare(), 1e-12);
        assertEquals(2, c.degreesOfFreedom());
        assertEquals(110, c.n());
        assertEquals(50.0 * 30 / 110, c.minExpected(), 1e-12);
        assertEquals(0.33747, c.cramersV(), 1e-5);
    }

    @Test
    void emptyRowsAndColumnsDoNotCount() {
        Contingency c = Contingency.of(new long[][] {{10, 0, 20, 30}, {0, 0, 0, 0}, {20, 0, 20, 10}});
        assertEquals(HAND_CHI2, c.chiSquare(), 1e-12);
        assertEquals(2, c.degreesOfFreedom());
    }

    /**
     * 2×2 table {{20, 10}, {10, 20}}: every expected count is 15, chi² = 4 · 5² / 15 = 20/3, and Cramér's V equals
     * |phi| = sqrt((20/3) / 60) = 1/3. A perfectly associated table has V = 1; an independent one V = 0.
     */
    @Test
    void cramersV() {
        Contingency c = Contingency.of(new long[][] {{20, 10}, {10, 20}});
        assertEquals(20.0 / 3.0, c.chiSquare(), 1e-12);
        assertEquals(1.0 / 3.0, c.cramersV(), 1e-12);
        assertEquals(1.0, Contingency.of(new long[][] {{7, 0, 0}, {0, 5, 0}, {0, 0, 9}}).cramersV(), 1e-12);
        assertEquals(0.0, Contingency.of(new long[][] {{10, 20}, {5, 10}}).cramersV(), 1e-12);
        assertTrue(Double.isNaN(CramersV.of(3.0, 10, 1, 4)), "a single row has no association to measure");
    }

    /**
     * Benjamini & Hochberg (1995), section 4.1: 15 p-values from a trial; at q = 0.05 the step-up procedure rejects
     * the four smallest (0.0095 ≤ 4/15 · 0.05 = 0.0133, while 0.0201 > 5/15 · 0.05 = 0.0167 and no later one
     * qualifies). Adjusted values by hand: rank 4: 0.0095 · 15/4 = 0.035625; rank 3: min(0.0019 · 5, 0.035625) = 0.0095;
     * rank 5: min over ranks ≥ 5 of p·15/rank = min(0.0603, 0.0695, 0.06386, 0.0645, 0.0765, ...) = 0.0603.
     */
    @Test
    void benjaminiHochbergOnTheTextbookExample() {
        double[] p = {0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.3240, 0.4262,
            0.5719, 0.6528, 0.7590, 1.0000};
        double[] adj = BenjaminiHochberg.adjust(p);
        assertEquals(0.0015, adj[0], 1e-12);
        assertEquals(0.003, adj[1], 1e-12);
        assertEquals(0.0095, adj[2], 1e-12);
        assertEquals(0.035625, adj[3], 1e-12);
        assertEquals(0.0603, adj[4], 1e-12);
        assertEquals(1.0, adj[14], 1e-12);
        int rejected = 0;
        for (double a : adj) {
            rejected += a < 0.05 ? 1 : 0;
        }
        assertEquals(4, rejected);
        for (int i = 1; i < adj.length; i++) {
            assertTrue(adj[i] >= adj[i - 1], "adjusted p-values keep the order of the raw ones");
        }
    }

    @Test
    void benjaminiHochbergKeepsInputOrderAndSkipsNaN() {
        double[] adj = BenjaminiHochberg.adjust(new double[] {0.04, Double.NaN, 0.01, 0.03});
        // m = 3 (NaN does not count): 0.01·3/1 = 0.03; 0.03·3/2 = 0.045; 0.04·3/3 = 0.04 → min with later = 0.04.
        assertArrayEquals(new double[] {0.04, Double.NaN, 0.03, 0.04}, adj, 1e-12);
    }

    /**
     * Tiny corpus. Group i: "war war peace" (n_i = 3). Rest j: "peace peace talks" (n_j = 3). Prior from the whole
     * corpus (war 2, peace 3, talks 1 of 6 tokens) with α_0 = 6, so α_war = 2, α_peace = 3, α_talks = 1.
     * <pre>
     * war:   δ = ln((2+2)/(3+6−2−2)) − ln((0+2)/(3+6−0−2)) = ln(4/5) − ln(2/7) = ln(2.8) = 1.029619
     *        σ² = 1/4 + 1/2 = 0.75,  z = 1.029619 / 0.866025 = 1.188902
     * peace: δ = ln((1+3)/(3+6−1−3)) − ln((2+3)/(3+6−2−3)) = ln(4/5) − ln(5/4) = −0.446287
     *        σ² = 1/4 + 1/5 = 0.45,  z = −0.446287 / 0.670820 = −0.665286
     * talks: δ = ln((0+1)/(3+6−0−1)) − ln((1+1)/(3+6−1−1)) = ln(1/8) − ln(2/7) = ln(7/16) = −0.826679
     *        σ² = 1/1 + 1/2 = 1.5,  z = −0.826679 / 1.224745 = −0.674980
     * </pre>
     */
    @Test
    void fightinWordsOnAHandWorkedCorpus() {
        double alphaWar = FightinWords.prior(2, 6, 6);
        assertEquals(2.0, alphaWar, 1e-12);
        FightinWords.Score war = FightinWords.score(2, 3, 0, 3, alphaWar, 6);
        assertEquals(Math.log(2.8), war.logOdds(), 1e-12);
        assertEquals(0.75, war.variance(), 1e-12);
        assertEquals(1.188902, war.z(), 1e-6);
        FightinWords.Score peace = FightinWords.score(1, 3, 2, 3, FightinWords.prior(3, 6, 6), 6);
        assertEquals(2 * Math.log(0.8), peace.logOdds(), 1e-12);
        assertEquals(-0.665286, peace.z(), 1e-6);
        FightinWords.Score talks = FightinWords.score(0, 3, 1, 3, FightinWords.prior(1, 6, 6), 6);
        assertEquals(Math.log(7.0 / 16.0), talks.logOdds(), 1e-12);
        assertEquals(-0.674980, talks.z(), 1e-6);
    }

    /**
     * Coverage: 200 simulated outlets, each 40 articles with 1–5 quotes; scores = 0.1 + article effect (sd 0.3) +
     * quote noise (sd 0.3), so quotes of one article are correlated (intra-class correlation 0.5). The article
     * bootstrap's 95% interval must contain the true mean 0.1 in about 95% of the datasets. Resampling quotes as if
     * independent gives intervals too narrow to cover that often: that is why cells resample articles.
     */
    @Test
    void articleBootstrapCoversTheTrueMeanAbout95Percent() {
        Random rnd = new Random(20211207L);
        int datasets = 200;
        int covered = 0;
        int naiveCovered = 0;
        double truth = 0.1;
        for (int d = 0; d < datasets; d++) {
            int articles = 40;
            double[] sums = new double[articles];
            long[] counts = new long[articles];
            int total = 0;
            double[][] quotes = new double[articles][];
            for (int a = 0; a < articles; a++) {
                double effect = 0.3 * rnd.nextGaussian();
                int n = 1 + rnd.nextInt(5);
                quotes[a] = new double[n];
                for (int q = 0; q < n; q++) {
                    quotes[a][q] = truth + effect + 0.3 * rnd.nextGaussian();
                    sums[a] += quotes[a][q];
                }
                counts[a] = n;
                total += n;
            }
            double[] ci = ClusterBootstrap.meanInterval(new ArticleSample(sums, counts), 1000, 0.95, d);
            covered += ci[0] <= truth && truth <= ci[1] ? 1 : 0;

            double[] flat = new double[total];
            long[] ones = new long[total];
            int k = 0;
            for (double[] qs : quotes) {
                for (double q : qs) {
                    flat[k] = q;
                    ones[k++] = 1;
                }
            }
            double[] naive = ClusterBootstrap.meanInterval(new ArticleSample(flat, ones), 1000, 0.95, d);
            naiveCovered += naive[0] <= truth && truth <= naive[1] ? 1 : 0;
        }
        double coverage = covered / (double) datasets;
        double naiveCoverage = naiveCovered / (double) datasets;
        assertTrue(coverage >= 0.90 && coverage <= 0.98, "article bootstrap coverage " + coverage);
        assertTrue(naiveCoverage < coverage && naiveCoverage < 0.90,
                "quote-level bootstrap should under-cover: " + naiveCoverage + " vs " + coverage);
    }

    @Test
    void bootstrapIsDeterministicForASeedAndEmptyForOneArticle() {
        ArticleSample s = new ArticleSample(new double[] {1.0, -0.5, 0.25, 0.0}, new long[] {2, 1, 1, 3});
        assertEquals(0.75 / 7, s.mean(), 1e-12);
        assertArrayEquals(ClusterBootstrap.meanInterval(s, 500, 0.95, 7), ClusterBootstrap.meanInterval(s, 500, 0.95, 7));
        double[] one = ClusterBootstrap.meanInterval(new ArticleSample(new double[] {1}, new long[] {3}), 500, 0.95, 7);
        assertTrue(Double.isNaN(one[0]) && Double.isNaN(one[1]));
    }

    @Test
    void permutationTestSeparatesShiftedGroupsAndNotEqualOnes() {
        Random rnd = new Random(5);
        ArticleSample a = sample(rnd, 15, 0.0);
        ArticleSample same = sample(rnd, 15, 0.0);
        ArticleSample shifted = sample(rnd, 15, 0.6);
        MeanDifferenceTest.Result far = MeanDifferenceTest.run(a, shifted, 2000, 1000, 1);
        assertTrue(far.pValue() < 0.01, "p " + far.pValue());
        assertEquals(a.mean() - shifted.mean(), far.difference(), 1e-12);
        assertTrue(far.ciLow() < far.difference() && far.difference() < far.ciHigh());
        assertTrue(far.ciHigh() < 0, "interval excludes 0 for a clear shift");
        MeanDifferenceTest.Result near = MeanDifferenceTest.run(a, same, 2000, 1000, 1);
        assertTrue(near.pValue() > 0.05, "p " + near.pValue());
        MeanDifferenceTest.Result self = MeanDifferenceTest.run(a, a, 500, 100, 1);
        assertEquals(1.0, self.pValue(), 1e-12, "identical groups: every permutation is as extreme");
    }

    private static ArticleSample sample(Random rnd, int articles, double mean) {
        double[] s = new double[articles];
        long[] n = new long[articles];
        for (int i = 0; i < articles; i++) {
            double effect = 0.2 * rnd.nextGaussian();
            n[i] = 1 + rnd.nextInt(4);
            for (int q = 0; q < n[i]; q++) {
                s[i] += mean + effect + 0.2 * rnd.nextGaussian();
            }
        }
        return new ArticleSample(s, n);
    }
}
