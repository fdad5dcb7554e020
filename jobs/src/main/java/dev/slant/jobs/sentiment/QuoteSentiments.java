package dev.slant.jobs.sentiment;

import dev.slant.jobs.quotes.ArticleBudget;
import dev.slant.jobs.spark.PartitionProgress;
import dev.slant.jobs.spark.SparkArrays;
import dev.slant.models.sentiment.QuoteSentimentScorer;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.models.sentiment.Sentiment;
import dev.slant.models.sentiment.TargetSentiment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.util.Iterator;

/**
 * Fills `sentiment_label`, `sentiment_score`, `sentiment_probs` and `sentiment_model` of quote rows with CoreNLP's
 * RNTN (`--sentiment-model corenlp`), its 5 classes collapsed to the table's 3 ({@link Sentiment#threeClass()}). The scorer
 * (and its parser) is the JVM's shared one, created inside the task, never shipped with the closure. A quote whose
 * every sentence is over the parser's length cap keeps null sentiment (unscored), as does one the parser fails on.
 */
public final class QuoteSentiments {
    private QuoteSentiments() {
    }

    public static Dataset<Row> score(Dataset<Row> quotes) {
        return score(quotes, ArticleBudget.DEFAULT_MILLIS);
    }

    /** Quotes of one article that are parsed; the rest stay unscored (the same on every run, unlike a clock). */
    public static final int MAX_SCORED_PER_ARTICLE = 100;

    /**
     * As {@link #score(Dataset)} with limits per article: a quote's sentences are parsed one by one (each capped in
     * length), but an article with hundreds of quotations would still stall its task, so only its first
     * {@link #MAX_SCORED_PER_ARTICLE} quotes are scored, and as a last resort (a machine so loaded that even those
     * overrun) none after four times {@code budgetMillis} of parsing. Skipped quotes keep null sentiment.
     */
    public static Dataset<Row> score(Dataset<Row> quotes, long budgetMillis) {
        StructType schema = quotes.schema();
        int article = schema.fieldIndex("article_id");
        int text = schema.fieldIndex("text");
        int label = schema.fieldIndex("sentiment_label");
        int score = schema.fieldIndex("sentiment_score");
        int probs = schema.fieldIndex("sentiment_probs");
        int model = schema.fieldIndex("sentiment_model");
        String modelName = SentimentModel.CORENLP.quotesModel();
        return quotes.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            QuoteSentimentScorer scorer = Scorers.quotes();
            PartitionProgress progress = new PartitionProgress("quote sentiment", "quotes");
            return new Iterator<>() {
                private String currentArticle;
                private long spentNanos;
                private int scored;
                private boolean finished;

                @Override
                public boolean hasNext() {
                    boolean more = rows.hasNext();
                    if (!more && !finished) { // Spark may ask again after the end: report once
                        finished = true;
                        progress.finish();
                    }
                    return more;
                }

                @Override
                public Row next() {
                    Row r = rows.next();
                    Object[] values = new Object[r.length()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = r.get(i);
                    }
                    String id = r.getString(article);
                    if (!java.util.Objects.equals(id, currentArticle)) {
                        currentArticle = id;
                        spentNanos = 0;
                        scored = 0;
                    }
                    long t0 = System.nanoTime();
                    boolean within = scored++ < MAX_SCORED_PER_ARTICLE && spentNanos <= 4 * budgetMillis * 1_000_000L;
                    Sentiment s = within ? safeScore(scorer, r.getString(text)) : null;
                    spentNanos += System.nanoTime() - t0;
                    progress.tick();
                    if (s != null && s.scored()) {
                        TargetSentiment three = s.threeClass();
                        values[label] = three.label();
                        values[score] = three.score();
                        values[probs] = SparkArrays.of(three.probs());
                        values[model] = modelName;
                    }
                    return RowFactory.create(values);
                }
            };
        }, Encoders.row(schema));
    }

    private static Sentiment safeScore(QuoteSentimentScorer scorer, String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return scorer.score(text);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** One scorer per executor JVM, built on first use by whichever task gets there first. */
    static final class Scorers {
        private static volatile QuoteSentimentScorer quotes;

        private Scorers() {
        }

        static QuoteSentimentScorer quotes() {
            QuoteSentimentScorer q = quotes;
            if (q == null) {
                synchronized (Scorers.class) {
                    q = quotes;
                    if (q == null) {
                        q = new QuoteSentimentScorer();
                        q.score("The talks were useful."); // loads the parser now, not inside an article's budget
                        quotes = q;
                    }
                }
            }
            return q;
        }
    }
}
