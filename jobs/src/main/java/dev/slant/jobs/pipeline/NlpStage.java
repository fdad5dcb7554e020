package dev.slant.jobs.pipeline;

import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.quotes.ArticlePass;
import dev.slant.jobs.quotes.SentimentModel;
import dev.slant.jobs.sentiment.EncoderSentiments;
import dev.slant.jobs.sentiment.QuoteSentiments;
import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The NLP stage (the `quotes` verb) over the warehouse's `articles` table: quotations with attribution and sentiment
 * (`quotes`), the sentences that name registered actors with the sentiment toward them (`mentions`), and a reject row
 * for each article that failed.
 * <p>
 * It is small named stages over one NLP pass per article ({@link #compute}): {@link ArticlePass} annotates each
 * article once and finds its quotes and its actor mentions from that one annotation, under one time budget per
 * article (`--article-timeout-ms`), in one mapPartitions; its rows (persisted) carry the sentences the scorers read,
 * so sentiment never annotates again: the encoder ({@link EncoderSentiments}) scores quotes and mentions together, one
 * pass per sentence, or the RNTN scores quotes ({@link QuoteSentiments}) and mentions ({@link Mentions}) by parsing
 * those sentences; with `--sentiment off` the rows are written as they are.
 * <p>
 * With a list of article ids only those articles are processed and their rows replace any earlier ones (incremental
 * runs); without, every article is processed and the tables are replaced whole. Either way re-running gives the same
 * tables. The ids of processed articles go to `nlp_articles` ({@link Tables#NLP_ARTICLES}), written last: a run killed after `quotes` was
 * swapped in but before `mentions` leaves its articles unmarked, so the next incremental run does them again.
 */
public final class NlpStage {
    /** The tables the stage writes. */
    public static final List<Table> WRITES = List.of(Tables.QUOTES, Tables.REJECTS, Tables.MENTIONS,
            Tables.NLP_ARTICLES);

    private NlpStage() {
    }

    public record Counts(long articles, long quotes, long mentions, long rejected, double seconds) {
        public String summary() {
            return String.format("quotes: %,d articles -> %,d quotes, %,d actor mentions, %,d articles rejected "
                    + "(%.1f s, %.2f articles/s)", articles, quotes, mentions, rejected, seconds,
                    articles / Math.max(seconds, 1e-9));
        }
    }

    /**
     * The stage's rows for these articles, not yet written: each read once by a write (or a count). The pass and the
     * encoder's scores are persisted; {@link #release} them once written.
     */
    public record Output(Dataset<Row> quotes, Dataset<Row> mentions, Dataset<Row> rejects, List<Dataset<Row>> persisted) {
        public void release() {
            persisted.forEach(Dataset::unpersist);
        }
    }

    /**
     * The rows of these articles (the `articles` table's rows): the one pass, then sentiment. Without
     * {@code o.sentiment()} nothing is scored and the sentiment columns of `quotes` and `mentions` stay null: who is
     * quoted, by whom and how often, at the least cost. With it, the encoder or CoreNLP's RNTN fills them, as
     * {@code o.sentimentModel()} says.
     */
    public static Output compute(Dataset<Row> articles, NlpStageOptions o) {
        Dataset<Row> pass = ArticlePass.process(articles, o.registry(), o.articleTimeoutMillis())
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> rejects = ArticlePass.rejectsOf(pass);
        if (!o.sentiment()) {
            return new Output(ArticlePass.quotesOf(pass), ArticlePass.mentionsOf(pass), rejects, List.of(pass));
        }
        if (o.sentimentModel() == SentimentModel.ENCODER) {
            Dataset<Row> scored = EncoderSentiments.score(pass).persist(StorageLevel.MEMORY_AND_DISK());
            return new Output(ArticlePass.quotesOf(scored), ArticlePass.mentionsOf(scored), rejects,
                    List.of(scored, pass));
        }
        return new Output(QuoteSentiments.score(ArticlePass.quotesOf(pass), o.articleTimeoutMillis()),
                Mentions.score(ArticlePass.mentionRowsOf(pass), o.articleTimeoutMillis()), rejects, List.of(pass));
    }

    /** Processes these articles (null: all) and writes their rows (see {@link #compute}). */
    public static Counts run(Warehouse wh, NlpStageOptions o, List<String> onlyArticleIds) {
        long t0 = System.nanoTime();
        Dataset<Row> articles = wh.read(Tables.ARTICLES);
        Dataset<Row> ids = onlyArticleIds == null ? null : articles.sparkSession()
                .createDataset(onlyArticleIds, Encoders.STRING()).toDF("article_id");
        if (ids != null) {
            articles = articles.join(ids, "article_id", "left_semi");
        }
        long n = articles.count();
        System.err.printf("quotes: %,d articles to process%n", n);

        Output out = compute(articles, o);
        Dataset<Row> quotes = out.quotes();
        wh.replace(Tables.QUOTES, keepOthers(wh, Tables.QUOTES, ids, quotes));
        Dataset<Row> rejects = out.rejects().persist(StorageLevel.MEMORY_AND_DISK());
        long rejected = rejects.count();
        if (rejected > 0 || wh.exists(Tables.REJECTS)) {
            Dataset<Row> earlier = wh.exists(Tables.REJECTS) ? wh.read(Tables.REJECTS) : null;
            if (earlier != null) {
                // An article's earlier NLP rejects are replaced by this run's verdict on it.
                Dataset<Row> ours = earlier.filter(col("stage").equalTo(Rejects.QUOTES));
                Dataset<Row> redone = ids == null ? ours : inColumnsOf(earlier, ours.join(ids, "article_id", "left_semi"));
                earlier = earlier.exceptAll(redone);
                wh.replace(Tables.REJECTS, earlier.unionByName(rejects));
            } else {
                wh.replace(Tables.REJECTS, rejects);
            }
        }
        rejects.unpersist();

        wh.replace(Tables.MENTIONS, keepOthers(wh, Tables.MENTIONS, ids, out.mentions()));
        out.release();
        // read only now: a warehouse without the marker yet derives it from the tables just written
        Dataset<Row> done = articles.select("article_id");
        wh.replace(Tables.NLP_ARTICLES, ids == null ? done
                : processed(wh).join(ids, "article_id", "left_anti").unionByName(done));
        long quoteRows = wh.read(Tables.QUOTES).count();
        long mentionRows = wh.read(Tables.MENTIONS).count();
        return new Counts(n, quoteRows, mentionRows, rejected, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * As {@link #run(Warehouse, NlpStageOptions, List)} over these articles in batches of {@code o.batchArticles()}, each
     * committed (all tables written, articles marked processed) before the next starts, so that a killed run, started
     * again, redoes at most one batch. Ids are taken in sorted order, so batches are the same on every run.
     */
    public static Counts runInBatches(Warehouse wh, NlpStageOptions o, List<String> articleIds) {
        int batchArticles = o.batchArticles();
        long t0 = System.nanoTime();
        if (articleIds.isEmpty() && wh.exists(Tables.QUOTES) && wh.exists(Tables.MENTIONS)
                && wh.exists(Tables.NLP_ARTICLES)) {
            System.err.println("quotes: no new articles; tables left as they are");
            return new Counts(0, wh.read(Tables.QUOTES).count(), wh.read(Tables.MENTIONS).count(), 0,
                    (System.nanoTime() - t0) / 1e9);
        }
        List<String> ids = articleIds.stream().sorted().toList();
        int batches = Math.max(1, (ids.size() + batchArticles - 1) / batchArticles);
        long articles = 0;
        long rejected = 0;
        Counts last = null;
        for (int b = 0; b < batches; b++) {
            List<String> batch = ids.subList(b * batchArticles, Math.min(ids.size(), (b + 1) * batchArticles));
            last = run(wh, o, batch);
            articles += last.articles();
            rejected += last.rejected();
            if (batches > 1) {
                double secs = (System.nanoTime() - t0) / 1e9;
                System.err.printf("quotes: batch %d/%d committed; %,d of %,d articles done (%.1f s, %.2f articles/s)%n",
                        b + 1, batches, articles, ids.size(), secs, articles / Math.max(secs, 1e-9));
            }
        }
        return new Counts(articles, last.quotes(), last.mentions(), rejected, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * Ids of the articles the stage has finished. Warehouses written before `nlp_articles` existed are read
     * from their tables: an article with a quote, a mention or an NLP reject was processed.
     */
    public static Dataset<Row> processed(Warehouse wh) {
        if (wh.exists(Tables.NLP_ARTICLES)) {
            return wh.read(Tables.NLP_ARTICLES);
        }
        Dataset<Row> ids = wh.read(Tables.ARTICLES).limit(0).select("article_id");
        for (Table table : List.of(Tables.QUOTES, Tables.MENTIONS)) {
            if (wh.exists(table)) {
                ids = ids.unionByName(wh.read(table).select("article_id"));
            }
        }
        if (wh.exists(Tables.REJECTS)) {
            ids = ids.unionByName(wh.read(Tables.REJECTS).filter(col("stage").equalTo(Rejects.QUOTES))
                    .select("article_id"));
        }
        return ids.distinct();
    }

    /** The new rows plus the stored rows of articles this run did not process. */
    private static Dataset<Row> keepOthers(Warehouse wh, Table table, Dataset<Row> ids, Dataset<Row> fresh) {
        if (ids == null || !wh.exists(table)) {
            return fresh;
        }
        return inColumnsOf(fresh, wh.read(table).join(ids, "article_id", "left_anti")).unionByName(fresh);
    }

    /** A join USING a key moves the key to the front; tables keep their contract's column order. */
    private static Dataset<Row> inColumnsOf(Dataset<Row> template, Dataset<Row> rows) {
        return rows.select(java.util.Arrays.stream(template.columns()).map(org.apache.spark.sql.functions::col)
                .toArray(org.apache.spark.sql.Column[]::new));
    }
}
