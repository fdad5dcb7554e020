package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.nlp.Interrupts;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The people and bodies an article names, outside quotation marks, as antecedents of the pronouns that follow:
 * registered actors (not a namesake), people a title marks (`Sen. David Perdue`) and people the NER finds (`Ryan
 * Ellis`). Seeded once per article, before any quotation is attributed.
 */
final class NamedAntecedents {
    /** Titles that mark the name after them as a person's (`Sen. David Perdue`). */
    private static final Set<String> PERSON_TITLES = Set.copyOf(List.of("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms",
            "Dr.", "Sen.", "Senator", "Rep.", "Representative", "Gov.", "Governor", "Gen.", "General", "President", "Secretary",
            "Minister", "Chairman", "Chairwoman", "Judge", "Justice", "Lt.", "Col.", "Adm.", "Sgt.", "Capt.", "Prof.",
            "Professor", "Mayor", "Ambassador", "Chancellor", "Premier", "spokesman", "spokeswoman", "spokesperson",
            "Speaker", "Director", "Commissioner", "Pope", "King", "Queen", "Prince", "Sir", "Dame", "Rev."));

    private final AttributionContext ctx;
    private final AnnotatedArticle a;
    private final NounPhrases phrases;
    private final DiscourseHistory history;
    private final NameRuns runs;

    private NamedAntecedents(AttributionContext ctx, NounPhrases phrases, DiscourseHistory history) {
        this.ctx = ctx;
        this.a = ctx.article();
        this.phrases = phrases;
        this.history = history;
        this.runs = new NameRuns(ctx);
    }

    /** A history holding the article's named people and bodies, sorted by position. */
    static DiscourseHistory seed(AttributionContext ctx, NounPhrases phrases) {
        DiscourseHistory history = new DiscourseHistory(ctx.article());
        NamedAntecedents named = new NamedAntecedents(ctx, phrases, history);
        named.addRegistered();
        named.addTitledPeople();
        named.addRecognisedPeople();
        history.sort();
        return history;
    }

    private void addRegistered() {
        ActorRegistry registry = ctx.registry();
        for (ActorMatch m : a.actors()) {
            if (!ctx.quoted().covers(m.start()) && !ctx.names().namesake(m)) {
                registry.byId(m.actorId()).ifPresent(act -> history.seed(m.start(), ctx.speakerOf(act,
                        m.surface(), m.start(), m.end(), AttributionMethod.ofMatch(m.method()), 0.9)));
            }
        }
    }

    /**
     * People outside the registry become pronoun antecedents when a title marks them as people (`Sen. David Perdue`,
     * `Mr. McKinley`, `Secretary General Ban Ki-moon`): without NER, a bare capitalised run could be a place.
     */
    private void addTitledPeople() {
        for (Sentence s : a.sentences()) {
            Interrupts.check();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size() - 1; i++) {
                String w = t.get(i).word();
                if (!PERSON_TITLES.contains(w) || ctx.quoted().covers(t.get(i))) {
                    continue;
                }
                int k = i + 1;
                while (k < t.size() && NounPhrases.TITLE_WORDS.contains(t.get(k).word())) {
                    k++;
                }
                int j = k;
                while (j < t.size() && j - k < 4 && t.get(j).isCapitalised()
                        && !NounPhrases.TITLE_WORDS.contains(t.get(j).word())
                        && (t.get(j).tag() == null || t.get(j).tagStarts("NNP"))) {
                    j++;
                }
                if (j == k || coveredByRegistry(t.get(k).start())) {
                    continue;
                }
                // `Secretary General Ban Ki-moon`: the name keeps the hyphenated tail the tokenizer split off
                String n = runs.hyphenated(a.text().substring(t.get(k).start(), t.get(j - 1).end()),
                        t.get(j - 1).end());
                String gender = w.startsWith("Mr") ? "male" : w.startsWith("Ms") || w.startsWith("Mrs") ? "female"
                        : null;
                history.seed(t.get(k).start(), new Speaker(n, t.get(k).start(), t.get(k).start() + n.length(),
                        ctx.names().fullestName(n, t.get(k).start()), null, null, true, gender,
                                AttributionMethod.NAME, 0.8));
                i = j - 1;
            }
        }
    }

    /**
     * People the NER finds (`Ryan Ellis`, `Jessica Ditto`), outside the registry and without a title, become pronoun
     * antecedents too: the recogniser tells a person from a place where the chunker could not.
     */
    private void addRecognisedPeople() {
        Set<Integer> known = history.positions();
        for (Sentence s : a.sentences()) {
            Interrupts.check();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                TokenSpan p = TokenSpan.of(s.entityAt(i, "PERSON"));
                if (p == null) {
                    continue;
                }
                i = p.to() - 1;
                int from = t.get(p.from()).start();
                if (ctx.quoted().covers(from) || known.contains(from) || !phrases.plausiblePerson(t, p)) {
                    continue;
                }
                String n = runs.hyphenated(a.text().substring(from, t.get(p.to() - 1).end()), t.get(p.to() - 1).end());
                int to = from + n.length();
                String full = ctx.names().fullestName(n, from);
                // `Clinton` that the registry leaves alone (two Clintons) is the article's fullest `Hillary Clinton`
                Optional<Actor> act = ctx.registry().resolveName(full);
                String gender = p.from() > 0 ? NameRuns.honorificGender(t, p.from() - 1, p.from()) : null;
                history.seed(from, act.isPresent() ? ctx.speakerOf(act.get(), n, from, to, AttributionMethod.NAME, 0.8)
                        : new Speaker(n, from, to, full, null, null, true, gender, AttributionMethod.NAME, 0.8));
            }
        }
    }

    private boolean coveredByRegistry(int pos) {
        for (ActorMatch m : a.actors()) {
            if (m.start() <= pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }
}
