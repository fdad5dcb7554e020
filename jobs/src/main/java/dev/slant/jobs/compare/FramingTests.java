package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.stats.ArticleSample;
import dev.slant.jobs.stats.BenjaminiHochberg;
import dev.slant.jobs.stats.Contingency;
import dev.slant.jobs.stats.CramersV;
import dev.slant.jobs.stats.MeanDifferenceTest;
import org.apache.spark.ml.feature.VectorAssembler;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.ml.stat.ChiSquareTest;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.dense_rank;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;

/**
 * framing_tests: does an actor's quote sentiment depend on who quotes them?
 * <ul>
 *   <li>`chi2_label_by_source` / `chi2_label_by_lean`: MLlib ChiSquareTest of sentiment label × outlet (× lean), with
 *       Cramér's V and the smallest expected count. It treats quotes as independent, which they are not quite (see
 *       the pairwise tests for the article-level view).</li>
 *   <li>`mean_diff_source` / `mean_diff_lean`: every pair of outlets (leans): difference in quote-weighted mean
 *       sentiment, permutation p-value shuffling whole articles, bootstrap 95% interval resampling articles.</li>
 * </ul>
 * The pairwise tests also run within each week (`mean_diff_source_week` / `mean_diff_lean_week`, `week` = the week).
 * Eligibility rule: an outlet (lean) enters an actor's tests when it has at least --min-count scored quotes of the
 * actor from at least 2 articles (in the period or the week); an actor is tested when at least 2 outlets (leans) are
 * eligible. p-values are adjusted with Benjamini–Hochberg within one family per `week` value: the whole-period tests
 * together, each week's tests together; `significant` = p_adjusted &lt; q.
 */
public final class FramingTests {
    public static final StructType SCHEMA = Tables.FRAMING_TESTS.schema();

    private FramingTests() {
    }

    /** One test before the multiple-testing adjustment. */
    private record Pending(String actorId, String actorName, String test, String level, String week, String groupA,
                           String groupB,
                           String groups, long quotes, long articles, Double statistic, Integer df, Double cramersV,
                           Double minExpected, Double meanA, Double meanB, Double diff, Double ciLow, Double ciHigh,
                           double pValue) {
    }

    /** (actor, level, week, group) → articles' score sums and counts; week is 'all' on whole-period levels. */
    private record GroupKey(String actorId, String level, String week, String group) implements Comparable<GroupKey> {
        @Override
        public int compareTo(GroupKey o) {
            return text().compareTo(o.text());
        }

        String text() {
            return actorId + "\u0001" + level + "\u0001" + week + "\u0001" + group;
        }

        boolean sameTest(GroupKey o) {
            return actorId.equals(o.actorId) && level.equals(o.level) && week.equals(o.week);
        }
    }

