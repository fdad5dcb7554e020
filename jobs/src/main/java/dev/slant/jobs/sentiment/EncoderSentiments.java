package dev.slant.jobs.sentiment;

import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.ArticleBudget;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.spark.PartitionProgress;
import dev.slant.jobs.spark.SparkArrays;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ActorMentions;
import dev.slant.models.quotes.ActorSentence;
import dev.slant.models.quotes.AnnotatedArticle;
import dev.slant.models.quotes.ArticleAnnotator;
import dev.slant.models.quotes.Sentence;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.TargetSentiment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.struct;

/**
 * The NLP stage's sentiment with the fine-tuned encoder ({@code --sentiment-model encoder}): quote tone and sentiment
 * toward each actor mention from one encoder pass per sentence, with no parsing.
 * <p>
 * Each article is annotated once here (sentences, registry matches: the cheap pass, as for mentions without
 * sentiment); its actor sentences and its quotes become encoder requests keyed by the sentences they lie in, so a
 * sentence holding a quote and three actor mentions is encoded once for all four spans. A quote is read in the
 * sentence (or run of sentences) containing it, the tone head pooled over the quote's own characters: the same words in
 * the same sentence always get the same score. Requests of several articles are scored together, so the encoder's
 * length buckets fill up.
 * <p>
 * Limits per article, as on the RNTN path: only its first {@link QuoteSentiments#MAX_SCORED_PER_ARTICLE} quotes and
 * {@link Mentions#MAX_PARSED_PER_ARTICLE} actor sentences are scored (the rest keep their rows with null sentiment),
 * and an article whose annotation overruns the time budget yields no mentions and unscored quotes (the quotes stage
 * rejects it). The encoder's own cost is bounded by those counts: each request is at most
 * {@link EncoderSentiment#MAX_LENGTH} wordpieces.
 */
public final class EncoderSentiments {
    /** Articles whose requests are scored together (enough sentences to fill the encoder's length buckets). */
    static final int ARTICLES_PER_CHUNK = 24;
    private static final String KIND = "_kind";
    private static final String QUOTE = "quote";
    private static final String MENTION = "mention";
    /** Mention rows, and quote scores in the same columns (mention_id = quote_id, target_* = sentiment_*). */
    private static final StructType COMBINED = Tables.MENTIONS.schema().add(KIND, DataTypes.StringType, false);

    private EncoderSentiments() {
    }

    /**
     * Quotes and mentions with the encoder's scores. {@code combined} is persisted (both tables are read from it):
     * unpersist it once both are written.
     */
    public record Scored(Dataset<Row> quotes, Dataset<Row> mentions, Dataset<Row> combined) {
        public void unpersist() {
            combined.unpersist();
        }
    }

    /**
     * Scores {@code quotes} (rows of the `quotes` table, sentiment null) and finds and scores the actor mentions of
     * {@code articles} (the `articles` table's rows these quotes came from).
     */
    public static Scored score(Dataset<Row> articles, Dataset<Row> quotes, String registryPath, long budgetMillis) {
        Dataset<Row> spans = quotes.groupBy("article_id").agg(collect_list(struct(col("quote_id"),
                col("char_start"), col("char_end"))).as("quote_spans"));
        Dataset<Row> in = articles.select(col("article_id"), col("source"), col("week"),
                        col("published").cast("date").as("published"), col("text"))
                .join(spans, "article_id", "left")
                .select("article_id", "source", "week", "published", "text", "quote_spans");
        String model = SentimentModel.ENCODER.quotesModel();
        Dataset<Row> combined = in.mapPartitions((MapPartitionsFunction<Row, Row>) rows ->
                        new PartitionRun(rows, registryPath, budgetMillis, model), Encoders.row(COMBINED))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> mentions = combined.filter(col(KIND).equalTo(MENTION)).drop(KIND);
        Dataset<Row> scores = combined.filter(col(KIND).equalTo(QUOTE)).select(col("mention_id").as("quote_id"),
                col("target_label").as("sentiment_label"), col("target_score").as("sentiment_score"),
                col("target_probs").as("sentiment_probs"), col("sentiment_model"));
        Dataset<Row> scored = quotes.drop("sentiment_label", "sentiment_score", "sentiment_probs", "sentiment_model")
                .join(scores, "quote_id", "left").select(Tables.QUOTES.cols());
        return new Scored(scored, mentions, combined);
    }

    /** One article's rows-to-be: its actor sentences and quotes, each pointing at a span of an encoder request. */
    private record ArticleWork(Row article, List<ActorSentence> mentions, List<Slot> mentionSlots,
                               List<QuoteSpan> quotes, List<Slot> quoteSlots) {
    }

