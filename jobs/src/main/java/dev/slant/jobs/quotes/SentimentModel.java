package dev.slant.jobs.quotes;

import dev.slant.models.sentiment.EncoderSentiment;

import java.util.Arrays;
import java.util.Locale;

/**
 * Which scorer the NLP stage fills the sentiment columns of `quotes` and `mentions` with (`--sentiment-model`), and
 * the names it records in their `sentiment_model` column, so that a comparison can tell rows of different scorers
 * apart.
 */
public enum SentimentModel {
    /** The fine-tuned MiniLM encoder: one pass per sentence for quote tone and target sentiment (the default). */
    ENCODER("encoder", EncoderSentiment.MODEL_NAME, EncoderSentiment.MODEL_NAME),
    /** CoreNLP's RNTN for quotes (5 classes collapsed to 3) and the logistic model over RNTN features for mentions. */
    CORENLP("corenlp", "corenlp-rntn-4.5.10", "lr-rntn-v1");

    /** What `sentiment_model` reads for quote rows scored before the column existed (5-class RNTN). */
    public static final String LEGACY_QUOTES = "corenlp-rntn-5class";
    /** What `sentiment_model` reads for mention rows scored before the column existed. */
    public static final String LEGACY_MENTIONS = "lr-rntn-v1";

    private final String option;
    private final String quotesModel;
    private final String mentionsModel;

    SentimentModel(String option, String quotesModel, String mentionsModel) {
        this.option = option;
        this.quotesModel = quotesModel;
        this.mentionsModel = mentionsModel;
    }

    /** The value of `--sentiment-model`. */
    public String option() {
        return option;
    }

    /** `sentiment_model` of the quote rows it scores. */
    public String quotesModel() {
        return quotesModel;
    }

    /** `sentiment_model` of the mention rows it scores. */
    public String mentionsModel() {
        return mentionsModel;
    }

    /** The model of an option value (`corenlp`, `encoder`); null for anything else. */
    public static SentimentModel byOption(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(m -> m.option.equals(v)).findFirst().orElse(null);
    }

    @Override
    public String toString() {
        return option;
    }
}
