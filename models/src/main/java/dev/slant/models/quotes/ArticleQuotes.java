package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;

import java.time.LocalDate;
import java.util.List;

/** The per-article entry point: text and date in, attributed quotations out. */
public final class ArticleQuotes {
    private ArticleQuotes() {
    }

    public static List<Quote> find(String text, LocalDate date, ActorRegistry registry) {
        return QuoteAttributor.attribute(ArticleAnnotator.annotate(text, date, registry), registry);
    }

    public static List<Quote> find(AnnotatedArticle article, ActorRegistry registry) {
        return QuoteAttributor.attribute(article, registry);
    }
}
