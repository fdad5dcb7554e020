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

    /** The quotations found with this speaker model (null: the rules alone), e.g. to compare models on gold. */
    public static List<Quote> find(String text, LocalDate date, ActorRegistry registry, SpeakerModel model) {
        return QuoteAttributor.attribute(ArticleAnnotator.annotate(text, date, registry), registry, model, null);
    }

    /**
     * The candidate speakers of each quotation in marks, as the rules alone see them (their pick is the `chosen`
     * one and a feature): what `./slant train speakers` learns from.
     */
    public static List<CandidateSet> candidates(String text, LocalDate date, ActorRegistry registry) {
        List<CandidateSet> out = new java.util.ArrayList<>();
        QuoteAttributor.attribute(ArticleAnnotator.annotate(text, date, registry), registry, null, out::add);
        return out;
    }
}
