package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.actors.ActorRegistry;

/**
 * The one annotated document every attribution stage reads: the article, the actor registry, the article's name
 * forms and which characters are quoted. Stages keep their own state; this holds only what they share unchanged.
 */
record AttributionContext(AnnotatedArticle article, ActorRegistry registry, NameForms names, QuotedText quoted) {
    static AttributionContext of(AnnotatedArticle article, ActorRegistry registry) {
        return new AttributionContext(article, registry, new NameForms(article, registry, NounPhrases.TITLE_WORDS),
                new QuotedText(article));
    }

    String text() {
        return article.text();
    }

    /** A registered actor as the speaker of the mention at [cs, ce), named as fully as the article names it. */
    Speaker speakerOf(Actor act, String mention, int cs, int ce, AttributionMethod method, double conf) {
        return new Speaker(mention, cs, ce, names.fullestActorName(act), act.id(), act.name(), act.isPerson(),
                act.gender(), method, conf);
    }
}
