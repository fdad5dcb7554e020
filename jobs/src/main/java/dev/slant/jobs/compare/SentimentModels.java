package dev.slant.jobs.compare;

import dev.slant.jobs.verbs.StageRefused;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Which sentiment models scored the quotes and mentions a comparison reads. Scores of different models are on
 * different scales (the RNTN calls most news sentences negative, the encoder most neutral), so a comparison that mixed
 * them would report the scorer, not the outlets: compare refuses unless told {@code --allow-mixed-models}.
 */
public final class SentimentModels {
    private SentimentModels() {
    }

    /** The distinct non-null `sentiment_model` values of the compared quotes and mentions, sorted. */
    public static List<String> of(CompareInputs in) {
        Dataset<Row> models = in.quotes().select("sentiment_model")
                .unionByName(in.mentions().select("sentiment_model"));
        return models.filter(col("sentiment_model").isNotNull()).distinct().orderBy("sentiment_model")
                .as(Encoders.STRING()).collectAsList();
    }

    /** Stops the comparison when {@code models} holds more than one model and mixing was not allowed. */
    public static void check(List<String> models, CompareOptions o) {
        if (models.size() > 1 && !o.allowMixedModels()) {
            throw new StageRefused("the quotes and mentions to compare were scored by " + models.size()
                    + " sentiment models (" + String.join(", ", models) + "), whose scores are not on one scale. "
                    + "Re-score them all with one model: ./slant quotes --warehouse DIR --sentiment-model "
                    + "encoder|corenlp (it redoes every article), then compare again; or pass --allow-mixed-models "
                    + "to compare them anyway.");
        }
    }

    /** How the summary and `runs` name the model(s): `none` when nothing was scored. */
    public static String describe(List<String> models) {
        return models.isEmpty() ? "none" : String.join(" + ", models);
    }
}
