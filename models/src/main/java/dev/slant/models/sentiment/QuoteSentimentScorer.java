package dev.slant.models.sentiment;

import java.util.List;

/**
 * Sentiment of a quotation by CoreNLP's RNTN (shift-reduce parser, binarized trees). A quote of several sentences
 * gets the token-length weighted mean of its sentences' distributions, so a long sentence counts more than a short
 * "he said." A partial quote (a fragment) is scored as the fragment it is: the parser makes a tree of whatever
 * phrase it is given. Thread-safe; the CoreNLP pipeline is built once per JVM on first use.
 */
public final class QuoteSentimentScorer {
    private final SentimentAnalyzer analyzer;

    public QuoteSentimentScorer() {
        this(SentimentAnalyzer.shiftReduce());
    }

    public QuoteSentimentScorer(SentimentAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public Sentiment score(String text) {
        return combine(analyzer.analyze(text));
    }

    /** Token-weighted mean of the parsed sentences' root distributions; unscored when none was parsed. */
    public static Sentiment combine(List<AnalyzedSentence> sentences) {
        double[] sum = new double[5];
        double weight = 0;
        for (AnalyzedSentence s : sentences) {
            double[] root = s.rootProbs();
            if (root == null) {
                continue;
            }
            int w = s.tokens().size();
            for (int i = 0; i < sum.length; i++) {
                sum[i] += w * root[i];
            }
            weight += w;
        }
        if (weight == 0) {
            return Sentiment.unscored();
        }
        for (int i = 0; i < sum.length; i++) {
            sum[i] /= weight;
        }
        return Sentiment.of(sum);
    }
}
