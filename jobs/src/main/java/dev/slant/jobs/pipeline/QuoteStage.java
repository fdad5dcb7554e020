package dev.slant.jobs.pipeline;

import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.ArticleBudget;
import dev.slant.jobs.quotes.Quotes;
import dev.slant.jobs.sentiment.QuoteSentiments;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.storage.StorageLevel;

import java.util.List;

import static org.apache.spark.sql.functions.col;

/**
 * The NLP stage over the `articles` table: quotations with attribution and sentiment (`quotes`), the sentences that
 * name registered actors with the sentiment toward them (`mentions`), and a reject row for each article that failed.
 * With a list of article ids only those articles are processed and their rows replace any earlier ones (incremental
 * runs); without, every article is processed and the tables are replaced whole. Either way re-running gives the same
 * tables.
 */
public final class QuoteStage {
    private QuoteStage() {
    }

    public record Counts(long articles, long quotes, long mentions, long rejected, double seconds) {
        public String summary() {
            return String.format("quotes: %,d articles -> %,d quotes, %,d actor mentions, %,d articles rejected "
                    + "(%.1f s, %.2f articles/s)", articles, quotes, mentions, rejected, seconds,
                    articles / Math.max(seconds, 1e-9));
        }
    }

    public static Counts run(Warehouse wh, String actorsPath, List<String> onlyArticleIds) {
        return run(wh, actorsPath, onlyArticleIds, true);
    }

    /**
     * As {@link #run(Warehouse, String, List)}; without {@code sentiment} nothing is parsed and the sentiment columns
     * of `quotes` and `mentions` stay null: who is quoted, by whom and how often, at about a tenth of the cost.
     */
    public static Counts run(Warehouse wh, String actorsPath, List<String> onlyArticleIds, boolean sentiment) {
        long t0 = System.nanoTime();
        Dataset<Row> articles = wh.read("articles");
        Dataset<Row> ids = onlyArticleIds == null ? null : articles.sparkSession()
                .createDataset(onlyArticleIds, Encoders.STRING()).toDF("article_id");
        if (ids != null) {
            articles = articles.join(ids, "article_id", "left_semi");
        }
        long n = articles.count();
        System.err.printf("quotes: %,d articles to process%n", n);

        Dataset<Row> combined = Quotes.process(articles, actorsPath).persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> quotes = sentiment ? QuoteSentiments.score(Quotes.quotesOf(combined)) : Quotes.quotesOf(combined);
        wh.replace("quotes", keepOthers(wh, "quotes", ids, quotes));
        Dataset<Row> rejects = Quotes.rejectsOf(combined).persist(StorageLevel.MEMORY_AND_DISK());
        long rejected = rejects.count();
        if (rejected > 0 || wh.exists("rejects")) {
            Dataset<Row> earlier = wh.exists("rejects") ? wh.read("rejects") : null;
            if (earlier != null) {
                // An article's earlier NLP rejects are replaced by this run's verdict on it.
                Dataset<Row> ours = earlier.filter(col("input").equalTo("articles").and(col("reason").startsWith("quotes:")));
                Dataset<Row> redone = ids == null ? ours
                        : ours.join(ids.withColumnRenamed("article_id", "position"), "position", "left_semi");
                earlier = earlier.exceptAll(redone);
                wh.replace("rejects", earlier.unionByName(rejects));
            } else {
                wh.replace("rejects", rejects);
            }
        }
        combined.unpersist();
        rejects.unpersist();

        wh.replace(Mentions.TABLE, keepOthers(wh, Mentions.TABLE, ids, Mentions.find(articles, actorsPath,
                ArticleBudget.millis(), sentiment)));
        long quoteRows = wh.read("quotes").count();
        long mentionRows = wh.read(Mentions.TABLE).count();
        return new Counts(n, quoteRows, mentionRows, rejected, (System.nanoTime() - t0) / 1e9);
    }

    /** The new rows plus the stored rows of articles this run did not process. */
    private static Dataset<Row> keepOthers(Warehouse wh, String table, Dataset<Row> ids, Dataset<Row> fresh) {
        if (ids == null || !wh.exists(table)) {
            return fresh;
        }
        return wh.read(table).join(ids, "article_id", "left_anti").unionByName(fresh);
    }
}
