package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;

import java.time.LocalDate;

/**
 * The per-article NLP pass shared by quotes and actor mentions: the article is annotated once (the cheap pass of
 * {@link ArticleAnnotator}), then one {@link QuoteAttributor} finds the sentences naming registered actors and the
 * attributed quotations over that annotation. Sentiment scorers then read the sentences this gives (see
 * {@link ArticleAnalysis#contextOf}) without annotating again.
 */
public final class ArticleNlp {
    private ArticleNlp() {
    }

    public static ArticleAnalysis analyse(String text, LocalDate date, ActorRegistry registry) {
        return analyse(ArticleAnnotator.annotate(text, date, registry), registry);
    }

    public static ArticleAnalysis analyse(AnnotatedArticle article, ActorRegistry registry) {
        return QuoteAttributor.analyse(article, registry, SpeakerModel.bundled());
    }
}
