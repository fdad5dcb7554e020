package dev.slant.jobs.compare;

import java.util.List;

/**
 * Everything the compare stage can be told. Defaults are the documented ones; `with...` methods return a copy so a
 * notebook can tweak one knob: {@code CompareOptions.defaults().withMinCount(10)}.
 *
 * @param minCount          cells with fewer quotes are flagged low_count; sources/leans need this many scored quotes
 *                          of an actor to enter that actor's tests
 * @param topics            LDA k
 * @param countSyndicated   keep articles with duplicate_of set (by default syndicated copies count once)
 * @param actors            actor ids or names to keep (case-insensitive); empty = all registered actors
 * @param fromWeek          first ISO week kept (inclusive, `2021-W01`), null = open
 * @param toWeek            last ISO week kept (inclusive), null = open
 * @param resamples         bootstrap resamples per interval
 * @param permutations      permutations per pairwise mean test
 * @param seed              seed of every random choice (bootstrap, permutations, LDA)
 * @param q                 false discovery rate for `significant`
 * @param topWords          framing words kept per group
 * @param priorSize         α_0 of the Fightin' Words informative prior
 * @param wordMinDf         CountVectorizer minDF for framing words (documents)
 * @param topicVocab        LDA vocabulary cap
 * @param topicMinDf        LDA CountVectorizer minDF (documents)
 * @param topicIterations   LDA iterations
 * @param summaryActors     actors shown in the printed summary
 * @param trailingWeeks     weeks before each week whose quotes make the week-over-week "trailing" comparison
 * @param allowMixedModels  compare even when the quotes and mentions were scored by more than one sentiment model
 *                          (by default compare refuses: {@link SentimentModels})
 */
public record CompareOptions(int minCount, int topics, boolean countSyndicated, List<String> actors, String fromWeek,
                             String toWeek, int resamples, int permutations, long seed, double q, int topWords,
                             double priorSize, int wordMinDf, int topicVocab, int topicMinDf, int topicIterations,
                             int summaryActors, int trailingWeeks, boolean allowMixedModels) {

    public static final int DEFAULT_MIN_COUNT = 5;
    public static final int DEFAULT_TOPICS = 10;
    public static final int DEFAULT_TRAILING_WEEKS = 8;

    public CompareOptions {
        actors = actors == null ? List.of() : List.copyOf(actors);
        if (minCount < 1) {
            throw new IllegalArgumentException("min-count must be at least 1");
        }
        if (topics < 2) {
            throw new IllegalArgumentException("topics must be at least 2");
        }
        if (trailingWeeks < 1) {
            throw new IllegalArgumentException("trailing-weeks must be at least 1");
        }
    }

    public static CompareOptions defaults() {
        return new CompareOptions(DEFAULT_MIN_COUNT, DEFAULT_TOPICS, false, List.of(), null, null, 1000, 1000, 42L,
                0.05, 20, 1000.0, 2, 5000, 3, 40, 5, DEFAULT_TRAILING_WEEKS, false);
    }

    public CompareOptions withMinCount(int v) {
        return new CompareOptions(v, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations, seed,
                q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withTopics(int v) {
        return new CompareOptions(minCount, v, countSyndicated, actors, fromWeek, toWeek, resamples, permutations, seed,
                q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withCountSyndicated(boolean v) {
        return new CompareOptions(minCount, topics, v, actors, fromWeek, toWeek, resamples, permutations, seed,
                q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withActors(List<String> v) {
        return new CompareOptions(minCount, topics, countSyndicated, v, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withWeeks(String from, String to) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, from, to, resamples, permutations, seed,
                q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withResampling(int resamples, int permutations) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withSeed(long v) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                v, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withTopWords(int v) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, v, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withTopicModel(int vocab, int minDf, int iterations) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, vocab, minDf, iterations, summaryActors, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withSummaryActors(int v) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, v, trailingWeeks, allowMixedModels);
    }

    public CompareOptions withTrailingWeeks(int v) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors, v, allowMixedModels);
    }

    public CompareOptions withAllowMixedModels(boolean v) {
        return new CompareOptions(minCount, topics, countSyndicated, actors, fromWeek, toWeek, resamples, permutations,
                seed, q, topWords, priorSize, wordMinDf, topicVocab, topicMinDf, topicIterations, summaryActors,
                trailingWeeks, v);
    }
}
