package dev.slant.jobs.compare;

import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.StanceHead;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF6;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * article_stance: the stance of each article toward each actor it names, from the `mentions` rows of the article.
 * Writer's-voice sentences are those without a quotation mark or a reporting verb
 * ({@link ArticleStance#REPORTED_SPEECH}, the same regular expression Spark's rlike runs here). Two methods, per
 * article × actor × `sentiment_model`, so scores of two models are never averaged together:
 * <ul>
 *   <li>{@code head} (rows scored by the encoder with its stance head, `mentions.stance_logits`): the mean pair-head
 *   logits of the writer's-voice mentions (the first three) and the mean stance-branch logits of all mentions (the
 *   last three, when present) make the article's ({@link StanceHead#articleLogits}); label = the most probable class,
 *   score = P(positive) − P(negative);</li>
 *   <li>{@code band} (rows without stance logits: the RNTN path, warehouses scored before the head existed): the mean
 *   `target_score` of those mentions with {@link ArticleStance#DEFAULT_BAND}.</li>
 * </ul>
 * An article naming the actor only in reported speech is neutral with a null score.
 */
public final class ArticleStances {
    private ArticleStances() {
    }

    /**
     * {@code mentions}: compare's mention input (article_id, source_key, lean, week, actor_*, sentence, target_score,
     * stance_logits, sentiment_model).
     */
    public static Dataset<Row> compute(Dataset<Row> mentions) {
        StanceHead head = StanceHead.bundled();
        // without a bundled head no mention carries stance logits, and these two numbers are never used
        double share = head == null ? 1 : head.headShare();
        double bias = head == null ? 0 : head.neutralBias();
        Column scored = col("target_score").isNotNull();
        Column voiced = scored.and(col("sentence").isNotNull())
                .and(not(col("sentence").rlike(ArticleStance.REPORTED_SPEECH)));
        Column headVoiced = voiced.and(col("stance_logits").isNotNull());
        Column withBranch = col("stance_logits").isNotNull().and(size(col("stance_logits")).geq(6));
        Column method = when(col("head_mentions").gt(0), lit("head"))
                .when(col("scored_mentions").gt(0), lit("band"));
        Column z0 = col("z0");
        Column z1 = col("z1");
        Column z2 = col("z2");
        return mentions.groupBy("article_id", "actor_id", "sentiment_model").agg(
                        first("actor_name", true).as("actor_name"), first("source_key", true).as("source_key"),
                        first("lean", true).as("lean"), first("week", true).as("week"),
                        count(lit(1)).as("mentions"),
                        count(when(scored, 1)).as("scored_mentions"),
                        count(when(voiced, 1)).as("voiced_mentions"),
                        count(when(col("stance_logits").isNotNull(), 1)).as("head_mentions"),
                        avg(when(voiced, col("target_score"))).as("band_score"),
                        avg(when(headVoiced, element_at(col("stance_logits"), 1))).as("z0"),
                        avg(when(headVoiced, element_at(col("stance_logits"), 2))).as("z1"),
                        avg(when(headVoiced, element_at(col("stance_logits"), 3))).as("z2"),
                        avg(when(withBranch, element_at(col("stance_logits"), 4))).as("b0"),
                        avg(when(withBranch, element_at(col("stance_logits"), 5))).as("b1"),
                        avg(when(withBranch, element_at(col("stance_logits"), 6))).as("b2"))
                .withColumn("stance_method", method)
                .withColumn("stance_score", when(col("stance_method").equalTo("head"),
                        headScoreUdf(share, bias).apply(z0, z1, z2, col("b0"), col("b1"), col("b2")))
                        .otherwise(col("band_score")))
                .withColumn("stance_label", when(col("stance_method").equalTo("head"),
                        headLabelUdf(share, bias).apply(z0, z1, z2, col("b0"), col("b1"), col("b2")))
                        .when(col("stance_method").equalTo("band"),
                                labelUdf(new ArticleStance(ArticleStance.DEFAULT_BAND)).apply(col("band_score"))))
                .select("article_id", "actor_id", "actor_name", "source_key", "lean", "week", "mentions",
                        "scored_mentions", "voiced_mentions", "stance_score", "stance_label", "stance_method",
                        "sentiment_model");
    }

    /** {@link ArticleStance#label(Double)} as a Spark function: the rule is written once, in the model. */
    static UserDefinedFunction labelUdf(ArticleStance stance) {
        return udf((UDF1<Double, String>) stance::label, DataTypes.StringType);
    }

    /**
     * {@link StanceHead#stance}'s label of the article's logits from the mean head and branch logits (nulls: none);
     * the bundled head's share and bias are captured as two numbers, so the function ships without the head.
     */
    private static UserDefinedFunction headLabelUdf(double share, double bias) {
        return udf((UDF6<Double, Double, Double, Double, Double, Double, String>) (a, b, c, d, e, f) ->
                StanceHead.stance(StanceHead.articleLogits(logits(a, b, c), logits(d, e, f), share, bias)).label(),
                DataTypes.StringType);
    }

    /** {@link StanceHead#stance}'s score of the article's logits; null when there is none. */
    private static UserDefinedFunction headScoreUdf(double share, double bias) {
        return udf((UDF6<Double, Double, Double, Double, Double, Double, Double>) (a, b, c, d, e, f) -> {
            double[] z = StanceHead.articleLogits(logits(a, b, c), logits(d, e, f), share, bias);
            return z == null ? null : StanceHead.stance(z).score();
        }, DataTypes.DoubleType);
    }

    private static double[] logits(Double a, Double b, Double c) {
        return a == null ? null : new double[]{a, b, c};
    }
}
