package dev.slant.models.quotes;

import java.util.List;

/**
 * One article after the NLP pass ({@link ArticleNlp#analyse}): the annotation, the quotations found in it and the
 * sentences naming registered actors, all from that one annotation.
 */
public record ArticleAnalysis(AnnotatedArticle article, List<Quote> quotes, List<ActorSentence> mentions) {
    /**
     * The sentence or run of sentences holding a quotation (its first character's sentence to its last one's),
     * widened to the quote's own span where the splitter's sentences do not cover it: what a sentence-level scorer
     * reads the quotation in. Null when the quote's offsets do not fit the article or it has no sentences.
     */
    public TextSpan contextOf(Quote q) {
        AnnotatedArticle a = article;
        if (q.charStart() < 0 || q.charEnd() > a.text().length() || q.charEnd() <= q.charStart()
                || a.sentences().isEmpty()) {
            return null;
        }
        Sentence first = a.sentences().get(a.sentenceAt(q.charStart()));
        Sentence last = a.sentences().get(a.sentenceAt(q.charEnd() - 1));
        return new TextSpan(Math.min(first.start(), q.charStart()), Math.max(last.end(), q.charEnd()));
    }
}