    public static Dataset<Row> compute(SparkSession spark, CompareInputs in, CompareOptions o) {
        Dataset<Row> bySource = in.actorQuotes().withColumn("grp", col("source_key"));
        Dataset<Row> byLean = in.actorQuotes().filter(col("lean").isNotNull()).withColumn("grp", col("lean"));
        Dataset<Row> byGroup = bySource.withColumn("level", lit(CellLevels.SOURCE))
                .unionByName(byLean.withColumn("level", lit(CellLevels.LEAN)))
                .withColumn("week", lit(CompareInputs.ALL_WEEKS));
        // The same groups within each week: the weekly report's differences, one Benjamini–Hochberg family per week.
        Dataset<Row> byGroupAndWeek = bySource.filter(col("week").isNotNull())
                .withColumn("level", lit(CellLevels.SOURCE_WEEK))
                .unionByName(byLean.filter(col("week").isNotNull()).withColumn("level", lit(CellLevels.LEAN_WEEK)));

        // Per-article sums are small (at most one row per quote): one collect feeds every pairwise test.
        Map<GroupKey, List<double[]>> perArticle = new TreeMap<>();
        Map<String, String> actorNames = new LinkedHashMap<>();
        for (Row r : byGroup.unionByName(byGroupAndWeek).filter(col("sentiment_score").isNotNull())
                .groupBy("actor_id", "level", "week", "grp", "article_id")
                .agg(first("actor_name", true).as("actor_name"), sum("sentiment_score").as("s"),
                        count(lit(1)).as("n"))
                .orderBy("actor_id", "level", "week", "grp", "article_id")
                .collectAsList()) {
            GroupKey k = new GroupKey(r.getString(0), r.getString(1), r.getString(2), r.getString(3));
            perArticle.computeIfAbsent(k, x -> new ArrayList<>()).add(new double[] {r.getDouble(6), r.getLong(7)});
            if (r.getString(5) != null) {
                actorNames.putIfAbsent(r.getString(0), r.getString(5));
            }
        }
        Map<GroupKey, ArticleSample> eligible = new TreeMap<>();
        perArticle.forEach((k, list) -> {
            ArticleSample s = toSample(list);
            if (s.quotes() >= o.minCount() && s.articles() >= 2) {
                eligible.put(k, s);
            }
        });

        List<Pending> pending = new ArrayList<>();
        pending.addAll(chiSquareTests(spark, byGroup, eligible, actorNames));
        pending.addAll(pairwiseTests(eligible, actorNames, o));

        // One family per `week` value: the whole-period tests together, and each week's tests together.
        Map<String, List<Pending>> families = new TreeMap<>();
        pending.forEach(t -> families.computeIfAbsent(t.week, w -> new ArrayList<>()).add(t));
        List<Row> rows = new ArrayList<>();
        for (List<Pending> family : families.values()) {
            double[] adjusted = BenjaminiHochberg.adjust(family.stream().mapToDouble(Pending::pValue).toArray());
            for (int i = 0; i < family.size(); i++) {
                rows.add(row(family.get(i), adjusted[i], o));
            }
        }
        return spark.createDataFrame(rows, SCHEMA);
    }

    private static Row row(Pending t, double adjusted, CompareOptions o) {
        Double pv = Double.isNaN(t.pValue) ? null : t.pValue;
        Double pa = Double.isNaN(adjusted) ? null : adjusted;
        return RowFactory.create(t.actorId, t.actorName, t.test, t.level, t.week, t.groupA, t.groupB, t.groups,
                    t.quotes, t.articles, t.statistic, t.df, t.cramersV, t.minExpected, t.meanA, t.meanB, t.diff,
                    t.ciLow, t.ciHigh, pv, pa, pa != null && pa < o.q());
    }

