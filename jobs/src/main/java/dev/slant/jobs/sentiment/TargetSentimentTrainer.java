package dev.slant.jobs.sentiment;

import dev.slant.models.sentiment.AnalyzedSentence;
import dev.slant.models.sentiment.LinearTargetModel;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.TargetFeatures;
import dev.slant.models.sentiment.TargetSentiment;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
import org.apache.spark.ml.linalg.Matrix;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Trains the target-sentiment logistic regression with Spark MLlib on NewsMTSC targets and exports it as a
 * {@link LinearTargetModel} (named weights), so that scoring needs no Spark. Cross-validation folds are drawn by
 * sentence, so the targets of one sentence never sit on both sides of a split.
 */
public final class TargetSentimentTrainer {
    private TargetSentimentTrainer() {
    }

    /** One target with its gold class (0 negative, 1 neutral, 2 positive) and its features. */
    public record Example(String primaryGid, String gid, int label, Map<String, Double> features) {
    }

    /**
     * @param regParam    L2 regularisation strength
     * @param minCount    a word-like feature must occur in this many training targets to enter the vocabulary
     * @param standardize let MLlib scale features to unit variance before regularising
     */
    public record Settings(double regParam, int minCount, boolean standardize) {
        @Override
        public String toString() {
            return String.format(Locale.ROOT, "regParam=%s minCount=%d standardize=%s", regParam, minCount,
                    standardize);
        }
    }

    public record CvResult(Settings settings, double meanMacroF1, double sdMacroF1, double meanAccuracy,
                           double[] foldMacroF1) {
        @Override
        public String toString() {
            StringBuilder folds = new StringBuilder();
            for (double f : foldMacroF1) {
                folds.append(String.format(Locale.ROOT, " %.3f", f));
            }
            return String.format(Locale.ROOT, "%s: macro-F1 %.3f ± %.3f, accuracy %.3f (folds:%s)", settings,
                    meanMacroF1, sdMacroF1, meanAccuracy, folds);
        }
    }

    public static List<Example> examples(List<NewsMtsc.Sentence> sentences,
                                         Function<String, List<AnalyzedSentence>> analyses) {
        List<Example> out = new ArrayList<>();
        for (NewsMtsc.Sentence s : sentences) {
            List<AnalyzedSentence> a = analyses.apply(s.text());
            for (NewsMtsc.Target t : s.targets()) {
                out.add(new Example(s.primaryGid(), t.gid(), t.classIndex(), TargetFeatures.extract(a, t.from(),
                        t.to())));
            }
        }
        return out;
    }

    /** k-fold cross-validation of every setting; folds by hash of primary_gid. */
    public static List<CvResult> crossValidate(SparkSession spark, List<Example> train, int folds,
                                               List<Settings> grid) {
        List<CvResult> results = new ArrayList<>();
        for (Settings settings : grid) {
            double[] f1 = new double[folds];
            double accuracy = 0;
            for (int k = 0; k < folds; k++) {
                final int fold = k;
                List<Example> fitOn = train.stream().filter(e -> NewsMtsc.fold(e.primaryGid(), folds) != fold)
                        .toList();
                List<Example> testOn = train.stream().filter(e -> NewsMtsc.fold(e.primaryGid(), folds) == fold)
                        .toList();
                LinearTargetModel model = fit(spark, fitOn, settings, Map.of());
                ClassificationMetrics m = evaluate(model, testOn);
                f1[k] = m.macroF1();
                accuracy += m.accuracy() / folds;
                System.err.printf(Locale.ROOT, "sentiment: cv %s fold %d/%d macro-F1 %.3f%n", settings, k + 1, folds,
                        f1[k]);
            }
            double mean = java.util.Arrays.stream(f1).average().orElse(0);
            double sd = Math.sqrt(java.util.Arrays.stream(f1).map(v -> (v - mean) * (v - mean)).sum()
                    / Math.max(1, folds - 1));
            CvResult r = new CvResult(settings, mean, sd, accuracy, f1);
            System.err.println("sentiment: cv " + r);
            results.add(r);
        }
        return results;
    }

    /** Fits a multinomial logistic regression with MLlib and exports its weights under the feature names. */
    public static LinearTargetModel fit(SparkSession spark, List<Example> train, Settings settings,
                                        Map<String, Object> about) {
        List<String> vocabulary = vocabulary(train, settings.minCount());
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        List<Row> rows = new ArrayList<>(train.size());
        for (Example e : train) {
            Map<Integer, Double> sparse = new java.util.TreeMap<>();
            e.features().forEach((name, value) -> {
                Integer i = index.get(name);
                if (i != null && value != 0) {
                    sparse.put(i, value);
                }
            });
            int[] idx = sparse.keySet().stream().mapToInt(Integer::intValue).toArray();
            double[] vals = sparse.values().stream().mapToDouble(Double::doubleValue).toArray();
            rows.add(RowFactory.create((double) e.label(), Vectors.sparse(vocabulary.size(), idx, vals)));
        }
        StructType schema = new StructType(new StructField[]{
                DataTypes.createStructField("label", DataTypes.DoubleType, false),
                DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
        LogisticRegressionModel lr = new LogisticRegression()
                .setFamily("multinomial")
                .setRegParam(settings.regParam())
                .setElasticNetParam(0.0)
                .setStandardization(settings.standardize())
                .setMaxIter(100)
                .setTol(1e-5)
                .fit(data);
        data.unpersist();
        return export(lr, vocabulary, about);
    }

    static LinearTargetModel export(LogisticRegressionModel lr, List<String> vocabulary, Map<String, Object> about) {
        Matrix coefficients = lr.coefficientMatrix();
        int classes = coefficients.numRows();
        Map<String, double[]> weights = new LinkedHashMap<>();
        for (int j = 0; j < vocabulary.size(); j++) {
            double[] w = new double[classes];
            boolean nonZero = false;
            for (int k = 0; k < classes; k++) {
                w[k] = round(coefficients.apply(k, j));
                nonZero |= w[k] != 0;
            }
            if (nonZero) {
                weights.put(vocabulary.get(j), w);
            }
        }
        double[] intercepts = new double[classes];
        for (int k = 0; k < classes; k++) {
            intercepts[k] = round(lr.interceptVector().apply(k));
        }
        return new LinearTargetModel(TargetSentiment.LABELS.clone(), intercepts, weights, about);
    }

    /** Six decimals keep the model file small; the lost precision changes no prediction measurably. */
    private static double round(double v) {
        return Math.round(v * 1e6) / 1e6;
    }

    /** Features seen in at least minCount training targets (continuous features are always kept). */
    static List<String> vocabulary(List<Example> train, int minCount) {
        Map<String, Integer> counts = new HashMap<>();
        for (Example e : train) {
            for (String name : e.features().keySet()) {
                counts.merge(name, 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(en -> en.getValue() >= minCount).map(Map.Entry::getKey).sorted()
                .toList();
    }

    /** Scores examples with the exported model (the same code path as production scoring). */
    public static ClassificationMetrics evaluate(LinearTargetModel model, List<Example> examples) {
        ClassificationMetrics m = new ClassificationMetrics(TargetSentiment.LABELS);
        for (Example e : examples) {
            m.add(e.label(), argmax(model.probabilities(e.features())));
        }
        return m;
    }

    static int argmax(double[] p) {
        int best = 0;
        for (int i = 1; i < p.length; i++) {
            if (p[i] > p[best]) {
                best = i;
            }
        }
        return best;
    }
}
