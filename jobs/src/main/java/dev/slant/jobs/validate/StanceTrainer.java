package dev.slant.jobs.validate;

import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.StanceHead;
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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Fits {@link StanceHead} on hand-coded article × person pairs. The pair head: Spark MLlib's multinomial logistic
 * regression (L2, standardised features) over each pair's mean writer's-voice span vector, with class weights
 * inversely proportional to the class counts, since the rare positive class counts as much as the others in macro-F1;
 * a pair without a writer's-voice naming is not fitted on. The combination with the stance branch: the bias on the
 * neutral logit is chosen on the pair head's <em>out-of-fold</em> logits (each pair scored by a head fitted without
 * it), so the choice sees the head as it will do on new articles, not as it does on its own training pairs.
 */
final class StanceTrainer {
    static final int FOLDS = BandCrossValidation.FOLDS;
    static final int REPEATS = 3;

    private StanceTrainer() {
    }

    static StanceHead fit(SparkSession spark, List<double[]> features, List<String> gold, double reg,
                          Map<String, Object> about) {
        double[] count = new double[3];
        for (int i = 0; i < gold.size(); i++) {
            if (features.get(i) != null) {
                count[HandCodedGold.classOf(gold.get(i))]++;
            }
        }
        double total = Arrays.stream(count).sum();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < gold.size(); i++) {
            if (features.get(i) != null) {
                int c = HandCodedGold.classOf(gold.get(i));
                rows.add(RowFactory.create((double) c, total / (3 * count[c]), Vectors.dense(features.get(i))));
            }
        }
        StructType schema = new StructType(new StructField[]{
                DataTypes.createStructField("label", DataTypes.DoubleType, false),
                DataTypes.createStructField("weight", DataTypes.DoubleType, false),
                DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
        LogisticRegressionModel lr = new LogisticRegression().setFamily("multinomial").setRegParam(reg)
                .setElasticNetParam(0.0).setStandardization(true).setWeightCol("weight").setMaxIter(200)
                .setTol(1e-7).fit(data);
        data.unpersist();
        Matrix w = lr.coefficientMatrix();
        double[][] weights = new double[3][w.numCols()];
        for (int c = 0; c < 3; c++) {
            for (int j = 0; j < w.numCols(); j++) {
                weights[c][j] = w.apply(c, j);
            }
        }
        return new StanceHead(TargetSentiment.LABELS.clone(), weights, lr.interceptVector().toArray(), 1, 0, about);
    }

    /** Held-out macro-F1 of the pair head alone in each repetition of stratified k-fold cross-validation. */
    static double[] crossValidate(SparkSession spark, List<double[]> features, List<String> gold, double reg,
                                  long seed) {
        double[] f1 = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            double[][] logits = outOfFold(spark, features, gold, reg, seed + r);
            List<String> predicted = new ArrayList<>();
            for (double[] z : logits) {
                predicted.add(StanceHead.stance(z).label());
            }
            f1[r] = ArticleStance.macroF1(predicted, gold);
        }
        return f1;
    }

    /**
     * Each pair's pair-head logits from a head fitted on the other folds (one pass of stratified k-fold); null for a
     * pair without a writer's-voice naming.
     */
    static double[][] outOfFold(SparkSession spark, List<double[]> features, List<String> gold, double reg,
                                long seed) {
        int[] fold = BandCrossValidation.stratifiedFolds(gold, new Random(seed));
        double[][] logits = new double[gold.size()][];
        for (int k = 0; k < FOLDS; k++) {
            StanceHead head = fit(spark, outside(features, fold, k), outside(gold, fold, k), reg, Map.of());
            for (int i = 0; i < gold.size(); i++) {
                if (fold[i] == k && features.get(i) != null) {
                    logits[i] = head.logits(features.get(i));
                }
            }
        }
        return logits;
    }

    /** The combined stance of each pair: pair-head logits (null: none voiced) with the branch's, share and bias. */
    static List<String> combined(double[][] head, List<double[]> branch, double share, double bias) {
        List<String> out = new ArrayList<>(head.length);
        for (int i = 0; i < head.length; i++) {
            out.add(StanceHead.stance(StanceHead.articleLogits(head[i], branch.get(i), share, bias)).label());
        }
        return out;
    }

    /** The neutral bias with the best macro-F1 on these pairs; ties go to the smallest in size. */
    static double chooseBias(double[][] head, List<double[]> branch, List<String> gold, double share,
                             double[] grid) {
        double best = Double.NaN;
        double bestF1 = -1;
        for (double b : grid) {
            double f1 = ArticleStance.macroF1(combined(head, branch, share, b), gold);
            if (f1 > bestF1 + 1e-12 || (Math.abs(f1 - bestF1) <= 1e-12 && Math.abs(b) < Math.abs(best))) {
                best = b;
                bestF1 = f1;
            }
        }
        return best;
    }

    /**
     * Held-out macro-F1 of the combination in each repetition of stratified k-fold cross-validation over the pairs,
     * the bias chosen on the other folds each time (the head's logits are out-of-fold already).
     */
    static double[] crossValidateBias(double[][] head, List<double[]> branch, List<String> gold, double share,
                                      double[] grid, long seed) {
        double[] f1 = new double[BandCrossValidation.REPEATS];
        for (int r = 0; r < f1.length; r++) {
            int[] fold = BandCrossValidation.stratifiedFolds(gold, new Random(seed + r));
            String[] predicted = new String[gold.size()];
            for (int k = 0; k < FOLDS; k++) {
                double bias = chooseBias(outside(Arrays.asList(head), fold, k).toArray(new double[0][]),
                        outside(branch, fold, k), outside(gold, fold, k), share, grid);
                for (int i = 0; i < gold.size(); i++) {
                    if (fold[i] == k) {
                        predicted[i] = StanceHead.stance(StanceHead.articleLogits(head[i], branch.get(i), share,
                                bias)).label();
                    }
                }
            }
            f1[r] = ArticleStance.macroF1(Arrays.asList(predicted), gold);
        }
        return f1;
    }

    /** The items outside fold {@code k}: a fold's training part. */
    private static <T> List<T> outside(List<T> items, int[] fold, int k) {
        List<T> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (fold[i] != k) {
                out.add(items.get(i));
            }
        }
        return out;
    }
}