    private static List<Pending> chiSquareTests(SparkSession spark, Dataset<Row> byGroup,
                                                Map<GroupKey, ArticleSample> eligible, Map<String, String> names) {
        List<Row> keys = new ArrayList<>();
        eligible.keySet().forEach(k -> keys.add(RowFactory.create(k.actorId, k.level, k.group)));
        StructType keySchema = new StructType().add("actor_id", DataTypes.StringType)
                .add("level", DataTypes.StringType).add("grp", DataTypes.StringType);
        Dataset<Row> labelled = byGroup.filter(col("sentiment_label").isNotNull())
                .join(spark.createDataFrame(keys, keySchema), new String[] {"actor_id", "level", "grp"})
                .withColumn("grp_idx", dense_rank().over(Window.partitionBy("actor_id", "level").orderBy("grp"))
                        .minus(1).cast("double"))
                .withColumn("label_idx", dense_rank().over(Window.partitionBy("actor_id", "level")
                        .orderBy("sentiment_label")).minus(1).cast("double"));
        labelled = new VectorAssembler().setInputCols(new String[] {"grp_idx"}).setOutputCol("features")
                .transform(labelled).select("actor_id", "level", "grp", "sentiment_label", "article_id", "features",
                        "label_idx")
                .cache();
        try {
            // Contingency tables (for n, Cramér's V and expected counts) in one small collect.
            Map<String, Map<String, Map<String, Long>>> tables = new TreeMap<>();
            Map<String, Long> articles = new TreeMap<>();
            for (Row r : labelled.groupBy("actor_id", "level", "grp", "sentiment_label").count().collectAsList()) {
                tables.computeIfAbsent(r.getString(0) + "\u0001" + r.getString(1), x -> new TreeMap<>())
                        .computeIfAbsent(r.getString(2), x -> new TreeMap<>()).put(r.getString(3), r.getLong(4));
            }
            for (Row r : labelled.groupBy("actor_id", "level").agg(
                    org.apache.spark.sql.functions.countDistinct("article_id")).collectAsList()) {
                articles.put(r.getString(0) + "\u0001" + r.getString(1), r.getLong(2));
            }
            List<Pending> out = new ArrayList<>();
            for (var e : tables.entrySet()) {
                String[] al = e.getKey().split("\u0001", -1);
                Map<String, Map<String, Long>> table = e.getValue();
                TreeSet<String> labels = new TreeSet<>();
                table.values().forEach(m -> labels.addAll(m.keySet()));
                if (table.size() < 2 || labels.size() < 2) {
                    continue; // one outlet or one label: nothing to test
                }
                long[][] counts = new long[table.size()][labels.size()];
                int i = 0;
                for (Map<String, Long> row : table.values()) {
                    int j = 0;
                    for (String l : labels) {
                        counts[i][j++] = row.getOrDefault(l, 0L);
                    }
                    i++;
                }
                Contingency c = Contingency.of(counts);
                Row result = ChiSquareTest.test(labelled.filter(col("actor_id").equalTo(al[0])
                        .and(col("level").equalTo(al[1]))), "features", "label_idx").head();
                double chi = ((Vector) result.getAs("statistics")).apply(0);
                double pValue = ((Vector) result.getAs("pValues")).apply(0);
                int df = result.<Integer>getList(result.fieldIndex("degreesOfFreedom")).get(0);
                out.add(new Pending(al[0], names.get(al[0]), "chi2_label_by_" + al[1], al[1],
                        CompareInputs.ALL_WEEKS, null, null,
                        String.join(", ", table.keySet()), c.n(), articles.getOrDefault(e.getKey(), 0L), chi, df,
                        CramersV.of(chi, c.n(), c.rows(), c.cols()), c.minExpected(), null, null, null, null, null,
                        pValue));
            }
            return out;
        } finally {
            labelled.unpersist();
        }
    }

    private static List<Pending> pairwiseTests(Map<GroupKey, ArticleSample> eligible, Map<String, String> names,
                                               CompareOptions o) {
        List<Pending> out = new ArrayList<>();
        // Keys are sorted by (actor, level, week, group): the groups of one test are consecutive.
        List<Map.Entry<GroupKey, ArticleSample>> entries = new ArrayList<>(eligible.entrySet());
        for (int i = 0; i < entries.size(); i++) {
            GroupKey a = entries.get(i).getKey();
            for (int j = i + 1; j < entries.size() && a.sameTest(entries.get(j).getKey()); j++) {
                GroupKey b = entries.get(j).getKey();
                ArticleSample sa = entries.get(i).getValue();
                ArticleSample sb = entries.get(j).getValue();
                long seed = o.seed() * 1_000_003L + (a.text() + "\u0002" + b.text()).hashCode();
                MeanDifferenceTest.Result r = MeanDifferenceTest.run(sa, sb, o.permutations(), o.resamples(), seed);
                out.add(new Pending(a.actorId, names.get(a.actorId), "mean_diff_" + a.level, a.level, a.week,
                        a.group, b.group, a.group + ", " + b.group, sa.quotes() + sb.quotes(), sa.articles() + sb.articles(),
                        r.difference(), null, null, null, r.meanA(), r.meanB(), r.difference(),
                        FramingCells.nanToNull(r.ciLow()), FramingCells.nanToNull(r.ciHigh()), r.pValue()));
            }
        }
        return out;
    }

    private static ArticleSample toSample(List<double[]> list) {
        double[] s = new double[list.size()];
        long[] n = new long[list.size()];
        for (int i = 0; i < list.size(); i++) {
            s[i] = list.get(i)[0];
            n[i] = (long) list.get(i)[1];
        }
        return new ArticleSample(s, n);
    }
}
