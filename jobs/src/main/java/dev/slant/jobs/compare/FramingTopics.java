package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Tables;
import org.apache.spark.ml.clustering.LDA;
import org.apache.spark.ml.clustering.LDAModel;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.stat.Summarizer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.ml.functions.vector_to_array;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.posexplode;
import static org.apache.spark.sql.functions.size;

/**
 * framing_topics and topic_terms: what the outlets write about, from an MLlib LDA over the kept articles' titles and
 * texts (online variational Bayes, seeded). An outlet's share of a topic is the mean of its articles' topic
 * distributions, so the shares of one outlet sum to 1.
 */
public final class FramingTopics {
    public static final int TERMS_PER_TOPIC = 15;
    private static final int TERMS_IN_LABEL = 8;

    /** framing_topics (shares) and topic_terms (the words that define each topic). */
    public record Topics(Dataset<Row> shares, Dataset<Row> terms) {
    }

    private FramingTopics() {
    }

    public static Topics compute(SparkSession spark, CompareInputs in, CompareOptions o) {
        Dataset<Row> docs = Tokens.tokenize(in.articles().withColumn("doc",
                concat_ws("\n", coalesce(col("title"), lit("")), coalesce(col("text"), lit("")))), "doc", true)
                .select("article_id", "source_key", "lean", "tokens")
                .filter(size(col("tokens")).gt(0))
                .cache();
        try {
            long n = docs.count();
            if (n == 0) {
                return new Topics(spark.createDataFrame(new ArrayList<>(), sharesSchema()),
                        spark.createDataFrame(new ArrayList<>(), termsSchema()));
            }
            CountVectorizerModel cv = new CountVectorizer().setInputCol("tokens").setOutputCol("features")
                    .setVocabSize(o.topicVocab()).setMinDF(Math.min(o.topicMinDf(), Math.max(1, n / 2)))
                    .setMaxDF(n >= 20 ? 0.5 : (double) n).fit(docs);
            Dataset<Row> vectors = cv.transform(docs).cache();
            // Online LDA sees a random minibatch per iteration; with a few thousand articles a larger fraction makes
            // every article count several times over the iterations.
            double fraction = Math.min(1.0, Math.max(0.05, 400.0 / n));
            LDAModel model = new LDA().setK(o.topics()).setMaxIter(o.topicIterations()).setSeed(o.seed())
                    .setOptimizer("online").setSubsamplingRate(fraction).setFeaturesCol("features").fit(vectors);

            String[] vocab = cv.vocabulary();
            List<Row> termRows = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (Row r : model.describeTopics(TERMS_PER_TOPIC).orderBy("topic").collectAsList()) {
                int topic = r.getInt(0);
                List<Integer> idx = r.getList(1);
                List<Double> w = r.getList(2);
                List<String> top = new ArrayList<>();
                for (int i = 0; i < idx.size(); i++) {
                    termRows.add(RowFactory.create(topic, i + 1, vocab[idx.get(i)], w.get(i)));
                    if (i < TERMS_IN_LABEL) {
                        top.add(vocab[idx.get(i)]);
                    }
                }
                labels.add(String.join(" ", top));
            }
            Dataset<Row> terms = spark.createDataFrame(termRows, termsSchema());
            List<Row> labelRows = new ArrayList<>();
            for (int t = 0; t < labels.size(); t++) {
                labelRows.add(RowFactory.create(t, labels.get(t)));
            }
            Dataset<Row> topicLabels = spark.createDataFrame(labelRows, new StructType()
                    .add("topic", DataTypes.IntegerType).add("top_terms", DataTypes.StringType));

            Dataset<Row> dist = model.transform(vectors).select("article_id", "source_key", "lean",
                    "topicDistribution");
            Dataset<Row> bySource = dist.groupBy("source_key")
                    .agg(first("lean", true).as("lean"), count(lit(1)).as("articles"),
                            Summarizer.mean(col("topicDistribution")).as("mean"))
                    .withColumn("level", lit(CellLevels.SOURCE));
            Dataset<Row> byLean = dist.filter(col("lean").isNotNull()).groupBy("lean")
                    .agg(count(lit(1)).as("articles"), Summarizer.mean(col("topicDistribution")).as("mean"))
                    .withColumn("level", lit(CellLevels.LEAN)).withColumn("source_key", lit(null).cast("string"));
            Dataset<Row> shares = bySource.unionByName(byLean)
                    .select(col("level"), col("source_key"), col("lean"), col("articles"),
                            posexplode(vector_to_array(col("mean"), "float64")).as(new String[] {"topic", "share"}))
                    .join(topicLabels, "topic")
                    .select("level", "source_key", "lean", "topic", "share", "articles", "top_terms")
                    .orderBy("level", "source_key", "lean", "topic")
                    .localCheckpoint(true);
            vectors.unpersist();
            return new Topics(shares, terms);
        } finally {
            docs.unpersist();
        }
    }

    static StructType termsSchema() {
        return Tables.TOPIC_TERMS.schema();
    }

    static StructType sharesSchema() {
        return Tables.FRAMING_TOPICS.schema();
    }
}
