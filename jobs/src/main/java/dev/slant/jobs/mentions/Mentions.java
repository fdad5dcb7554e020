package dev.slant.jobs.mentions;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.quotes.ArticleBudget;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.spark.SparkArrays;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ActorMentions;
import dev.slant.models.quotes.ActorSentence;
import dev.slant.models.quotes.ArticleAnnotator;
import dev.slant.models.sentiment.AnalyzedSentence;
import dev.slant.models.sentiment.SentimentAnalyzer;
import dev.slant.models.sentiment.TargetSentiment;
import dev.slant.models.sentiment.TargetSentimentScorer;
import dev.slant.jobs.spark.PartitionProgress;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * The `mentions` table: one row per sentence and registered actor it names (by name, alias, dated role, or a subject
 * pronoun resolved by attribution), with the sentiment expressed toward that actor by the logistic target scorer over
 * RNTN features (`--sentiment-model corenlp`; the encoder's rows come from {@code sentiment.EncoderSentiments}).
 * A sentence is parsed once for all the actors it names. Sentences over the parser's length cap keep their row with
 * null sentiment (`target_label` null), so the mention still counts.
 */
public final class Mentions {
    public static final StructType SCHEMA = Tables.MENTIONS.schema();

    private Mentions() {
    }

    /** Sentences of one article parsed for target sentiment: a count, so re-runs give the same table. */
    public static final int MAX_PARSED_PER_ARTICLE = 100;

    public static Dataset<Row> find(Dataset<Row> articles, String registryPath) {
        return find(articles, registryPath, ArticleBudget.DEFAULT_MILLIS);
    }

    /**
     * As {@link #find(Dataset, String)} with a time budget per article: an article whose annotation overruns it
     * yields no mentions (the quotes stage rejects it with reason timeout). Only the first
     * {@link #MAX_PARSED_PER_ARTICLE} sentences of an article are parsed (and, as a last resort on an overloaded
     * machine, none after four times the budget); mentions in the others keep their rows with null sentiment.
     */
    public static Dataset<Row> find(Dataset<Row> articles, String registryPath, long budgetMillis) {
        return find(articles, registryPath, budgetMillis, true);
    }

    /** As {@link #find(Dataset, String, long)}; without {@code sentiment} no sentence is parsed (target columns null). */
    public static Dataset<Row> find(Dataset<Row> articles, String registryPath, long budgetMillis, boolean sentiment) {
        Dataset<Row> in = articles.select(col("article_id"), col("source"), col("week"),
                col("published").cast("date").as("published"), col("text"));
        return in.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            PartitionProgress progress = new PartitionProgress(Tables.MENTIONS.name(), "articles");
            List<Row> none = List.of();
            return new Iterator<Row>() {
                private Iterator<Row> current = none.iterator();
                private boolean finished;

                @Override
                public boolean hasNext() {
                    while (!current.hasNext()) {
                        if (!rows.hasNext()) {
                            if (!finished) { // Spark may ask again after the end: report once
                                finished = true;
                                progress.finish();
                            }
                            return false;
                        }
                        current = ofArticle(rows.next(), registryPath, budgetMillis, sentiment).iterator();
                        progress.tick();
                    }
                    return true;
                }

                @Override
                public Row next() {
                    if (!hasNext()) {
                        throw new java.util.NoSuchElementException();
                    }
                    return current.next();
                }
            };
        }, Encoders.row(SCHEMA));
    }

    static List<Row> ofArticle(Row r, String registryPath, long budgetMillis, boolean sentiment) {
        String id = r.getString(0);
        String text = r.getString(4);
        List<Row> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        ActorRegistry registry = QuoteExtraction.registry(registryPath);
        LocalDate date = r.get(3) instanceof java.sql.Date d ? d.toLocalDate() : null;
        if (sentiment) {
            warmUp(registry);
        } else {
            QuoteExtraction.warmUp(registry);
        }
        long deadline = System.nanoTime() + 4 * budgetMillis * 1_000_000L;
        List<ActorSentence> found;
        try {
            found = ArticleBudget.call(() -> ActorMentions.find(ArticleAnnotator.annotate(text, date, registry),
                    registry), budgetMillis);
        } catch (RuntimeException | StackOverflowError e) {
            return out; // the quotes stage records the article in rejects with its reason
        }
        Map<Integer, List<AnalyzedSentence>> parsed = new LinkedHashMap<>();
        for (ActorSentence s : found) {
            boolean over = !sentiment || parsed.size() >= MAX_PARSED_PER_ARTICLE || System.nanoTime() > deadline;
            TargetSentiment t = over && !parsed.containsKey(s.sentenceIndex()) ? null : targetSentiment(s, parsed);
            out.add(row(r, s, t, SentimentModel.CORENLP.mentionsModel()));
        }
        return out;
    }

    /**
     * The `mentions` row of one actor sentence of an article (a row of article_id, source, week, ...), with the
     * sentiment toward the actor by {@code model}; {@code t} null: unscored (target columns and model null).
     */
    public static Row row(Row article, ActorSentence s, TargetSentiment t, String model) {
        String id = article.getString(0);
        return RowFactory.create(QuoteExtraction.quoteId(id + ":" + s.actorId(), s.mentionStart(), s.mentionEnd()),
                id, article.getString(1), article.getString(2), s.actorId(), s.actorName(), s.sentenceText(),
                s.sentenceStart(), s.sentenceEnd(), s.surface(), s.method(),
                t == null ? null : t.label(), t == null ? null : t.score(),
                t == null ? null : SparkArrays.of(t.probs()), t == null ? null : model);
    }

    private static volatile boolean warm;

    /** Loads the tagger, the parser and the target scorer outside any article's budget (it takes seconds). */
    private static void warmUp(ActorRegistry registry) {
        if (!warm) {
            synchronized (Mentions.class) {
                if (!warm) {
                    QuoteExtraction.warmUp(registry);
                    SentimentAnalyzer.shiftReduce().analyze("Peskov praised the talks.");
                    TargetSentimentScorer.get();
                    warm = true;
                }
            }
        }
    }

    private static TargetSentiment targetSentiment(ActorSentence s, Map<Integer, List<AnalyzedSentence>> parsed) {
        int from = s.mentionStart() - s.sentenceStart();
        int to = s.mentionEnd() - s.sentenceStart();
        if (from < 0 || to > s.sentenceText().length() || to <= from) {
            return null;
        }
        try {
            List<AnalyzedSentence> analysis = parsed.computeIfAbsent(s.sentenceIndex(),
                    k -> SentimentAnalyzer.shiftReduce().analyze(s.sentenceText()));
            if (analysis.stream().allMatch(a -> a.rootProbs() == null)) {
                return null;
            }
            return TargetSentimentScorer.get().score(analysis, from, to);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
