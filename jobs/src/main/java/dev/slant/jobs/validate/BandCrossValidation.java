package dev.slant.jobs.validate;

import dev.slant.models.sentiment.ArticleStance;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * k-fold cross-validation of {@link ArticleStance}'s neutral band on a hand-coded set: the band is chosen on k−1
 * folds and labels the held-out fold, so every item is labelled by a band that never saw it. Folds are stratified by
 * gold label (the rare positive items spread over all folds) and the whole is repeated with different seeded shuffles,
 * since one split of ~130 items moves macro-F1 by a few points. The stance set has one item per article, so folds by
 * item are folds by article.
 *
 * @param firstRun predictions of the first repetition, parallel to the items (for the confusion and lean figures)
 * @param macroF1  held-out macro-F1 of each repetition
 * @param bands    every band chosen, one per fold and repetition
 */
record BandCrossValidation(List<String> firstRun, double[] macroF1, double[] bands) {
    static final int FOLDS = 5;
    static final int REPEATS = 10;

    /** {@code scores}: an item's mean score (null: nothing to score, neutral); {@code gold}: its label. */
    static BandCrossValidation run(List<Double> scores, List<String> gold, long seed) {
        int n = scores.size();
        double[] f1 = new double[REPEATS];
        double[] bands = new double[REPEATS * FOLDS];
        List<String> first = null;
        for (int r = 0; r < REPEATS; r++) {
            int[] fold = stratifiedFolds(gold, new Random(seed + r));
            String[] predicted = new String[n];
            for (int k = 0; k < FOLDS; k++) {
                List<Double> trainScores = new ArrayList<>();
                List<String> trainGold = new ArrayList<>();
                for (int i = 0; i < n; i++) {
                    if (fold[i] != k) {
                        trainScores.add(scores.get(i));
                        trainGold.add(gold.get(i));
                    }
                }
                double band = ArticleStance.chooseBand(trainScores, trainGold);
                bands[r * FOLDS + k] = band;
                ArticleStance stance = new ArticleStance(band);
                for (int i = 0; i < n; i++) {
                    if (fold[i] == k) {
                        predicted[i] = stance.label(scores.get(i));
                    }
                }
            }
            f1[r] = ArticleStance.macroF1(Arrays.asList(predicted), gold);
            if (first == null) {
                first = List.of(predicted);
            }
        }
        return new BandCrossValidation(first, f1, bands);
    }

    /** Each label's items shuffled and dealt round-robin into the folds. */
    static int[] stratifiedFolds(List<String> gold, Random random) {
        int[] fold = new int[gold.size()];
        for (String label : gold.stream().distinct().sorted().toList()) {
            List<Integer> items = new ArrayList<>();
            for (int i = 0; i < gold.size(); i++) {
                if (gold.get(i).equals(label)) {
                    items.add(i);
                }
            }
            Collections.shuffle(items, random);
            for (int j = 0; j < items.size(); j++) {
                fold[items.get(j)] = j % FOLDS;
            }
        }
        return fold;
    }

    double meanF1() {
        return Arrays.stream(macroF1).average().orElse(Double.NaN);
    }

    double sdF1() {
        double m = meanF1();
        return Math.sqrt(Arrays.stream(macroF1).map(v -> (v - m) * (v - m)).sum() / Math.max(1, macroF1.length - 1));
    }

    double minBand() {
        return Arrays.stream(bands).min().orElse(Double.NaN);
    }

    double maxBand() {
        return Arrays.stream(bands).max().orElse(Double.NaN);
    }
}
