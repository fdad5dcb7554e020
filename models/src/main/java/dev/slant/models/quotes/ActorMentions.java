package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;

import java.util.List;

/** Per sentence, the actors it names (by name, alias or dated role) and subject pronouns resolved to actors. */
public final class ActorMentions {
    private ActorMentions() {
    }

    public static List<ActorSentence> find(AnnotatedArticle article, ActorRegistry registry) {
        return QuoteAttributor.mentions(article, registry);
    }
}
