package dev.slant.jobs.stats;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Krippendorff's alpha against the published examples of Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability". */
class KrippendorffAlphaTest {

    /**
     * Section C: four observers, twelve units, values 1..5, with missing values (null). The paper gives
     * nominal alpha = 0.743 and interval alpha = 0.849; unit 12 has one value only and is not pairable.
     */
    static final Integer[][] OBSERVERS = {
            {1, 2, 3, 3, 2, 1, 4, 1, 2, null, null, null},
            {1, 2, 3, 3, 2, 2, 4, 1, 2, 5, null, 3},
            {null, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, null},
            {1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, null},
    };

    static List<List<Integer>> units() {
        List<List<Integer>> units = new ArrayList<>();
        for (int u = 0; u < 12; u++) {
            List<Integer> values = new ArrayList<>();
            for (Integer[] observer : OBSERVERS) {
                values.add(observer[u]);
            }
            units.add(values);
        }
        return units;
    }

    @Test
    void nominalAlphaOfThePublishedFourObserverExample() {
        assertEquals(0.743, KrippendorffAlpha.nominal(units()), 0.0005);
    }

    @Test
    void intervalAlphaOfThePublishedFourObserverExample() {
        assertEquals(0.849, KrippendorffAlpha.interval(units()), 0.0005);
    }

    /**
     * Section A: two observers, ten units, binary, no missing values. Coincidences o00 = 10, o01 = o10 = 4, o11 = 2,
     * n0 = 14, n1 = 6, n = 20: alpha = 1 − 19 · 8 / (2 · 14 · 6) = 1 − 152/168 = 0.0952.
     */
    @Test
    void binaryTwoObserverExampleByHand() {
        List<Integer> a = List.of(0, 1, 0, 0, 0, 0, 0, 0, 1, 0);
        List<Integer> b = List.of(1, 1, 1, 0, 0, 1, 0, 0, 0, 0);
        assertEquals(1 - 152.0 / 168.0, KrippendorffAlpha.nominal(KrippendorffAlpha.pairs(a, b)), 1e-12);
    }

    @Test
    void perfectAgreementIsOneAndLabelsCanBeStrings() {
        List<String> a = List.of("Putin", "Biden", "Peskov", "Putin");
        assertEquals(1.0, KrippendorffAlpha.nominal(KrippendorffAlpha.pairs(a, a)), 1e-12);
    }

    @Test
    void systematicDisagreementIsBelowZeroAndNoVariationIsUndefined() {
        List<String> a = List.of("neg", "pos", "neg", "pos");
        List<String> b = List.of("pos", "neg", "pos", "neg");
        assertTrue(KrippendorffAlpha.nominal(KrippendorffAlpha.pairs(a, b)) < 0);
        List<String> same = List.of("neg", "neg", "neg");
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(KrippendorffAlpha.pairs(same, same))));
        assertTrue(Double.isNaN(KrippendorffAlpha.nominal(List.of(Arrays.asList("neg", null)))));
    }
}
