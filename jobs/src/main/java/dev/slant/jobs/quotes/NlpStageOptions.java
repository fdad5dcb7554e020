package dev.slant.jobs.quotes;

/**
 * What the NLP stage (quotes, mentions, their sentiment) is run with: built by the `quotes`, `run`, `demo` and
 * `weekly` verbs from their command lines, or directly by notebooks and tests.
 *
 * @param registry            actor registry JSON; null for data/actors.json of the Slant home (else the bundled copy)
 * @param sentiment           false: find and attribute without scoring sentiment (sentiment columns null)
 * @param batchArticles       articles committed together by an incremental run (what a killed run redoes at most)
 * @param articleTimeoutMillis time budget of one article ({@link ArticleBudget}); passed by value into the Spark
 *                            closures, so executors use the driver's setting
 * @param sentimentModel      which scorer fills the sentiment columns when {@code sentiment} is on
 */
public record NlpStageOptions(String registry, boolean sentiment, int batchArticles, long articleTimeoutMillis,
                              SentimentModel sentimentModel) {
    public static final int DEFAULT_BATCH_ARTICLES = 10_000;
    /** The encoder: it measures best on every labelled set (README, "Sentiment"). */
    public static final SentimentModel DEFAULT_SENTIMENT_MODEL = SentimentModel.ENCODER;

    /** With the default sentiment model. */
    public NlpStageOptions(String registry, boolean sentiment, int batchArticles, long articleTimeoutMillis) {
        this(registry, sentiment, batchArticles, articleTimeoutMillis, DEFAULT_SENTIMENT_MODEL);
    }

    public NlpStageOptions {
        if (sentimentModel == null) {
            throw new IllegalArgumentException("a sentiment model is required (corenlp or encoder)");
        }
        if (batchArticles <= 0) {
            throw new IllegalArgumentException("batch size must be positive, not " + batchArticles);
        }
        if (articleTimeoutMillis <= 0) {
            throw new IllegalArgumentException("the article time budget must be positive, not " + articleTimeoutMillis);
        }
    }

    public static NlpStageOptions defaults() {
        return new NlpStageOptions(null, true, DEFAULT_BATCH_ARTICLES, ArticleBudget.DEFAULT_MILLIS);
    }

    public NlpStageOptions withSentiment(boolean on) {
        return new NlpStageOptions(registry, on, batchArticles, articleTimeoutMillis, sentimentModel);
    }

    public NlpStageOptions withSentimentModel(SentimentModel model) {
        return new NlpStageOptions(registry, sentiment, batchArticles, articleTimeoutMillis, model);
    }
}
