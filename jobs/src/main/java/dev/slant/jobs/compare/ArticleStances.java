package dev.slant.jobs.compare;

import dev.slant.models.sentiment.ArticleStance;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.not;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

/**
 * article_stance: the stance of each article toward each actor it names, from the `mentions` rows of the article
 * ({@link ArticleStance}): the mean `target_score` of the mentions in writer's-voice sentences (no quotation mark, no
 * reporting verb: {@link ArticleStance#REPORTED_SPEECH}, the same regular expression Spark's rlike runs here), labelled
 * with {@link ArticleStance#DEFAULT_BAND}. Rows are per article, actor and `sentiment_model`, so scores of two models
 * are never averaged together.
 */
public final class ArticleStances {
    private ArticleStances() {
    }

    /** {@code mentions}: compare's mention input (article_id, source_key, lean, week, actor_*, sentence, target_score, sentiment_model). */
    public static Dataset<Row> compute(Dataset<Row> mentions) {
        Column scored = col("target_score").isNotNull();
        Column voiced = scored.and(col("sentence").isNotNull())
                .and(not(col("sentence").rlike(ArticleStance.REPORTED_SPEECH)));
        return mentions.groupBy("article_id", "actor_id", "sentiment_model").agg(
                        first("actor_name", true).as("actor_name"), first("source_key", true).as("source_key"),
                        first("lean", true).as("lean"), first("week", true).as("week"),
                        count(lit(1)).as("mentions"),
                        count(when(scored, 1)).as("scored_mentions"),
                        count(when(voiced, 1)).as("voiced_mentions"),
                        avg(when(voiced, col("target_score"))).as("stance_score"))
                .withColumn("stance_label", when(col("scored_mentions").gt(0),
                        labelUdf(new ArticleStance(ArticleStance.DEFAULT_BAND)).apply(col("stance_score"))))
                .select("article_id", "actor_id", "actor_name", "source_key", "lean", "week", "mentions",
                        "scored_mentions", "voiced_mentions", "stance_score", "stance_label", "sentiment_model");
    }

    /** {@link ArticleStance#label(Double)} as a Spark function: the rule is written once, in the model. */
    static UserDefinedFunction labelUdf(ArticleStance stance) {
        return udf((UDF1<Double, String>) stance::label, DataTypes.StringType);
    }
}
