package dev.slant.jobs.mentions;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.quotes.ArticlePass;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.spark.SparkArrays;
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
import org.apache.spark.sql.types.StructType;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The `mentions` table: one row per sentence and registered actor it names (by name, alias, dated role, or a subject
 * pronoun resolved by attribution; the rows come from the NLP stage's one pass, {@code quotes.ArticlePass}), here
 * with the sentiment expressed toward that actor by the logistic target scorer over RNTN features
 * (`--sentiment-model corenlp`; the encoder's scores come from {@code sentiment.EncoderSentiments}).
 * A sentence is parsed once for all the actors it names. Sentences over the parser's length cap keep their row with
 * null sentiment (`target_label` null), so the mention still counts.
 */
public final class Mentions {
    public static final StructType SCHEMA = Tables.MENTIONS.schema();

    private Mentions() {
    }

    /** Sentences of one article parsed for target sentiment: a count, so re-runs give the same table. */
    public static final int MAX_PARSED_PER_ARTICLE = 100;

    /**
     * The `mentions` rows of the pass's mention rows ({@link ArticlePass#MENTION_ROW}; an article's rows consecutive,
     * in text order), scored. Only the first {@link #MAX_PARSED_PER_ARTICLE} sentences of an article are parsed (and,
     * as a last resort on an overloaded machine, none after four times {@code budgetMillis}); mentions in the others
     * keep their rows with null sentiment.
     */
    public static Dataset<Row> score(Dataset<Row> mentionRows, long budgetMillis) {
        StructType in = mentionRows.schema();
        int article = in.fieldIndex("article_id");
        int sentence = in.fieldIndex("sentence");
        int sentenceStart = in.fieldIndex("char_start");
        int index = in.fieldIndex(ArticlePass.SENTENCE_INDEX);
        int from = in.fieldIndex(ArticlePass.MENTION_START);
        int to = in.fieldIndex(ArticlePass.MENTION_END);
        String model = SentimentModel.CORENLP.mentionsModel();
        return mentionRows.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> {
            warmUp();
            PartitionProgress progress = new PartitionProgress(Tables.MENTIONS.name(), "mentions");
            return new Iterator<Row>() {
                private String currentArticle;
                private long deadline;
                private Map<Integer, List<AnalyzedSentence>> parsed = new LinkedHashMap<>();
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
                    String id = r.getString(article);
                    if (!java.util.Objects.equals(id, currentArticle)) {
                        currentArticle = id;
                        parsed = new LinkedHashMap<>();
                        deadline = System.nanoTime() + 4 * budgetMillis * 1_000_000L;
                    }
                    int sentenceIndex = r.getInt(index);
                    boolean over = parsed.size() >= MAX_PARSED_PER_ARTICLE || System.nanoTime() > deadline;
                    TargetSentiment t = over && !parsed.containsKey(sentenceIndex) ? null
                            : targetSentiment(sentenceIndex, r.getString(sentence), r.getInt(from) - r.getInt(sentenceStart),
                            r.getInt(to) - r.getInt(sentenceStart), parsed);
                    progress.tick();
                    return scored(r, t, model);
                }
            };
        }, Encoders.row(SCHEMA));
    }

    /**
     * The `mentions` row of a row with the table's columns first (as {@link ArticlePass#MENTION_ROW}), with the
     * sentiment toward the actor by {@code model}; {@code t} null: unscored (target columns and model null).
     */
    public static Row scored(Row mention, TargetSentiment t, String model) {
        Object[] v = new Object[SCHEMA.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = mention.get(i);
        }
        v[SCHEMA.fieldIndex("target_label")] = t == null ? null : t.label();
        v[SCHEMA.fieldIndex("target_score")] = t == null ? null : t.score();
        v[SCHEMA.fieldIndex("target_probs")] = t == null ? null : SparkArrays.of(t.probs());
        v[SCHEMA.fieldIndex("sentiment_model")] = t == null ? null : model;
        return RowFactory.create(v);
    }

    private static volatile boolean warm;

    /** Loads the parser and the target scorer outside any article's budget (it takes seconds). */
    private static void warmUp() {
        if (!warm) {
            synchronized (Mentions.class) {
                if (!warm) {
                    SentimentAnalyzer.shiftReduce().analyze("Peskov praised the talks.");
                    TargetSentimentScorer.get();
                    warm = true;
                }
            }
        }
    }

    private static TargetSentiment targetSentiment(int sentenceIndex, String sentence, int from, int to,
                                                   Map<Integer, List<AnalyzedSentence>> parsed) {
        if (from < 0 || to > sentence.length() || to <= from) {
            return null;
        }
        try {
            List<AnalyzedSentence> analysis = parsed.computeIfAbsent(sentenceIndex,
                    k -> SentimentAnalyzer.shiftReduce().analyze(sentence));
            if (analysis.stream().allMatch(a -> a.rootProbs() == null)) {
                return null;
            }
            return TargetSentimentScorer.get().score(analysis, from, to);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
