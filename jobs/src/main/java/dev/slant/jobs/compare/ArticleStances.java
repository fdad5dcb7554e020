package dev.slant.jobs.compare;

import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.StanceHead;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * article_stance: the stance of each article toward each actor it names, from the `mentions` rows of the article.
 * Only mentions in writer's-voice sentences count (no quotation mark, no reporting verb:
 * {@link ArticleStance#REPORTED_SPEECH}, the same regular expression Spark's rlike runs here). Two methods, per
 * article × actor × `sentiment_model`, so scores of two models are never averaged together:
 * <ul>
 *   <li>{@code head} (rows scored by the encoder with its stance head, `mentions.stance_logits`): the mean of the
 *   writer's-voice mentions' logits is the article's ({@link StanceHead}, linear in the span vectors); label = the
 *   most probable class, score = P(positive) − P(negative);</li>
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
        Column scored = col("target_score").isNotNull();
        Column voiced = scored.and(col("sentence").isNotNull())
                .and(not(col("sentence").rlike(ArticleStance.REPORTED_SPEECH)));
        Column headVoiced = voiced.and(col("stance_logits").isNotNull());
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
                        avg(when(headVoiced, element_at(col("stance_logits"), 3))).as("z2"))
                .withColumn("stance_method", method)
                .withColumn("stance_score", when(col("stance_method").equalTo("head"),
                        headScoreUdf().apply(z0, z1, z2)).otherwise(col("band_score")))
                .withColumn("stance_label", when(col("stance_method").equalTo("head"), headLabelUdf().apply(z0, z1, z2))
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

    /** {@link StanceHead#stance}'s label of mean logits (null: no writer's-voice mention, neutral). */
    private static UserDefinedFunction headLabelUdf() {
        return udf((UDF3<Double, Double, Double, String>) (a, b, c) -> StanceHead.stance(logits(a, b, c)).label(),
                DataTypes.StringType);
    }

    /** {@link StanceHead#stance}'s score of mean logits; null without a writer's-voice mention. */
    private static UserDefinedFunction headScoreUdf() {
        return udf((UDF3<Double, Double, Double, Double>) (a, b, c) -> a == null ? null
                : StanceHead.stance(logits(a, b, c)).score(), DataTypes.DoubleType);
    }

    private static double[] logits(Double a, Double b, Double c) {
        return a == null ? null : new double[]{a, b, c};
    }
}
