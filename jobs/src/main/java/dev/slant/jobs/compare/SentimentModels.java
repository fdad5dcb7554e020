package dev.slant.jobs.compare;

import dev.slant.jobs.verbs.StageRefused;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

import java.util.ArrayList;
import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * Which sentiment models scored the quotes and the mentions a comparison reads. Scores of different models are on
 * different scales (the RNTN calls most news sentences negative, the encoder most neutral), so a comparison that mixed
 * them within a table would report the scorer, not the outlets: compare refuses unless told
 * {@code --allow-mixed-models}. (Quotes and mentions may name different models: `corenlp` scores quotes with the RNTN
 * and mentions with the logistic model.)
 *
 * @param quotes   distinct non-null `sentiment_model` of the compared quotes, sorted
 * @param mentions the same for the compared mentions
 */
public record SentimentModels(List<String> quotes, List<String> mentions) {
    public SentimentModels {
        quotes = List.copyOf(quotes);
        mentions = List.copyOf(mentions);
    }

    public static SentimentModels of(CompareInputs in) {
        return new SentimentModels(distinct(in.quotes()), distinct(in.mentions()));
    }

    private static List<String> distinct(Dataset<Row> rows) {
        return rows.select("sentiment_model").filter(col("sentiment_model").isNotNull()).distinct()
                .orderBy("sentiment_model").as(Encoders.STRING()).collectAsList();
    }

    public boolean mixed() {
        return quotes.size() > 1 || mentions.size() > 1;
    }

    /** Stops the comparison when a table holds rows of more than one model and mixing was not allowed. */
    public void check(CompareOptions o) {
        if (mixed() && !o.allowMixedModels()) {
            throw new StageRefused("the rows to compare were scored by more than one sentiment model (" + describe()
                    + "), whose scores are not on one scale. Re-score every article with one model: "
                    + "./slant quotes --warehouse DIR --sentiment-model encoder (or corenlp) redoes them all; then "
                    + "compare again. Or pass --allow-mixed-models to compare them anyway.");
        }
    }

    /**
     * How the summary and `runs` name the model(s): `minilm-l6-newsmtsc-v2` when one model scored both tables,
     * `quotes a + b; mentions c` otherwise, `none` when nothing was scored.
     */
    public String describe() {
        if (quotes.isEmpty() && mentions.isEmpty()) {
            return "none";
        }
        if (quotes.equals(mentions)) {
            return String.join(" + ", quotes);
        }
        List<String> parts = new ArrayList<>();
        parts.add("quotes " + (quotes.isEmpty() ? "none" : String.join(" + ", quotes)));
        parts.add("mentions " + (mentions.isEmpty() ? "none" : String.join(" + ", mentions)));
        return String.join("; ", parts);
    }
}
