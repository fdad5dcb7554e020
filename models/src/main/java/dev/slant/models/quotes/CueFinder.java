package dev.slant.models.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reporting cues in a sentence and the speakers they name: `X said`/`X admits that` (subject-verb), `said X`
 * (verb-subject), `X, the spokesman, said` (apposition), `according to X`, and a participle's or coordinated verb's
 * clause subject. When a sentence has several cues, a reporting clause after the quotation (`"...", X announced`)
 * wins over a cue before it, except a relay by a news medium (`according to Europa Press`), which only counts when
 * nothing else names a speaker.
 */
final class CueFinder {
    /** Words between a subject and its reporting verb (`Peskov has also repeatedly said`). */
    private static final Set<String> SKIP_BEFORE_CUE = Set.copyOf(List.of("has", "have", "had", "will", "would",
            "did", "does", "do", "is", "was", "also", "not", "never", "then", "again", "recently", "previously",
            "already", "has", "just", "repeatedly", "once", "later", "earlier", "further", "publicly", "privately",
            "reportedly", "flatly", "strongly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
            "sunday", "yesterday", "today", "tonight", "on", "firmly", "clearly", "been", "could", "should", "may",
            "might", "can", "had", "n't", "'s", "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
            "ago", "even", "still", "too", "officially", "specifically", "explicitly", "openly", "bluntly"));
    private static final Pattern MEDIA = Pattern.compile(
            "(?i)\\b(news agency|agency|media|press|newspaper|reports?|reporting|reuters|ap|afp|tass|interfax|ria|"
                    + "bloomberg|cnn|bbc|times|post|journal|television|tv|outlet|website|magazine|daily|sources?|"
                    + "polls?|survey|data|figures|statistics|study|analysis|estimates?)\\b");

    /**
     * Nouns of saying whose possessor is the source of the `that` clause after them: `Donald Trump's claim that there
     * have been "thousands of shootings"` quotes Trump, whoever rates the claim.
     */
    private static final Set<String> SAYING_NOUNS = Set.copyOf(List.of("claim", "claims", "statement", "statements",
            "assertion", "assertions", "warning", "warnings", "promise", "promises", "argument", "arguments",
            "insistence", "suggestion", "suggestions", "contention", "allegation", "allegations", "accusation",
            "accusations", "prediction", "predictions", "pledge", "vow", "remark", "remarks", "comment", "comments",
            "assurance", "assurances", "admission", "boast", "declaration", "announcement", "complaint", "insinuation",
            "charge", "charges", "threat", "explanation", "denial", "acknowledgment", "acknowledgement"));
    /** A parenthesis between a subject and its verb longer than this (in tokens) is no label (`(R-Utah)`). */
    private static final int MAX_LABEL = 6;
    /** A relative clause between a subject and its verb longer than this (in tokens) is not read as one. */
    private static final int MAX_RELATIVE = 30;
    private static final Set<String> RELATIVES = Set.of("who", "which", "whose");
    /** A `that` clause longer than this (in tokens, up to the quotation) is not read as the noun's content. */
    private static final int MAX_CONTENT_LEAD = 20;
    /**
     * Conjunctions that only open a subordinate clause: not `as` (`as Trump said` reports), nor `after`, `before`,
     * `since`, `until`, which are as often prepositions (`hours after the debate`).
     */
    private static final Set<String> SUBORDINATORS = Set.of("when", "whenever", "because", "if", "unless", "whether");
    /** A cue and the speaker it names for one quotation, scored against the sentence's other cues. */
    record CuedSpeaker(Cue cue, Speaker speaker, double score) {
    }

    private final QuotedText quoted;
    private final NounPhrases phrases;
    private final SpeakerResolver resolver;

    CueFinder(AttributionContext ctx, NounPhrases phrases, SpeakerResolver resolver) {
        this.quoted = ctx.quoted();
        this.phrases = phrases;
        this.resolver = resolver;
    }

