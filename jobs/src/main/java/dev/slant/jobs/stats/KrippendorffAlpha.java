package dev.slant.jobs.stats;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;

/**
 * Krippendorff's alpha, the reliability of a coding between any number of coders with missing values (Krippendorff
 * 2011, "Computing Krippendorff's Alpha-Reliability"): alpha = 1 − D_o / D_e from the coincidence matrix. Each unit is
 * the list of the values coders gave it (null or absent: not coded); units with fewer than two values are not
 * pairable and do not count. 1 is perfect agreement, 0 agreement at chance level, below 0 systematic disagreement.
 * Used to compare Slant's coding with a hand coding of the same quotes (speakers, sentiment labels).
 */
public final class KrippendorffAlpha {
    private KrippendorffAlpha() {
    }

    /** Nominal alpha: any two different values disagree equally (speakers, sentiment classes). */
    public static <T> double nominal(List<? extends List<? extends T>> units) {
        return alpha(units, (a, b) -> a.equals(b) ? 0.0 : 1.0);
    }

    /** Interval alpha: disagreement is the squared difference of the values (scores on a scale). */
    public static double interval(List<? extends List<? extends Number>> units) {
        List<List<Double>> doubles = new ArrayList<>();
        for (List<? extends Number> u : units) {
            List<Double> d = new ArrayList<>();
            for (Number n : u) {
                d.add(n == null ? null : n.doubleValue());
            }
            doubles.add(d);
        }
        return alpha(doubles, (a, b) -> (a - b) * (a - b));
    }

    /**
     * Alpha for a squared-difference function delta²(c, k): 1 − (n − 1) · Σ o_ck δ²_ck / Σ n_c n_k δ²_ck, with
     * o_ck the coincidences (each ordered pair of values within a unit of m values adds 1/(m − 1)) and n_c their
     * margins. NaN when there is no pairable value or no variation at all (alpha is undefined then).
     */
    public static <T> double alpha(List<? extends List<? extends T>> units, BiFunction<T, T, Double> delta2) {
        Map<T, Integer> index = new LinkedHashMap<>();
        List<List<T>> pairable = new ArrayList<>();
        for (List<? extends T> unit : units) {
            List<T> values = new ArrayList<>();
            for (T v : unit) {
                if (v != null) {
                    values.add(v);
                }
            }
            if (values.size() >= 2) {
                pairable.add(values);
                values.forEach(v -> index.putIfAbsent(v, index.size()));
            }
        }
        int k = index.size();
        double[][] o = new double[k][k];
        for (List<T> values : pairable) {
            double weight = 1.0 / (values.size() - 1);
            for (int i = 0; i < values.size(); i++) {
                for (int j = 0; j < values.size(); j++) {
                    if (i != j) {
                        o[index.get(values.get(i))][index.get(values.get(j))] += weight;
                    }
                }
            }
        }
        double[] margin = new double[k];
        double n = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                margin[c] += o[c][d];
            }
            n += margin[c];
        }
        List<T> values = new ArrayList<>(index.keySet());
        double observed = 0;
        double expected = 0;
        for (int c = 0; c < k; c++) {
            for (int d = 0; d < k; d++) {
                if (c == d) {
                    continue;
                }
                double dd = Objects.requireNonNull(delta2.apply(values.get(c), values.get(d)));
                observed += o[c][d] * dd;
                expected += margin[c] * margin[d] * dd;
            }
        }
        if (n < 2 || expected == 0) {
            return Double.NaN;
        }
        return 1 - (n - 1) * observed / expected;
    }

    /** Units of two coders, one pair of values per unit (the usual "hand coding vs Slant" layout). */
    public static <T> List<List<T>> pairs(List<T> coderA, List<T> coderB) {
        if (coderA.size() != coderB.size()) {
            throw new IllegalArgumentException("both coders need one value per unit: " + coderA.size() + " vs "
                    + coderB.size());
        }
        List<List<T>> units = new ArrayList<>();
        for (int i = 0; i < coderA.size(); i++) {
            List<T> u = new ArrayList<>(2);
            u.add(coderA.get(i));
            u.add(coderB.get(i));
            units.add(u);
        }
        return units;
    }
}
