package dev.slant.jobs.compare;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What a compare run produced: the tables (as written to the warehouse, or as computed when no warehouse was given)
 * and the counts that explain what was left out.
 */
public record CompareResult(Dataset<Row> cells, Dataset<Row> tests, Dataset<Row> words, Dataset<Row> topics,
                            Dataset<Row> topicTerms, Dataset<Row> articleStance, Counts counts) {

    /**
     * @param articles           articles counted (after week range and syndication rule)
     * @param syndicatedExcluded articles left out as syndicated copies (0 with --count-syndicated)
     * @param quotes             quotes of counted articles
     * @param actorQuotes        of those, attributed to a registered actor passing --compare-actors
     * @param mentions           actor mentions of counted articles passing --compare-actors
     * @param orphanQuotes       quotes whose article_id is not in the articles table (ignored, reported)
     * @param sentimentModel     the `sentiment_model`(s) of the compared quotes and mentions
     *                           ({@link SentimentModels#describe()})
     */
    public record Counts(long articles, long syndicatedExcluded, long quotes, long actorQuotes, long mentions,
                         long orphanQuotes, String sentimentModel) {
    }
}
