package dev.slant.jobs.sentiment;

import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.ArticlePass;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.spark.PartitionProgress;
import dev.slant.jobs.spark.SparkArrays;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.TargetSentiment;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The NLP stage's sentiment with the fine-tuned encoder ({@code --sentiment-model encoder}): quote tone and sentiment
 * toward each actor mention from one encoder pass per sentence, with no parsing.
 * <p>
 * It scores the rows of the stage's one pass ({@link ArticlePass}) without annotating again: a mention row carries its
 * sentence and the mention's offsets, a quote row the sentence (or run of sentences) containing it. An article's
 * actor sentences and quotes become encoder requests keyed by those sentences, so a sentence holding a quote and
 * three actor mentions is encoded once for all four spans. The tone head is pooled over the quote's own characters:
 * the same words in the same sentence always get the same score. Requests of several articles are scored together,
 * so the encoder's length buckets fill up.
 * <p>
 * Limits per article, as on the RNTN path: only its first {@link QuoteSentiments#MAX_SCORED_PER_ARTICLE} quotes and
 * {@link Mentions#MAX_PARSED_PER_ARTICLE} actor sentences are scored (the rest keep their rows with null sentiment).
 * An article that overran its time budget in the pass has no rows to score (it is a reject). The encoder's own cost
 * is bounded by those counts: each request is at most {@link EncoderSentiment#MAX_LENGTH} wordpieces.
 */
public final class EncoderSentiments {
    /** Articles whose requests are scored together (enough sentences to fill the encoder's length buckets). */
    static final int ARTICLES_PER_CHUNK = 24;
    private static final StructType QUOTE_ROW = ArticlePass.QUOTE_ROW;
    private static final StructType MENTION_ROW = ArticlePass.MENTION_ROW;

    private EncoderSentiments() {
    }

    /**
     * The pass's rows ({@link ArticlePass#SCHEMA}, an article's rows consecutive) with quotes and mentions scored;
     * reject rows pass through.
     */
    public static Dataset<Row> score(Dataset<Row> pass) {
        String model = SentimentModel.ENCODER.quotesModel();
        return pass.mapPartitions((MapPartitionsFunction<Row, Row>) rows -> new PartitionRun(rows, model),
                Encoders.row(ArticlePass.SCHEMA));
    }

    /** One article's rows: its mention rows and quote rows, each pointing at a span of an encoder request. */
    private record ArticleWork(List<Row> mentions, List<Slot> mentionSlots, List<Row> quotes, List<Slot> quoteSlots) {
    }

    /** Span {@code span} of request {@code request} of the chunk; null when not scored. */
    private record Slot(int request, int span) {
    }

    /** The requests of a chunk, one per sentence (or run of sentences) of an article, spans added as they come. */
    private static final class Requests {
        private final List<String> texts = new ArrayList<>();
        private final List<List<EncoderSentiment.Span>> spans = new ArrayList<>();
        /** Per request: whether a mention is among its spans (only those need the stance branch). */
        private final List<Boolean> stance = new ArrayList<>();
        private Map<String, Integer> ofArticle = new LinkedHashMap<>();

        void nextArticle() {
            ofArticle = new LinkedHashMap<>();
        }

        /**
         * Adds span [from, to) of {@code context} (the article's characters from {@code contextStart}) to the
         * article's request over that context; {@code mention}: the span names an actor (stance logits wanted).
         */
        Slot add(int contextStart, String context, int from, int to, boolean mention) {
            Integer r = ofArticle.computeIfAbsent(contextStart + ":" + (contextStart + context.length()), k -> {
                texts.add(context);
                spans.add(new ArrayList<>());
                stance.add(false);
                return texts.size() - 1;
            });
            if (mention) {
                stance.set(r, true);
            }
            List<EncoderSentiment.Span> list = spans.get(r);
            list.add(new EncoderSentiment.Span(from, to));
            return new Slot(r, list.size() - 1);
        }

        int size() {
            return texts.size();
        }

        List<EncoderSentiment.Request> toList() {
            List<EncoderSentiment.Request> out = new ArrayList<>(texts.size());
            for (int i = 0; i < texts.size(); i++) {
                out.add(new EncoderSentiment.Request(texts.get(i), spans.get(i), stance.get(i)));
            }
            return out;
        }
    }

    /** Processes a partition a chunk of articles at a time, printing progress to stderr. */
    private static final class PartitionRun implements Iterator<Row> {
        private static final int QUOTE_ID = QUOTE_ROW.fieldIndex("quote_id");
        private static final int QUOTE_START = QUOTE_ROW.fieldIndex("char_start");
        private static final int QUOTE_END = QUOTE_ROW.fieldIndex("char_end");
        private static final int CONTEXT_START = QUOTE_ROW.fieldIndex(ArticlePass.CONTEXT_START);
        private static final int CONTEXT = QUOTE_ROW.fieldIndex(ArticlePass.CONTEXT);
        private static final int SENTENCE = MENTION_ROW.fieldIndex("sentence");
        private static final int SENTENCE_START = MENTION_ROW.fieldIndex("char_start");
        private static final int SENTENCE_INDEX = MENTION_ROW.fieldIndex(ArticlePass.SENTENCE_INDEX);
        private static final int MENTION_START = MENTION_ROW.fieldIndex(ArticlePass.MENTION_START);
        private static final int MENTION_END = MENTION_ROW.fieldIndex(ArticlePass.MENTION_END);

        private final BufferedIterator<Row> rows;
        private final String model;
        private final PartitionProgress progress;
        private Iterator<Row> pending = List.<Row>of().iterator();
        private boolean finished;

        PartitionRun(Iterator<Row> rows, String model) {
            this.rows = new BufferedIterator<>(rows);
            this.model = model;
            EncoderSentiment.get(); // loads the model now, not inside a chunk
            progress = new PartitionProgress("sentiment (encoder)", "articles");
        }

        @Override
        public boolean hasNext() {
            while (!pending.hasNext()) {
                if (!rows.hasNext()) {
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
            List<Row> out = new ArrayList<>();
            while (rows.hasNext() && work.size() < ARTICLES_PER_CHUNK) {
                List<Row> quotes = new ArrayList<>();
                List<Row> mentions = new ArrayList<>();
                String article = null;
                while (rows.hasNext() && (article == null || article.equals(articleOf(rows.peek())))) {
                    Row r = rows.next();
                    if (!r.isNullAt(0)) {
                        quotes.add(r.getStruct(0));
                    } else if (!r.isNullAt(1)) {
                        mentions.add(r.getStruct(1));
                    } else {
                        out.add(r); // a reject: nothing to score
                    }
                    article = articleOf(r);
                }
                if (quotes.isEmpty() && mentions.isEmpty()) {
                    continue;
                }
                requests.nextArticle();
                work.add(prepare(quotes, mentions, requests));
                progress.tick();
            }
            List<EncoderSentiment.SpanScores> scores = null;
            try {
                scores = requests.size() == 0 ? List.of() : EncoderSentiment.get().scoreAll(requests.toList());
            } catch (RuntimeException e) {
                // an encoder failure leaves the chunk unscored rather than killing the run
                System.err.println("sentiment (encoder): a chunk left unscored: " + e.getMessage());
            }
            for (ArticleWork w : work) {
                for (int i = 0; i < w.mentions().size(); i++) {
                    Slot slot = w.mentionSlots().get(i);
                    TargetSentiment t = pick(scores, slot, true);
                    out.add(RowFactory.create(null, withScores(w.mentions().get(i), MENTION_ROW, "target", t,
                            stanceLogits(scores, slot)), null));
                }
                for (int i = 0; i < w.quotes().size(); i++) {
                    TargetSentiment t = pick(scores, w.quoteSlots().get(i), false);
                    out.add(RowFactory.create(withScores(w.quotes().get(i), QUOTE_ROW, "sentiment", t, null), null,
                            null));
                }
            }
            return out;
        }

        private static String articleOf(Row r) {
            Row inner = !r.isNullAt(0) ? r.getStruct(0) : !r.isNullAt(1) ? r.getStruct(1) : r.getStruct(2);
            return inner.getString(inner.fieldIndex("article_id"));
        }

        private static TargetSentiment pick(List<EncoderSentiment.SpanScores> scores, Slot slot, boolean target) {
            if (scores == null || slot == null) {
                return null;
            }
            EncoderSentiment.SpanScores s = scores.get(slot.request());
            return (target ? s.target() : s.tone()).get(slot.span());
        }

        private static double[] stanceLogits(List<EncoderSentiment.SpanScores> scores, Slot slot) {
            if (scores == null || slot == null || scores.get(slot.request()).stanceLogits() == null) {
                return null;
            }
            return scores.get(slot.request()).stanceLogits().get(slot.span());
        }

        /** Requests for the article's mentions (in text order) and then its quotes (by position). */
        private ArticleWork prepare(List<Row> quotes, List<Row> mentions, Requests requests) {
            List<Slot> mentionSlots = new ArrayList<>();
            java.util.Set<Integer> sentences = new java.util.HashSet<>();
            for (Row m : mentions) {
                int sentence = m.getInt(SENTENCE_INDEX);
                boolean within = sentences.contains(sentence) || sentences.size() < Mentions.MAX_PARSED_PER_ARTICLE;
                String text = m.getString(SENTENCE);
                int start = m.getInt(SENTENCE_START);
                int from = m.getInt(MENTION_START) - start;
                int to = m.getInt(MENTION_END) - start;
                if (!within || from < 0 || to > text.length() || to <= from) {
                    mentionSlots.add(null);
                    continue;
                }
                sentences.add(sentence);
                mentionSlots.add(requests.add(start, text, from, to, true));
            }
            List<Row> sorted = new ArrayList<>(quotes);
            sorted.sort(Comparator.<Row>comparingInt(q -> q.getInt(QUOTE_START)).thenComparingInt(q -> q.getInt(QUOTE_END))
                    .thenComparing(q -> q.getString(QUOTE_ID)));
            List<Slot> quoteSlots = new ArrayList<>();
            int scored = 0;
            for (Row q : sorted) {
                if (q.isNullAt(CONTEXT_START) || scored++ >= QuoteSentiments.MAX_SCORED_PER_ARTICLE) {
                    quoteSlots.add(null);
                    continue;
                }
                int start = q.getInt(CONTEXT_START);
                quoteSlots.add(requests.add(start, q.getString(CONTEXT), q.getInt(QUOTE_START) - start,
                        q.getInt(QUOTE_END) - start, false));
            }
            return new ArticleWork(mentions, mentionSlots, sorted, quoteSlots);
        }

        /**
         * The row with its {prefix}_label/_score/_probs and sentiment_model set from {@code t} (null: left null), and a
         * mention's stance_logits (null: left null).
         */
        private Row withScores(Row r, StructType schema, String prefix, TargetSentiment t, double[] stanceLogits) {
            Object[] v = new Object[schema.size()];
            for (int i = 0; i < v.length; i++) {
                v[i] = r.get(i);
            }
            if (t != null) {
                v[schema.fieldIndex(prefix + "_label")] = t.label();
                v[schema.fieldIndex(prefix + "_score")] = t.score();
                v[schema.fieldIndex(prefix + "_probs")] = SparkArrays.of(t.probs());
                v[schema.fieldIndex("sentiment_model")] = model;
            }
            if (stanceLogits != null) { // mentions only: the stance head's share of the article's stance
                v[schema.fieldIndex("stance_logits")] = SparkArrays.of(stanceLogits);
            }
            return RowFactory.create(v);
        }
    }

    /** An iterator that can look at its next element without taking it. */
    private static final class BufferedIterator<T> implements Iterator<T> {
        private final Iterator<T> in;
        private T head;
        private boolean buffered;

        BufferedIterator(Iterator<T> in) {
            this.in = in;
        }

        T peek() {
            if (!buffered) {
                head = in.next();
                buffered = true;
            }
            return head;
        }

        @Override
        public boolean hasNext() {
            return buffered || in.hasNext();
        }

        @Override
        public T next() {
            T t = peek();
            buffered = false;
            head = null;
            return t;
        }
    }
}
