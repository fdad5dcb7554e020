package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.stats.FightinWords;
import org.apache.spark.ml.feature.CountVectorizer;
import org.apache.spark.ml.feature.CountVectorizerModel;
import org.apache.spark.ml.linalg.SparseVector;
import org.apache.spark.ml.linalg.Vector;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

/**
 * framing_words: which words set one outlet's (or lean's) coverage of an actor apart from every other outlet's
 * coverage of the same actor. Two corpora: `quotes` (the words put in the actor's mouth) and `mentions` (the
 * sentences that name the actor). Counts come from MLlib CountVectorizer; scores are Fightin' Words log-odds with an
 * informative Dirichlet prior whose rates are the whole corpus's (all actors, all outlets) word frequencies.
 */
public final class FramingWords {
    private static final StructType TERM_COUNT = new StructType()
            .add("term_index", DataTypes.IntegerType).add("count", DataTypes.DoubleType);

    private FramingWords() {
    }

    public static Dataset<Row> compute(SparkSession spark, CompareInputs in, CompareOptions o) {
        Dataset<Row> docs = in.actorQuotes()
                .select(lit("quotes").as("corpus"), col("article_id"), col("source_key"), col("lean"),
                        col("actor_id"), col("actor_name"), col("text"))
                .unionByName(in.mentions().select(lit("mentions").as("corpus"), col("article_id"),
                        col("source_key"), col("lean"), col("actor_id"), col("actor_name"),
                        col("sentence").as("text")));
        docs = Tokens.tokenize(docs, "text", false);
        CountVectorizerModel cv = new CountVectorizer().setInputCol("tokens").setOutputCol("tf")
                .setMinDF(o.wordMinDf()).setVocabSize(50_000).fit(docs);
        String[] vocab = cv.vocabulary();
        if (vocab.length == 0) {
            return spark.createDataFrame(new ArrayList<>(), schema());
        }
        List<Row> vocabRows = new ArrayList<>(vocab.length);
        for (int i = 0; i < vocab.length; i++) {
            vocabRows.add(RowFactory.create(i, vocab[i]));
        }
        Dataset<Row> vocabulary = spark.createDataFrame(vocabRows, new StructType()
                .add("term_index", DataTypes.IntegerType).add("word", DataTypes.StringType));

        UDF1<Vector, List<Row>> entries = v -> {
            SparseVector sv = v.toSparse();
            List<Row> out = new ArrayList<>(sv.indices().length);
            for (int i = 0; i < sv.indices().length; i++) {
                out.add(RowFactory.create(sv.indices()[i], sv.values()[i]));
            }
            return out;
        };
        Dataset<Row> tf = cv.transform(docs).withColumn("doc_id", org.apache.spark.sql.functions
                        .monotonically_increasing_id())
                .cache();
        try {
            Dataset<Row> termCounts = tf
                    .select(col("corpus"), col("doc_id"), col("source_key"), col("lean"), col("actor_id"),
                            explode(udf(entries, DataTypes.createArrayType(TERM_COUNT)).apply(col("tf"))).as("e"))
                    .select(col("corpus"), col("doc_id"), col("source_key"), col("lean"), col("actor_id"),
                            col("e.term_index").as("term_index"), col("e.count").as("y"));

            Dataset<Row> background = termCounts.groupBy("corpus", "term_index").agg(sum("y").as("y_bg"));
            Dataset<Row> backgroundTotal = termCounts.groupBy("corpus").agg(sum("y").as("n_bg"));

            Dataset<Row> grouped = termCounts.withColumn("level", lit(CellLevels.SOURCE))
                    .unionByName(termCounts.filter(col("lean").isNotNull()).withColumn("level", lit(CellLevels.LEAN))
                            .withColumn("source_key", lit(null).cast("string")));
            grouped = grouped.withColumn("grp", org.apache.spark.sql.functions.coalesce(col("source_key"),
                    col("lean")));
            Dataset<Row> docsPerGroup = tf.select("corpus", "doc_id", "source_key", "lean", "actor_id", "actor_name")
                    .withColumn("level", lit(CellLevels.SOURCE)).withColumn("grp", col("source_key"))
                    .unionByName(tf.select("corpus", "doc_id", "source_key", "lean", "actor_id", "actor_name")
                            .filter(col("lean").isNotNull()).withColumn("level", lit(CellLevels.LEAN))
                            .withColumn("grp", col("lean")))
                    .groupBy("corpus", "level", "grp", "actor_id")
                    .agg(countDistinct("doc_id").as("group_docs"), first("actor_name", true).as("actor_name"),
                            first("lean", true).as("group_lean"));

            Dataset<Row> yi = grouped.groupBy("corpus", "level", "grp", "actor_id", "term_index")
                    .agg(sum("y").as("count"));
            Dataset<Row> ni = yi.groupBy("corpus", "level", "grp", "actor_id").agg(sum("count").as("group_tokens"));
            Dataset<Row> yAll = yi.groupBy("corpus", "level", "actor_id", "term_index").agg(sum("count").as("y_all"));
            Dataset<Row> nAll = ni.groupBy("corpus", "level", "actor_id").agg(sum("group_tokens").as("n_all"));

            double alpha0 = o.priorSize();
            UDF6<Double, Double, Double, Double, Double, Double, Row> fw = (y, n, yr, nr, ybg, nbg) -> {
                double alpha = FightinWords.prior(ybg, nbg, alpha0);
                FightinWords.Score s = FightinWords.score(y, n, yr, nr, alpha, alpha0);
                return RowFactory.create(alpha, s.logOdds(), s.z());
            };
            StructType scoreType = new StructType().add("prior", DataTypes.DoubleType)
                    .add("log_odds", DataTypes.DoubleType).add("z", DataTypes.DoubleType);

            Dataset<Row> scored = yi.join(ni, new String[] {"corpus", "level", "grp", "actor_id"})
                    .join(yAll, new String[] {"corpus", "level", "actor_id", "term_index"})
                    .join(nAll, new String[] {"corpus", "level", "actor_id"})
                    .join(background, new String[] {"corpus", "term_index"})
                    .join(backgroundTotal, "corpus")
                    .withColumn("rest_count", col("y_all").minus(col("count")))
                    .withColumn("rest_tokens", col("n_all").minus(col("group_tokens")))
                    .filter(col("rest_tokens").gt(0))
                    .withColumn("fw", udf(fw, scoreType).apply(col("count"), col("group_tokens"),
                            col("rest_count"), col("rest_tokens"), col("y_bg"), col("n_bg")))
                    .withColumn("rank", row_number().over(Window.partitionBy("corpus", "level", "grp", "actor_id")
                            .orderBy(col("fw.z").desc(), col("term_index"))))
                    .filter(col("rank").leq(o.topWords()))
                    .join(vocabulary, "term_index")
                    .join(docsPerGroup, new String[] {"corpus", "level", "grp", "actor_id"});
            return scored.select(col("corpus"), col("level"),
                            org.apache.spark.sql.functions.when(col("level").equalTo(CellLevels.SOURCE), col("grp"))
                                    .as("source_key"),
                            col("group_lean").as("lean"), col("actor_id"), col("actor_name"),
                            col("rank").cast("int").as("rank"), col("word"),
                            col("count").cast("long").as("count"), col("rest_count").cast("long").as("rest_count"),
                            col("group_tokens").cast("long").as("group_tokens"),
                            col("rest_tokens").cast("long").as("rest_tokens"), col("group_docs"),
                            col("fw.prior").as("prior"), col("fw.log_odds").as("log_odds"), col("fw.z").as("z"),
                            col("group_docs").lt(o.minCount()).as("low_count"))
                    .orderBy("corpus", "level", "source_key", "lean", "actor_id", "rank")
                    .localCheckpoint(true);
        } finally {
            tf.unpersist();
        }
    }

    static StructType schema() {
        return Tables.FRAMING_WORDS.schema();
    }
}
