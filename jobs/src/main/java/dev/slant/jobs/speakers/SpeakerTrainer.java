package dev.slant.jobs.speakers;

import dev.slant.models.quotes.SpeakerCandidate;
import dev.slant.models.quotes.SpeakerModel;
import org.apache.spark.ml.classification.LogisticRegression;
import org.apache.spark.ml.classification.LogisticRegressionModel;
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
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Fits the speaker ranker: a binary Spark MLlib logistic regression over the candidates of the learnable groups (one
 * row per candidate, label right/wrong), L2-regularised, features unscaled (they are all 0/1), exported as a
 * {@link SpeakerModel}; and scores a model the way the attributor uses it (top candidate per quotation).
 */
final class SpeakerTrainer {
    private SpeakerTrainer() {
    }

    /** The settings tried on dev: L2 strength and the minimum number of training candidates a feature needs. */
    record Settings(double reg, int minCount) {
        @Override
        public String toString() {
            return "reg=" + reg + ", min-count=" + minCount;
        }
    }

    /** Top-1 accuracy on learnable groups: the model's choice as the attributor makes it, and the rules' pick. */
    record Ranking(int groups, int modelRight, int rulesRight) {
        double model() {
            return groups == 0 ? 0 : (double) modelRight / groups;
        }

        double rules() {
            return groups == 0 ? 0 : (double) rulesRight / groups;
        }
    }

    static SpeakerModel fit(SparkSession spark, List<SpeakerExamples.Group> groups, Settings s,
                            Map<String, Object> about) {
        Map<String, Integer> counts = new HashMap<>();
        for (SpeakerExamples.Group g : groups) {
            if (g.learnable()) {
                for (SpeakerCandidate c : g.candidates()) {
                    c.features().forEach(f -> counts.merge(f, 1, Integer::sum));
                }
            }
        }
        List<String> vocabulary = new ArrayList<>(new TreeSet<>(counts.keySet().stream()
                .filter(f -> counts.get(f) >= s.minCount()).toList()));
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < vocabulary.size(); i++) {
            index.put(vocabulary.get(i), i);
        }
        List<Row> rows = new ArrayList<>();
        for (SpeakerExamples.Group g : groups) {
            if (!g.learnable()) {
                continue;
            }
            for (int i = 0; i < g.candidates().size(); i++) {
                int[] idx = g.candidates().get(i).features().stream().filter(index::containsKey)
                        .mapToInt(index::get).distinct().sorted().toArray();
                double[] ones = new double[idx.length];
                java.util.Arrays.fill(ones, 1.0);
                rows.add(RowFactory.create(g.right()[i] ? 1.0 : 0.0, Vectors.sparse(vocabulary.size(), idx, ones)));
            }
        }
        StructType schema = new StructType(new StructField[]{
                DataTypes.createStructField("label", DataTypes.DoubleType, false),
                DataTypes.createStructField("features", SQLDataTypes.VectorType(), false)});
        Dataset<Row> data = spark.createDataFrame(rows, schema).cache();
        LogisticRegressionModel lr = new LogisticRegression().setFamily("binomial").setRegParam(s.reg())
                .setElasticNetParam(0.0).setStandardization(false).setMaxIter(100).setTol(1e-6).fit(data);
        data.unpersist();
        double[] w = lr.coefficients().toArray();
        Map<String, Double> weights = new TreeMap<>();
        for (int i = 0; i < w.length; i++) {
            if (Math.abs(w[i]) >= 1e-5) {
                weights.put(vocabulary.get(i), Math.round(w[i] * 1e5) / 1e5);
            }
        }
        Map<String, Object> a = new java.util.LinkedHashMap<>(about);
        a.put("model", "Spark MLlib binomial LogisticRegression, L2, unscaled 0/1 features, " + s + "; "
                + rows.size() + " candidates of " + groups.stream().filter(SpeakerExamples.Group::learnable).count()
                + " quotations, " + vocabulary.size() + " features");
        return new SpeakerModel(Math.round(lr.intercept() * 1e5) / 1e5, weights, a);
    }

    /**
     * How often the model's top candidate is right, kept rules included (a registry role or `according to` the
     * rules found stays), against the rules' own pick.
     */
    static Ranking rank(SpeakerModel model, List<SpeakerExamples.Group> groups) {
        int n = 0;
        int modelRight = 0;
        int rulesRight = 0;
        for (SpeakerExamples.Group g : groups) {
            if (!g.learnable()) {
                continue;
            }
            n++;
            int rule = g.rule();
            boolean kept = rule >= 0 && (g.candidates().get(rule).features().contains("rule_m=role")
                    || g.candidates().get(rule).features().contains("rule_m=according-to"));
            int best = rule;
            if (!kept) {
                double bestP = -1;
                for (int i = 0; i < g.candidates().size(); i++) {
                    double p = model.probability(g.candidates().get(i).features());
                    if (p > bestP) {
                        bestP = p;
                        best = i;
                    }
                }
            }
            if (best >= 0 && g.right()[best]) {
                modelRight++;
            }
            if (rule >= 0 && g.right()[rule]) {
                rulesRight++;
            }
        }
        return new Ranking(n, modelRight, rulesRight);
    }
}
