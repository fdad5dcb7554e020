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
 * Fits {@link StanceHead} on hand-coded article × person pairs: Spark MLlib's multinomial logistic regression (L2,
 * standardised features) over each pair's mean writer's-voice span vector, with class weights inversely proportional
 * to the class counts, since the rare positive class counts as much as the others in macro-F1. A pair without a
 * writer's-voice naming is neutral, as in {@link ArticleStance}, and is not fitted on.
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
        return new StanceHead(TargetSentiment.LABELS.clone(), weights, lr.interceptVector().toArray(), about);
    }

    /** The head's label for one pair's mean vector; neutral without one. */
    static String predict(StanceHead head, double[] features) {
        if (features == null) {
            return "neutral";
        }
        float[] f = new float[features.length];
        for (int j = 0; j < f.length; j++) {
            f[j] = (float) features[j];
        }
        return StanceHead.stance(head.logits(f)).label();
    }

    /** Held-out macro-F1 of each repetition of stratified k-fold cross-validation at L2 strength {@code reg}. */
    static double[] crossValidate(SparkSession spark, List<double[]> features, List<String> gold, double reg,
                                  long seed) {
        double[] f1 = new double[REPEATS];
        for (int r = 0; r < REPEATS; r++) {
            int[] fold = BandCrossValidation.stratifiedFolds(gold, new Random(seed + r));
            String[] predicted = new String[gold.size()];
            for (int k = 0; k < FOLDS; k++) {
                List<double[]> trainX = new ArrayList<>();
                List<String> trainY = new ArrayList<>();
                for (int i = 0; i < gold.size(); i++) {
                    if (fold[i] != k) {
                        trainX.add(features.get(i));
                        trainY.add(gold.get(i));
                    }
                }
                StanceHead head = fit(spark, trainX, trainY, reg, Map.of());
                for (int i = 0; i < gold.size(); i++) {
                    if (fold[i] == k) {
                        predicted[i] = predict(head, features.get(i));
                    }
                }
            }
            f1[r] = ArticleStance.macroF1(Arrays.asList(predicted), gold);
        }
        return f1;
    }
}
