package dev.slant.models.quotes;

import dev.slant.models.actors.ActorMatch;
import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.List;

/**
 * The sentences that name registered actors (by name, alias, dated role or metonym) and those whose subject is a
 * pronoun resolved to one (see {@link ActorMentions}).
 */
record ActorMentionFinder(AnnotatedArticle article, CueFinder cues, DiscourseHistory history) {
    /**
     * The article's actor sentences. Adds each resolved subject pronoun to the history as an antecedent; reads no
     * quotation state.
     */
    List<ActorSentence> find() {
        List<ActorSentence> out = new ArrayList<>();
        List<ActorMatch> matches = article.actors();
        int mi = 0;
        for (Sentence s : article.sentences()) {
            Interrupts.check();
            String text = article.text().substring(s.start(), s.end());
            while (mi < matches.size() && matches.get(mi).start() < s.start()) {
                mi++;
            }
            for (int k = mi; k < matches.size() && matches.get(k).start() < s.end(); k++) {
                ActorMatch m = matches.get(k);
                out.add(new ActorSentence(s.index(), s.start(), s.end(), text, m.actorId(), m.actorName(), m.start(),
                        m.end(), m.surface(), MentionMethod.of(m.method())));
            }
            // only a pronoun subject adds a mention: a sentence without a pronoun is not resolved at all (resolving
            // every sentence's subject cost as much again as finding the article's quotes)
            if (s.tokens().stream().anyMatch(NounPhrases::isPronoun)) {
                Speaker sub = cues.clauseSubject(s, s.end());
                if (sub != null && sub.method() == AttributionMethod.PRONOUN && sub.actorId() != null) {
                    out.add(new ActorSentence(s.index(), s.start(), s.end(), text, sub.actorId(), sub.actorName(),
                            sub.start(), sub.end(), sub.mention(), MentionMethod.PRONOUN));
                    history.add(sub.start(), sub);
                }
            }
        }
        return out;
    }
}