    CuedSpeaker bestCue(Sentence s, MarkedSpan m) {
        List<Token> t = s.tokens();
        CuedSpeaker possessor = possessorOfSaying(s, m);
        if (possessor != null) {
            return possessor;
        }
        CuedSpeaker best = null;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (quoted.covers(tok)) {
                continue;
            }
            Cue cue = cueAt(t, i);
            if (cue == null) {
                continue;
            }
            boolean after = tok.start() >= m.end();
            if (!after && breakBetween(t, i + 1, m.openMark())) {
                continue;
            }
            if (after && breakBetweenAfter(t, m.end(), i)) {
                continue;
            }
            Speaker sp = cue.accordingTo() ? accordingTo(s, cue) : speakerOfVerb(s, cue);
            if (sp == null) {
                continue;
            }
            double score = after ? 3.0 : 2.0;
            int distance = Math.abs(after ? tok.start() - m.end() : m.openMark() - tok.end());
            score -= Math.min(0.9, distance / 400.0);
            if (MEDIA.matcher(sp.mention()).find() && sp.actorId() == null) {
                score -= 2.5;
            }
            if (!sp.known()) {
                score -= 0.5;
            }
            CuedSpeaker c = new CuedSpeaker(cue, sp, score);
            if (best == null || c.score() > best.score()) {
                best = c;
            }
        }
        return best;
    }

    /**
     * `Politifact rated Donald Trump's claim that there have been "thousands of shootings"`: a quotation inside the
     * `that` clause of a noun of saying is the possessor's, the clause running from `that` to the quotation with no
     * clause break, reporting verb or other quotation in between; null when the quotation is not in such a clause.
     */
    CuedSpeaker possessorOfSaying(Sentence s, MarkedSpan m) {
        List<Token> t = s.tokens();
        int q = 0;
        while (q < t.size() && t.get(q).end() <= m.openMark()) {
            q++;
        }
        if (q < 1 || q >= t.size() || t.get(q - 1).lower().equals("as")) {
            return null; // `describing Mr. Obama's statement that he opposed the war as "a fairy tale"`: the describer's
        }
        int finiteVerbs = 0; // a second finite verb closes the `that` clause: `Rubio's claim that Cruz is … is "…"`
        for (int th = q - 1; th >= 3 && th >= q - MAX_CONTENT_LEAD; th--) {
            Token tok = t.get(th);
            if (quoted.covers(tok) || NounPhrases.CLAUSE_BREAKS.contains(tok.lower()) || tok.word().equals(".")
                    || cueAt(t, th) != null) {
                return null;
            }
            if (finite(tok) && !(t.get(th - 1).tagStarts("VB") || t.get(th - 1).tagStarts("MD"))
                    && ++finiteVerbs > 1) {
                return null;
            }
            if (!tok.lower().equals("that") || !SAYING_NOUNS.contains(t.get(th - 1).lower())
                    || !t.get(th - 2).word().matches("['’]s?")) {
                continue;
            }
            int owner = th - 3;
            if (quoted.covers(t.get(owner)) || !NounPhrases.hasProperName(t, new TokenSpan(owner, owner + 1))) {
                return null;
            }
            TokenSpan np = phrases.backward(t, owner);
            Speaker sp = resolver.resolve(s, np.from(), np.to(), AttributionMethod.POSSESSOR);
            if (sp == null || !sp.known()) {
                return null;
            }
            Token noun = t.get(th - 1);
            return new CuedSpeaker(Cue.verb(noun.word(), th - 1, noun.start(), noun.end()), sp, 4.0);
        }
        return null;
    }

    private static boolean finite(Token tok) {
        return tok.tagStarts("VBZ") || tok.tagStarts("VBD") || tok.tagStarts("VBP") || tok.tagStarts("MD");
    }

    Cue cueAt(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = tok.lower();
        if (w.equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
            return new Cue("according to", i + 1, tok.start(), t.get(i + 1).end(), Cue.Kind.ACCORDING_TO);
        }
        String lemma = Cues.lemma(tok.word());
        if (lemma == null || (tok.tag() != null && !tok.tagStarts("VB"))) {
            return null;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        switch (lemma) {
            case "point":
                if (!next.equals("to") && !next.equals("out")) {
                    return null;
                }
                return Cue.verb(tok.word() + " " + t.get(i + 1).word(), i, tok.start(), t.get(i + 1).end());
            case "speak":
                if (!next.equals("of") && !next.equals("about")) {
                    return null;
                }
                return Cue.verb(tok.word() + " " + t.get(i + 1).word(), i, tok.start(), t.get(i + 1).end());
            case "refer":
                if (!next.equals("to")) {
                    return null;
                }
                return Cue.verb(tok.word() + " to", i, tok.start(), t.get(i + 1).end());
            default:
                return Cue.verb(tok.word(), i, tok.start(), tok.end());
        }
    }

    /** A new clause between a cue before the quote and the quote (`Moscow expects ..., while Washington will "..."`). */
    private boolean breakBetween(List<Token> t, int from, int quoteOpen) {
        for (int j = from; j < t.size() && t.get(j).start() < quoteOpen; j++) {
            if (!quoted.covers(t.get(j)) && NounPhrases.CLAUSE_BREAKS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A new clause between the quotation and a cue after it: a clause break, or a subordinating conjunction (`"That
     * makes me smart," when Clinton blasted him`: Clinton's verb reports no quotation of hers).
     */
    private boolean breakBetweenAfter(List<Token> t, int quoteEnd, int cueIndex) {
        for (int j = cueIndex - 1; j >= 0 && t.get(j).start() >= quoteEnd; j--) {
            String w = t.get(j).lower();
            if (NounPhrases.CLAUSE_BREAKS.contains(w) || w.equals(".") || SUBORDINATORS.contains(w)) {
                return true;
            }
        }
        return false;
    }

    Speaker accordingTo(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int i = cue.tokenIndex() + 1;
        TokenSpan np = phrases.forward(t, i);
        if (np == null) {
            return null;
        }
        TokenSpan app = phrases.apposition(t, np.to());
        if (app != null && !NounPhrases.namedHead(t, np)) {
            return resolver.resolve(s, app.from(), app.to(), AttributionMethod.ACCORDING_TO);
        }
        TokenSpan author = authorOf(t, np);
        if (author != null) {
            return resolver.resolve(s, author.from(), author.to(), AttributionMethod.ACCORDING_TO);
        }
        return resolver.resolve(s, np.from(), np.to(), AttributionMethod.ACCORDING_TO);
    }

    /**
     * `according to a report from the SITE Intelligence Group`, `a recent poll by RealClearPolitics`: a source without
     * a name of its own (a report, a poll, data) stands for the named body or person who made it, after `by`/`from`.
     */
    private TokenSpan authorOf(List<Token> t, TokenSpan np) {
        if (NounPhrases.hasProperName(t, np) || np.to() + 1 >= t.size()) {
            return null;
        }
        String w = t.get(np.to()).lower();
        if (!w.equals("by") && !w.equals("from")) {
            return null;
        }
        TokenSpan next = phrases.forward(t, np.to() + 1);
        return next != null && NounPhrases.hasProperName(t, next) ? next : null;
    }

    Speaker speakerOfVerb(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int i = cue.tokenIndex();
        int j = i - 1;
        while (j >= 0 && !quoted.covers(t.get(j)) && (SKIP_BEFORE_CUE.contains(t.get(j).lower())
                || t.get(j).tagStarts("RB") || t.get(j).tagStarts("MD"))) {
            j--;
        }
        // `Peskov admits, however, that`: skip a comma-enclosed adverb
        if (j >= 2 && t.get(j).word().equals(",") && t.get(j - 1).tagStarts("RB") && t.get(j - 2).word().equals(",")) {
            j -= 3;
        }
        j = beforeLabel(t, j);
        if (j >= 0 && !quoted.covers(t.get(j)) && NounPhrases.isNpToken(t.get(j))) {
            TokenSpan np = phrases.backward(t, j);
            // `Dmitry Peskov, the Kremlin spokesman, said`: the name before the apposition
            if (!NounPhrases.namedHead(t, np) && np.from() >= 2 && t.get(np.from() - 1).word().equals(",")) {
                int k = np.from() - 2;
                if (k >= 0 && NounPhrases.isNpToken(t.get(k)) && !quoted.covers(t.get(k))) {
                    TokenSpan name = phrases.backward(t, k);
                    if (NounPhrases.hasProperName(t, name) && phrases.beginsClause(t, name.from())) {
                        return resolver.resolve(s, name.from(), name.to(), AttributionMethod.APPOSITION);
                    }
                }
            }
            return resolver.resolve(s, np.from(), np.to(), AttributionMethod.SUBJECT_VERB);
        }
        // `Steven Cheung, a campaign spokesman, said`, `Brian Fallon, a spokesman for the Clinton campaign, said`
        if (j >= 3 && t.get(j).word().equals(",") && NounPhrases.isNpToken(t.get(j - 1))
                && !quoted.covers(t.get(j - 1))) {
            TokenSpan role = phrases.backward(t, j - 1);
            TokenSpan head = role;
            int opening = Appositions.descriptionOpening(t, j, quoted.mask());
            if (opening >= 1 && opening < role.from() - 1) {
                // the description with its qualifier; its head is what comes before the qualifier
                role = new TokenSpan(opening + 1, j);
                head = new TokenSpan(opening + 1, Appositions.qualifierStart(t, opening + 1, j));
            }
            if (role.from() >= 2 && t.get(role.from() - 1).word().equals(",")
                    && NounPhrases.isNpToken(t.get(role.from() - 2))) {
                TokenSpan name = phrases.backward(t, role.from() - 2);
                if (NounPhrases.hasProperName(t, name) && !NounPhrases.namedHead(t, head)
                        && phrases.beginsClause(t, name.from())) {
                    return resolver.resolve(s, name.from(), name.to(), AttributionMethod.APPOSITION);
                }
            }
        }
        // `Ann Compton, who covered the White House for 40 years for ABC News, said`: the phrase before the clause
        int relative = j >= 3 && t.get(j).word().equals(",") ? relativeOpening(t, j) : -1;
        if (relative >= 1 && NounPhrases.isNpToken(t.get(relative - 1)) && !quoted.covers(t.get(relative - 1))) {
            TokenSpan subject = phrases.backward(t, relative - 1);
            if (phrases.beginsClause(t, subject.from()) && !NounPhrases.isDateline(t, subject)) {
                return resolver.resolve(s, subject.from(), subject.to(), AttributionMethod.SUBJECT_VERB);
            }
        }
        boolean inverted = j < 0 || quoted.covers(t.get(j)) || t.get(j).word().equals(",");
        // `..., X told AFP`: the noun phrase after `tell` is the listener, not the speaker
        boolean addressee = Set.of("tell", "inform", "assure", "warn", "remind", "urge", "ask")
                .contains(Cues.lemma(t.get(i).word()));
        if (inverted && !addressee && i + 1 < t.size()) {
            TokenSpan np = phrases.forward(t, i + 1);
            boolean clauseFollows = np != null && np.to() < t.size()
                    && (t.get(np.to()).tagStarts("VB") || t.get(np.to()).tagStarts("MD"));
            if (np != null && !t.get(np.from()).lower().equals("that") && !clauseFollows) {
                TokenSpan app = phrases.apposition(t, np.to());
                if (app != null && !NounPhrases.namedHead(t, np)) {
                    return resolver.resolve(s, app.from(), app.to(), AttributionMethod.VERB_SUBJECT);
                }
                if (NounPhrases.hasProperName(t, np) || NounPhrases.isPronoun(t.get(np.from()))
                        || phrases.roleAt(s, np) != null) {
                    return resolver.resolve(s, np.from(), np.to(), AttributionMethod.VERB_SUBJECT);
                }
            }
        }
        // participle or coordinated verb (`..., pointing to`, `..., and spoke of`, `… but said the group could`): the
        // clause's subject; a `but` right before the verb joins two verbs of one subject, it opens no clause
        boolean butVerb = j >= 1 && j == i - 1 && t.get(j).lower().equals("but");
        if (j >= 0 && (t.get(j).word().equals(",") || t.get(j).lower().equals("and") || butVerb)
                || t.get(i).tagStarts("VBG")) {
            Speaker sub = clauseSubject(s, butVerb ? t.get(j).start() : t.get(i).start());
            if (sub != null) {
                return sub.withMethod(sub.method() == AttributionMethod.PRONOUN ? AttributionMethod.PRONOUN
                        : AttributionMethod.SUBJECT_VERB, 0.7);
            }
        }
        return null;
    }

    /**
     * The comma that opens a relative clause (`, who …` / `, which …`) closed by the comma at `close`, or -1: no
     * quotation mark, clause break or second relative pronoun in between.
     */
    private int relativeOpening(List<Token> t, int close) {
        for (int k = close - 2; k >= 1 && k >= close - MAX_RELATIVE; k--) {
            Token tok = t.get(k);
            if (quoted.covers(tok) || NounPhrases.CLAUSE_BREAKS.contains(tok.lower())) {
                return -1;
            }
            if (RELATIVES.contains(tok.lower())) {
                return t.get(k - 1).word().equals(",") && k - 1 >= 1 ? k - 1 : -1;
            }
        }
        return -1;
    }

    /**
     * `Rep. Jason Chaffetz (R-Utah) said`: the token before a short parenthesis that closes at j (a party label, an
     * age), or j itself when no parenthesis closes there.
     */
    private int beforeLabel(List<Token> t, int j) {
        if (j < 2 || quoted.covers(t.get(j)) || !(t.get(j).word().equals(")") || t.get(j).word().equals("-RRB-"))) {
            return j;
        }
        for (int k = j - 1; k >= 1 && k >= j - MAX_RELATIVE; k--) {
            String w = t.get(k).word();
            // a party label or an age (`(R-Utah)`, `(63)`), or a relative clause (`Kasich (who has 25 delegates)`)
            if (w.equals("(") || w.equals("-LRB-")) {
                return j - k <= MAX_LABEL || RELATIVES.contains(t.get(k + 1).lower()) ? k - 1 : j;
            }
            if (w.equals(")") || w.equals("-RRB-") || quoted.covers(t.get(k))) {
                return j;
            }
        }
        return j;
    }

    /** The subject of the clause that contains position `pos`: after the last clause break, past an introduction. */
    Speaker clauseSubject(Sentence s, int pos) {
        List<Token> t = s.tokens();
        int from = NounPhrases.datelineEnd(t);
        for (int j = from; j < t.size() && t.get(j).start() < pos; j++) {
            if (!quoted.covers(t.get(j)) && NounPhrases.CLAUSE_BREAKS.contains(t.get(j).lower())) {
                from = j + 1;
            }
        }
        // `"...," Senator Jeff Sessions told AFP`: the clause starts after the quotation
        while (from < t.size() && t.get(from).start() < pos && (quoted.covers(t.get(from))
                || t.get(from).word().equals(","))) {
            from++;
        }
        // skip an introduction ending with a comma: `For his part,` `On the other hand,` `Indeed,`
        int limit = Math.min(t.size(), from + 7);
        for (int j = from; j < limit; j++) {
            if (t.get(j).word().equals(",")) {
                Token first = t.get(from);
                if (first.tagStarts("IN") || first.tagStarts("RB") || first.tagStarts("CC")
                        || first.lower().equals("indeed")) {
                    from = j + 1;
                }
                break;
            }
        }
        if (from >= t.size() || quoted.covers(t.get(from)) || !NounPhrases.isNpToken(t.get(from))
                || t.get(from).start() >= pos) {
            return null;
        }
        TokenSpan np = phrases.forward(t, from);
        if (np == null || NounPhrases.isDateline(t, np)) {
            return null;
        }
        // `A top strategist, John Weaver, said`: the name in apposition, not the description
        TokenSpan app = phrases.apposition(t, Appositions.pastQualifier(t, np.to(), quoted.mask()));
        if (app != null && !NounPhrases.namedHead(t, np) && app.to() < t.size()
                && t.get(app.to()).word().equals(",")
                && t.get(app.from()).start() < pos) {
            return resolver.resolve(s, app.from(), app.to(), AttributionMethod.APPOSITION);
        }
        Speaker sp = resolver.resolve(s, np.from(), np.to(), AttributionMethod.SUBJECT_VERB);
        return sp;
    }
}
