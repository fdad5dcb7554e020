package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who the tokens of a noun phrase refer to: a registered actor (by name, dated role or metonym), an unregistered
 * name widened to its fullest form in the article (with the NER's PERSON or ORGANIZATION where it ran), a pronoun's
 * antecedent in the {@link DiscourseHistory}, a description an earlier title resolves (`the governor`), or the
 * description itself.
 */
final class SpeakerResolver implements SpeakerRanker.Resolver {
    private final AnnotatedArticle a;
    private final ActorRegistry registry;
    private final AttributionContext ctx;
    private final NameForms names;
    private final NounPhrases phrases;
    private final NameRuns runs;
    private final DiscourseHistory history;

    SpeakerResolver(AttributionContext ctx, NounPhrases phrases, NameRuns runs, DiscourseHistory history) {
        this.a = ctx.article();
        this.registry = ctx.registry();
        this.ctx = ctx;
        this.names = ctx.names();
        this.phrases = phrases;
        this.runs = runs;
        this.history = history;
    }

    /** Who the tokens [s, e) of a sentence refer to. */
    @Override
    public Speaker resolve(Sentence sen, int s, int e, AttributionMethod method) {
        List<Token> t = sen.tokens();
        int cs = t.get(s).start();
        int ce = t.get(e - 1).end();
        String mention = a.text().substring(cs, ce);
        if (e - s == 1 && NounPhrases.isPronoun(t.get(s))) {
            Speaker ref = history.pronoun(t.get(s).lower(), cs);
            if (ref == null) {
                return new Speaker(mention, cs, ce, null, null, null, true, null, AttributionMethod.PRONOUN, 0.2);
            }
            return new Speaker(mention, cs, ce, ref.name(), ref.actorId(), ref.actorName(), ref.person(),
                    ref.gender(), AttributionMethod.PRONOUN, 0.7);
        }
        TokenSpan head = NameRuns.headName(t, s, e);
        ActorMatch best = registeredHead(t, cs, ce, head);
        if (best != null) {
            Actor act = registry.byId(best.actorId()).orElseThrow();
            AttributionMethod how = best.method().equals("role") ? AttributionMethod.ROLE
                    : best.method().equals("metonym") ? AttributionMethod.METONYM : method;
            double conf = how == AttributionMethod.ROLE ? 0.8 : how == AttributionMethod.METONYM ? 0.65 : 0.85;
            return ctx.speakerOf(act, mention, cs, ce, how, conf);
        }
        Speaker named = unregisteredName(sen, s, e, head, mention, method);
        return named != null ? named : described(mention, cs, ce, method);
    }

    /**
     * The registry match that heads the phrase at characters [cs, ce), or null: a person's name over a role over a
     * body's name, the later one on a tie; not a possessor (`Joe Biden's administration`), a name qualifying a noun
     * (`the Obama administration`) or a body before the person's own name (`White House press secretary Kayleigh
     * McEnany`).
     */
    private ActorMatch registeredHead(List<Token> t, int cs, int ce, TokenSpan head) {
        ActorMatch best = null;
        int bestRank = 0;
        for (ActorMatch m : a.actors()) {
            if (m.start() >= cs && m.end() <= ce && !names.namesake(m)) {
                boolean possessor = m.end() + 1 < a.text().length() && ce > m.end()
                        && (a.text().startsWith("'s", m.end()) || a.text().startsWith("’s", m.end()));
                if (possessor && !m.method().equals("role")) {
                    continue;
                }
                if (modifiesNoun(m, ce)) {
                    continue; // `the Obama administration`: the name qualifies the head noun
                }
                Actor act = registry.byId(m.actorId()).orElse(null);
                int rank = act == null ? 0 : m.method().equals("name") && act.isPerson() ? 4
                        : m.method().equals("role") ? 3 : m.method().equals("name") ? 2 : 1;
                if (rank > bestRank || (rank == bestRank && best != null && m.start() > best.start())) {
                    best = m;
                    bestRank = rank;
                }
            }
        }
        if (best != null && bestRank < 4 && head != null && t.get(head.from()).start() >= best.end()) {
            return null; // `White House press secretary Kayleigh McEnany`: the person, not the body
        }
        return best;
    }

    /**
     * An unregistered proper name in the phrase [s, e) of the sentence: the name tokens, widened to the fullest form
     * in the article (a registered actor when that form is one's); null when the phrase has no proper name.
     */
    private Speaker unregisteredName(Sentence sen, int s, int e, TokenSpan head, String mention,
                                     AttributionMethod method) {
        List<Token> t = sen.tokens();
        int cs = t.get(s).start();
        int ce = t.get(e - 1).end();
        List<Token> name = new ArrayList<>();
        TokenSpan run = head != null ? head : NameRuns.firstName(t, s, e);
        run = runs.trimOpening(t, run);
        boolean organisation = false; // the NER calls the name an ORGANIZATION (`Greenpeace`)
        if (run != null) {
            RecognisedName recognised = entityRun(sen, run, s, e);
            organisation = recognised != null && !recognised.person();
            if (recognised != null && recognised.person()) {
                run = runs.trimOpening(t, recognised.span());
            } else {
                run = NameRuns.widenOrganisation(t, run, s, e);
                if (recognised != null) {
                    run = new TokenSpan(Math.min(run.from(), recognised.span().from()),
                            Math.max(run.to(), recognised.span().to()));
                }
            }
            name.addAll(t.subList(run.from(), run.to()));
        }
        if (!name.isEmpty()) {
            String n = runs.hyphenated(a.text().substring(name.get(0).start(), name.get(name.size() - 1).end()),
                    name.get(name.size() - 1).end());
            String full = names.fullestName(n, cs);
            if (NameRuns.isDate(full)) {
                return null; // `In April, ...`: a date is no speaker's name
            }
            // a bare surname resolves to a registered actor only when the article gives no other full name for it
            // (`Johnson` after `Jeh Johnson` is not Boris Johnson)
            Optional<Actor> act = registry.resolveName(full).or(() -> registry.resolveName(n)
                    .filter(x -> full.equals(n) || NameForms.firstWord(x.name()).equals(NameForms.firstWord(full))));
            if (act.isPresent()) {
                return ctx.speakerOf(act.get(), mention, cs, ce, method, 0.85);
            }
            String gender = NameRuns.honorificGender(t, s, e);
            boolean person = !organisation && !NameRuns.isEnactment(full); // `the Civil Rights Act` is no one
            return new Speaker(mention, cs, ce, full, null, null, person, gender, method, 0.8);
        }
        return null;
    }

    /** A phrase without a proper name (`the governor`, `some residents`) at characters [cs, ce). */
    private Speaker described(String mention, int cs, int ce, AttributionMethod method) {
        // `the governor` after `Gov. Mike Pence`: the person an earlier title in the article gives the description
        String titled = TitleAntecedents.nameFor(a.text(), mention, cs);
        if (titled != null) {
            String full = names.fullestName(titled, cs);
            Optional<Actor> act = registry.resolveName(full).or(() -> registry.resolveName(titled));
            if (act.isPresent()) {
                return ctx.speakerOf(act.get(), mention, cs, ce, method, 0.7);
            }
            return new Speaker(mention, cs, ce, full, null, null, true, null, method, 0.65);
        }
        return new Speaker(mention, cs, ce, null, null, null, false, null, method, 0.5);
    }

    /** A name the NER recognised: a PERSON's or an ORGANIZATION's tokens. */
    private record RecognisedName(TokenSpan span, boolean person) {
    }

    /**
     * What the NER makes of the name run [run) of the phrase [s, e): a PERSON it holds or touches
     * (`European Council President Donald Tusk` → `Donald Tusk`; `Bill de Blasio` whole), or the person the phrase
     * names when the run is a place (`Gov. Earl Ray Tomblin of West Virginia`); an ORGANIZATION around it (`the
     * Congressional Budget Office`); null when the sentence was not recognised or the run is neither.
     */
    private RecognisedName entityRun(Sentence sen, TokenSpan run, int s, int e) {
        List<Token> t = sen.tokens();
        if (!t.get(run.from()).recognised()) {
            return null;
        }
        for (int k = run.to() - 1; k >= run.from(); k--) {
            TokenSpan person = TokenSpan.of(sen.entityAt(k, "PERSON"));
            if (person != null && !phrases.quoted(t, person) && person.size() <= 4 && NounPhrases.noCue(t, person)) {
                return new RecognisedName(person, true);
            }
        }
        for (int k = run.to() - 1; k >= run.from(); k--) {
            TokenSpan org = TokenSpan.of(sen.entityAt(k, "ORGANIZATION"));
            if (org != null && !phrases.quoted(t, org)) {
                return new RecognisedName(org, false);
            }
        }
        boolean place = false;
        for (int k = run.from(); k < run.to(); k++) {
            place |= t.get(k).isEntity("LOCATION");
        }
        if (place) {
            // the last person named in the phrase, not as a possessor (`Trump's running mate, Indiana` is no one)
            for (int k = Math.min(e, run.from()) - 1; k >= s; k--) {
                TokenSpan person = TokenSpan.of(sen.entityAt(k, "PERSON"));
                if (person != null && !phrases.quoted(t, person) && phrases.plausiblePerson(t, person)
                        && !(person.to() < t.size() && t.get(person.to()).word().matches("['’]s?"))) {
                    return new RecognisedName(person, true);
                }
            }
        }
        return null;
    }



    /** A person's name followed, inside the phrase, by a lower-case noun (`Obama administration`), not by `of`. */
    private boolean modifiesNoun(ActorMatch m, int phraseEnd) {
        int k = m.end();
        String text = a.text();
        while (k < phraseEnd && k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= phraseEnd || k >= text.length() || !Character.isLowerCase(text.charAt(k))) {
            return false;
        }
        if (text.startsWith("of ", k)) {
            return false; // `Chancellor Angela Merkel of Germany`: the place qualifies the person, who heads the phrase
        }
        return registry.byId(m.actorId()).map(Actor::isPerson).orElse(false) && m.method().equals("name");
    }
}
