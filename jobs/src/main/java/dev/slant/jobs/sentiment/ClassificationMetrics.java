package dev.slant.jobs.sentiment;

import java.util.Locale;

/**
 * Accuracy, per-class precision/recall/F1 and macro-F1 from a confusion matrix (rows gold, columns predicted).
 * Macro-F1 is the unweighted mean of the classes' F1, NewsMTSC's headline figure; a class never predicted and
 * never gold is left out of the mean, a class with gold examples but no correct prediction counts as F1 0.
 */
public final class ClassificationMetrics {
    private final String[] labels;
    private final long[][] matrix;

    public ClassificationMetrics(String[] labels) {
        this.labels = labels.clone();
        this.matrix = new long[labels.length][labels.length];
    }

    public static ClassificationMetrics of(String[] labels, int[] gold, int[] predicted) {
        if (gold.length != predicted.length) {
            throw new IllegalArgumentException("gold and predicted differ in length");
        }
        ClassificationMetrics m = new ClassificationMetrics(labels);
        for (int i = 0; i < gold.length; i++) {
            m.add(gold[i], predicted[i]);
        }
        return m;
    }

    public void add(int gold, int predicted) {
        matrix[gold][predicted]++;
    }

    public long count(int gold, int predicted) {
        return matrix[gold][predicted];
    }

    public long total() {
        long n = 0;
        for (long[] row : matrix) {
            for (long v : row) {
                n += v;
            }
        }
        return n;
    }

    public double accuracy() {
        long correct = 0;
        for (int k = 0; k < labels.length; k++) {
            correct += matrix[k][k];
        }
        long n = total();
        return n == 0 ? 0 : (double) correct / n;
    }

    public double precision(int k) {
        long predicted = 0;
        for (long[] row : matrix) {
            predicted += row[k];
        }
        return predicted == 0 ? 0 : (double) matrix[k][k] / predicted;
    }

    public double recall(int k) {
        long gold = 0;
        for (long v : matrix[k]) {
            gold += v;
        }
        return gold == 0 ? 0 : (double) matrix[k][k] / gold;
    }

    public double f1(int k) {
        double p = precision(k);
        double r = recall(k);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public double macroF1() {
        double sum = 0;
        int classes = 0;
        for (int k = 0; k < labels.length; k++) {
            long goldOrPredicted = 0;
            for (int j = 0; j < labels.length; j++) {
                goldOrPredicted += matrix[k][j] + matrix[j][k];
            }
            if (goldOrPredicted > 0) {
                sum += f1(k);
                classes++;
            }
        }
        return classes == 0 ? 0 : sum / classes;
    }

    /** A readable report: headline figures, per-class figures and the confusion matrix. */
    public String format(String title) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%s: n=%d  accuracy=%.3f  macro-F1=%.3f%n", title, total(), accuracy(),
                macroF1()));
        sb.append(String.format(Locale.ROOT, "  %-10s %9s %9s %9s%n", "class", "precision", "recall", "F1"));
        for (int k = 0; k < labels.length; k++) {
            sb.append(String.format(Locale.ROOT, "  %-10s %9.3f %9.3f %9.3f%n", labels[k], precision(k), recall(k),
                    f1(k)));
        }
        sb.append(String.format(Locale.ROOT, "  %-18s", "gold \\ predicted"));
        for (String l : labels) {
            sb.append(String.format(Locale.ROOT, " %9s", l));
        }
        sb.append('\n');
        for (int k = 0; k < labels.length; k++) {
            sb.append(String.format(Locale.ROOT, "  %-18s", labels[k]));
            for (int j = 0; j < labels.length; j++) {
                sb.append(String.format(Locale.ROOT, " %9d", matrix[k][j]));
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
