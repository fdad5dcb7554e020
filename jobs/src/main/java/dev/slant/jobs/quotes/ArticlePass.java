package dev.slant.jobs.quotes;

import dev.slant.jobs.spark.PartitionProgress;
import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ActorSentence;
import dev.slant.models.quotes.ArticleAnalysis;
import dev.slant.models.quotes.ArticleNlp;
import dev.slant.models.quotes.Quote;
import dev.slant.models.quotes.TextSpan;
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
import java.util.List;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * The NLP stage's one pass over the articles: each article is analysed once ({@link ArticleNlp#analyse}: one
 * annotation, one attributor) under one {@link ArticleBudget}, giving its `quotes` rows and its `mentions` rows
 * (sentiment null), or one reject row when the article fails. The sentiment scorers then score these rows without
 * annotating again: a quote row carries the sentences it lies in, a mention row its sentence's index and the
 * mention's offsets ({@link #QUOTE_ROW}, {@link #MENTION_ROW}); {@link #quotesOf} and {@link #mentionsOf} drop them
 * again, giving the tables' columns. Writes nothing: {@code pipeline.NlpStage} stores the rows.
 * <p>
 * Each row of the output has exactly one of the struct columns {@value #QUOTE}, {@value #MENTION} and {@value #REJECT}
 * set; an article's rows are consecutive in its partition, its quotes before its mentions.
 */
public final class ArticlePass {
    public static final String QUOTE = "quote";
    public static final String MENTION = "mention";
    public static final String REJECT = "reject";
    /** The sentence (or run of sentences) holding a quote: its offsets in the article and its text. */
    public static final String CONTEXT_START = "_context_start";
    public static final String CONTEXT_END = "_context_end";
    public static final String CONTEXT = "_context";
    /** A mention's sentence index in its article and the offsets of the words naming the actor. */
    public static final String SENTENCE_INDEX = "_sentence_index";
    public static final String MENTION_START = "_mention_start";
    public static final String MENTION_END = "_mention_end";

    /** A `quotes` row plus its context (null when the quote's offsets do not fit the article). */
    public static final StructType QUOTE_ROW = Tables.QUOTES.schema().add(CONTEXT_START, DataTypes.IntegerType, true)
            .add(CONTEXT_END, DataTypes.IntegerType, true).add(CONTEXT, DataTypes.StringType, true);
    /** A `mentions` row plus where the mention lies in its sentence. */
    public static final StructType MENTION_ROW = Tables.MENTIONS.schema()
            .add(SENTENCE_INDEX, DataTypes.IntegerType, false).add(MENTION_START, DataTypes.IntegerType, false)
            .add(MENTION_END, DataTypes.IntegerType, false);
    private static final StructType REJECT_ROW = new StructType().add("article_id", DataTypes.StringType, true)
            .add("reason", DataTypes.StringType, true).add("raw", DataTypes.StringType, true);
    public static final StructType SCHEMA = new StructType().add(QUOTE, QUOTE_ROW, true)
            .add(MENTION, MENTION_ROW, true).add(REJECT, REJECT_ROW, true);

    private ArticlePass() {
    }

    /** Quote, mention and reject rows of these articles (the `articles` table's rows), each article analysed once. */
    public static Dataset<Row> process(Dataset<Row> articles, String registryPath, long budgetMillis) {
        Dataset<Row> in = articles.select(col("article_id"), col("source"), col("week"),
                col("published").cast("date").as("published"), col("text"));
        return in.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new PartitionRun(rows, registryPath, budgetMillis),
                Encoders.row(SCHEMA));
    }

    /** The `quotes` table's rows. */
    public static Dataset<Row> quotesOf(Dataset<Row> pass) {
        return quoteRowsOf(pass).select(Tables.QUOTES.cols());
    }

    /** Quote rows with their context ({@link #QUOTE_ROW}). */
    public static Dataset<Row> quoteRowsOf(Dataset<Row> pass) {
        return pass.filter(col(QUOTE).isNotNull()).select(QUOTE + ".*");
    }

    /** The `mentions` table's rows. */
    public static Dataset<Row> mentionsOf(Dataset<Row> pass) {
        return mentionRowsOf(pass).select(Tables.MENTIONS.cols());
    }

    /** Mention rows with their offsets ({@link #MENTION_ROW}). */
    public static Dataset<Row> mentionRowsOf(Dataset<Row> pass) {
        return pass.filter(col(MENTION).isNotNull()).select(MENTION + ".*");
    }

    /** Rejects in the `rejects` table's columns: stage quotes, input `articles`, the article's id. */
    public static Dataset<Row> rejectsOf(Dataset<Row> pass) {
        return pass.filter(col(REJECT).isNotNull()).select(lit(Rejects.QUOTES).as("stage"),
                lit(Tables.ARTICLES.name()).as("input"), lit(null).cast("long").as("line"),
                col(REJECT + ".article_id").as("article_id"), col(REJECT + ".reason").as("reason"),
                col(REJECT + ".raw").as("raw"));
    }

    static Row quoteRow(String id, String source, String week, Quote q, ArticleAnalysis analysis) {
        TextSpan ctx = analysis.contextOf(q);
        return RowFactory.create(QuoteExtraction.quoteId(id, q.charStart(), q.charEnd()), id, source, week, q.text(),
                q.charStart(), q.charEnd(), q.kind(), q.cue(), q.speakerMention(), q.speaker(), q.speakerTitle(),
                q.speakerType(), q.actorId(), q.actorName(), q.attributionMethod(), q.attributionConfidence(), null,
                null, null, null, ctx == null ? null : ctx.start(), ctx == null ? null : ctx.end(),
                ctx == null ? null : ctx.text(analysis.article().text()));
    }

    static Row mentionRow(String id, String source, String week, ActorSentence s) {
        // the id: the article, the actor and the words that name it
        String mentionId = QuoteExtraction.quoteId(id + ":" + s.actorId(), s.mentionStart(), s.mentionEnd());
        return RowFactory.create(mentionId, id, source, week, s.actorId(), s.actorName(), s.sentenceText(),
                s.sentenceStart(), s.sentenceEnd(), s.surface(), s.method().label(), null, null, null, null, null,
                s.sentenceIndex(), s.mentionStart(), s.mentionEnd());
    }

    /** Analyses one partition lazily, article by article, printing progress to stderr. */
    private static final class PartitionRun implements Iterator<Row> {
        private final Iterator<Row> articles;
        private final String registryPath;
        private final long budgetMillis;
        private final PartitionProgress progress = new PartitionProgress("quotes", "articles");
        private final List<Row> pending = new ArrayList<>();
        private int next;
        private boolean finished;

        PartitionRun(Iterator<Row> articles, String registryPath, long budgetMillis) {
            this.articles = articles;
            this.registryPath = registryPath;
            this.budgetMillis = budgetMillis;
            QuoteExtraction.warmUp(QuoteExtraction.registry(registryPath));
        }

        @Override
        public boolean hasNext() {
            while (next >= pending.size()) {
                if (!articles.hasNext()) {
                    if (!finished) { // Spark may ask again after the end: report once
                        finished = true;
                        progress.finish();
                    }
                    return false;
                }
                pending.clear();
                next = 0;
                one(articles.next());
                progress.tick();
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return pending.get(next++);
        }

        private void one(Row r) {
            String id = r.getString(0);
            String source = r.getString(1);
            String week = r.getString(2);
            String text = r.getString(4);
            try {
                if (text == null) {
                    throw new IllegalArgumentException("article has no text");
                }
                String script = ScriptCheck.unsupported(text);
                if (script != null) {
                    throw new QuoteExtraction.UnsupportedScript(script);
                }
                LocalDate date = QuoteExtraction.dateOf(r.get(3));
                ActorRegistry registry = QuoteExtraction.registry(registryPath);
                ArticleAnalysis analysis = ArticleBudget.call(() -> ArticleNlp.analyse(text, date, registry),
                        budgetMillis);
                for (Quote q : analysis.quotes()) {
                    pending.add(RowFactory.create(quoteRow(id, source, week, q, analysis), null, null));
                }
                for (ActorSentence s : analysis.mentions()) {
                    pending.add(RowFactory.create(null, mentionRow(id, source, week, s), null));
                }
            } catch (RuntimeException | StackOverflowError e) {
                String raw = text == null ? null : text.substring(0, Math.min(500, text.length()));
                String reason = e instanceof ArticleBudget.Timeout || e instanceof QuoteExtraction.UnsupportedScript
                        ? "quotes: " + e.getMessage() : "quotes: " + e.getClass().getSimpleName() + ": " + e.getMessage();
                pending.add(RowFactory.create(null, null, RowFactory.create(id, reason, raw)));
            }
        }
    }
}