    private record QuoteSpan(String quoteId, int start, int end) {
    }

    /** Span {@code span} of request {@code request} of the chunk; null when not scored. */
    private record Slot(int request, int span) {
    }

    /** The requests of a chunk, one per sentence (or run of sentences) of an article, spans added as they come. */
    private static final class Requests {
        private final List<String> texts = new ArrayList<>();
        private final List<List<EncoderSentiment.Span>> spans = new ArrayList<>();
        private Map<String, Integer> ofArticle = new LinkedHashMap<>();

        void nextArticle() {
            ofArticle = new LinkedHashMap<>();
        }

        /** Adds span [from, to) of the article to the request over its characters [ctxStart, ctxEnd). */
        Slot add(String article, int ctxStart, int ctxEnd, int from, int to) {
            Integer r = ofArticle.computeIfAbsent(ctxStart + ":" + ctxEnd, k -> {
                texts.add(article.substring(ctxStart, ctxEnd));
                spans.add(new ArrayList<>());
                return texts.size() - 1;
            });
            List<EncoderSentiment.Span> list = spans.get(r);
            list.add(new EncoderSentiment.Span(from - ctxStart, to - ctxStart));
            return new Slot(r, list.size() - 1);
        }

        int size() {
            return texts.size();
        }

        List<EncoderSentiment.Request> toList() {
            List<EncoderSentiment.Request> out = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                out.add(new EncoderSentiment.Request(texts.get(i), spans.get(i)));
            }
            return out;
        }
    }

    /** Processes a partition a chunk of articles at a time, printing progress to stderr. */
    private static final class PartitionRun implements Iterator<Row> {
        private final Iterator<Row> articles;
        private final String registryPath;
        private final long budgetMillis;
        private final String model;
        private final PartitionProgress progress;
        private Iterator<Row> pending = List.<Row>of().iterator();
        private boolean finished;

        PartitionRun(Iterator<Row> articles, String registryPath, long budgetMillis, String model) {
            this.articles = articles;
            this.registryPath = registryPath;
            this.budgetMillis = budgetMillis;
            this.model = model;
            QuoteExtraction.warmUp(QuoteExtraction.registry(registryPath));
            EncoderSentiment.get(); // loads the model now, not inside an article's budget
            progress = new PartitionProgress("sentiment (encoder)", "articles");
        }

        @Override
        public boolean hasNext() {
            while (!pending.hasNext()) {
                if (!articles.hasNext()) {
                    if (!finished) { // Spark may ask again after the end
                        finished = true;
                        progress.finish();
                    }
                    return false;
                }
                pending = nextChunk().iterator();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return pending.next();
        }

        private List<Row> nextChunk() {
            Requests requests = new Requests();
            List<ArticleWork> work = new ArrayList<>();
            while (articles.hasNext() && work.size() < ARTICLES_PER_CHUNK) {
                requests.nextArticle();
                work.add(prepare(articles.next(), requests));
                progress.tick();
            }
            List<EncoderSentiment.SpanScores> scores = null;
            try {
                scores = requests.size() == 0 ? List.of() : EncoderSentiment.get().scoreAll(requests.toList());
            } catch (RuntimeException e) {
                // an encoder failure leaves the chunk unscored rather than killing the run
                System.err.println("sentiment (encoder): a chunk left unscored: " + e.getMessage());
            }
            List<Row> out = new ArrayList<>();
            for (ArticleWork w : work) {
                for (int i = 0; i < w.mentions().size(); i++) {
                    TargetSentiment t = pick(scores, w.mentionSlots().get(i), true);
                    out.add(withKind(Mentions.row(w.article(), w.mentions().get(i), t, model), MENTION));
                }
                for (int i = 0; i < w.quotes().size(); i++) {
                    TargetSentiment t = pick(scores, w.quoteSlots().get(i), false);
                    QuoteSpan q = w.quotes().get(i);
                    out.add(quoteScore(w.article(), q, t));
                }
            }
            return out;
        }

        private static TargetSentiment pick(List<EncoderSentiment.SpanScores> scores, Slot slot, boolean target) {
            if (scores == null || slot == null) {
                return null;
            }
            EncoderSentiment.SpanScores s = scores.get(slot.request());
            return (target ? s.target() : s.tone()).get(slot.span());
        }

        private ArticleWork prepare(Row r, Requests requests) {
            String text = r.getString(4);
            List<QuoteSpan> quotes = quoteSpans(r);
            List<Slot> quoteSlots = new ArrayList<>();
            List<ActorSentence> mentions = List.of();
            List<Slot> mentionSlots = new ArrayList<>();
            if (text == null || text.isBlank()) {
                quotes.forEach(q -> quoteSlots.add(null));
                return new ArticleWork(r, mentions, mentionSlots, quotes, quoteSlots);
            }
            ActorRegistry registry = QuoteExtraction.registry(registryPath);
            LocalDate date = r.get(3) instanceof java.sql.Date d ? d.toLocalDate() : null;
            AnnotatedArticle annotated;
            try {
                Annotated a = ArticleBudget.call(() -> {
                    AnnotatedArticle art = ArticleAnnotator.annotate(text, date, registry);
                    return new Annotated(art, ActorMentions.find(art, registry));
                }, budgetMillis);
                annotated = a.article();
                mentions = a.mentions();
            } catch (RuntimeException | StackOverflowError e) {
                // the quotes stage records the article in rejects with its reason
                quotes.forEach(q -> quoteSlots.add(null));
                return new ArticleWork(r, List.of(), mentionSlots, quotes, quoteSlots);
            }
            java.util.Set<Integer> sentences = new java.util.HashSet<>();
            for (ActorSentence s : mentions) {
                boolean within = sentences.contains(s.sentenceIndex())
                        || sentences.size() < Mentions.MAX_PARSED_PER_ARTICLE;
                int from = s.mentionStart();
                int to = s.mentionEnd();
                if (!within || from < s.sentenceStart() || to > s.sentenceEnd() || to <= from) {
                    mentionSlots.add(null);
                    continue;
                }
                sentences.add(s.sentenceIndex());
                mentionSlots.add(requests.add(text, s.sentenceStart(), s.sentenceEnd(), from, to));
            }
            int scored = 0;
            for (QuoteSpan q : quotes) {
                boolean valid = q.start() >= 0 && q.end() <= text.length() && q.end() > q.start()
                        && !annotated.sentences().isEmpty();
                if (!valid || scored++ >= QuoteSentiments.MAX_SCORED_PER_ARTICLE) {
                    quoteSlots.add(null);
                    continue;
                }
                Sentence first = annotated.sentences().get(annotated.sentenceAt(q.start()));
                Sentence last = annotated.sentences().get(annotated.sentenceAt(q.end() - 1));
                int ctxStart = Math.min(first.start(), q.start());
                int ctxEnd = Math.max(last.end(), q.end());
                quoteSlots.add(requests.add(text, ctxStart, ctxEnd, q.start(), q.end()));
            }
            return new ArticleWork(r, mentions, mentionSlots, quotes, quoteSlots);
        }

        private record Annotated(AnnotatedArticle article, List<ActorSentence> mentions) {
        }

        /** The article's quotes in text order (the first ones are scored when there are too many). */
        private static List<QuoteSpan> quoteSpans(Row r) {
            List<QuoteSpan> out = new ArrayList<>();
            if (!r.isNullAt(5)) {
                for (Row q : r.<Row>getList(5)) {
                    out.add(new QuoteSpan(q.getString(0), q.getInt(1), q.getInt(2)));
                }
            }
            out.sort(Comparator.comparingInt(QuoteSpan::start).thenComparingInt(QuoteSpan::end)
                    .thenComparing(QuoteSpan::quoteId));
            return out;
        }

        private Row quoteScore(Row article, QuoteSpan q, TargetSentiment t) {
            Object[] v = new Object[COMBINED.size()];
            v[COMBINED.fieldIndex("mention_id")] = q.quoteId();
            v[COMBINED.fieldIndex("article_id")] = article.getString(0);
            v[COMBINED.fieldIndex("char_start")] = q.start();
            v[COMBINED.fieldIndex("char_end")] = q.end();
            if (t != null) {
                v[COMBINED.fieldIndex("target_label")] = t.label();
                v[COMBINED.fieldIndex("target_score")] = t.score();
                v[COMBINED.fieldIndex("target_probs")] = SparkArrays.of(t.probs());
                v[COMBINED.fieldIndex("sentiment_model")] = model;
            }
            v[COMBINED.fieldIndex(KIND)] = QUOTE;
            return RowFactory.create(v);
        }

        private static Row withKind(Row mention, String kind) {
            Object[] v = new Object[mention.length() + 1];
            for (int i = 0; i < mention.length(); i++) {
                v[i] = mention.get(i);
            }
            v[mention.length()] = kind;
            return RowFactory.create(v);
        }
    }
}
