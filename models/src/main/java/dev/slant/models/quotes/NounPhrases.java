package dev.slant.models.quotes;

import dev.slant.models.actors.ActorMatch;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Noun phrases over POS-tagged tokens, the candidates for a speaker: the phrase before a reporting verb (`presidential
 * spokesman Dmitry Peskov said`), after one (`said the Kremlin spokesman`), a name in apposition (`X, NAME,`). Without
 * a parser, a phrase is a run of nominal tokens that stops at quotation marks, clause breaks and determiners.
 */
final class NounPhrases {
    /** Words that open a new clause: a cue before them does not reach a quotation after them. */
    static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "but", "although", "though",
            "meanwhile", ";", "whilst");
    static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
    /** Capitalised words that are not a name (titles, bodies, days, sentence openers): `President` in `President Joe Biden`. */
    static final Set<String> TITLE_WORDS = Set.copyOf(List.of("President", "Vice", "Secretary", "Minister", "Foreign",
            "Defence", "Defense", "Prime", "Chancellor", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Sen.",
            "Senator", "Rep.", "Gov.", "Governor", "General", "Gen.", "Spokesman", "Spokeswoman", "State", "Press",
            "Deputy", "Ambassador", "Chief", "Director", "Leader", "Speaker", "Representative", "Judge", "Justice",
            "Attorney", "Adm.", "Col.", "Lt.", "Sgt.", "Capt.", "Prof.", "Professor", "Mayor", "King", "Queen",
            "Prince", "Pope", "Chairman", "Chairwoman", "Commissioner", "Officer", "Former", "Presidential",
            "Candidate", "Nominee", "Democrat", "Republican", "Sir", "Lord", "Lady", "Dame", "Rev.", "Reverend",
            "Pentagon", "Kremlin", "White", "House", "US", "U.S.", "UK", "EU", "UN", "U.N.", "NATO", "Ministry",
            "Department", "Office", "Secretary-General", "Governor-elect", "President-elect", "Senate", "Congress",
            "Mrs.", "Miss", "MP", "MPP", "MLA", "MNA", "Premier", "Councillor", "Coun.", "Const.", "Cpl.", "Supt.",
            "Insp.", "Det.", "Detective", "Sheriff", "Coach", "Organizer", "Organiser", "CEO", "Spokesperson", "Dean",
            "Sens.", "Reps.", "Chair", "Despite", "Like", "Unlike", "With", "Without", "Rival",
            "Billionaire", "Businessman", "Businesswoman", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
                    "Saturday", "Sunday", "The",
            "And", "But", "However", "Meanwhile", "While", "Although", "Though", "Since", "Because", "Also", "So",
                    "In", "On", "At", "For", "When", "After", "Before", "As", "If"));

    private final AttributionContext ctx;
    private final QuotedText quoted;

    NounPhrases(AttributionContext ctx) {
        this.ctx = ctx;
        this.quoted = ctx.quoted();
    }

    static boolean isPronoun(Token t) {
        return PRONOUNS.contains(t.lower());
    }

    static boolean isNpToken(Token t) {
        if (t.tag() == null) {
            return t.isCapitalised();
        }
        String g = t.tag();
        return g.startsWith("NN") || g.equals("PRP") || g.equals("DT") || g.startsWith("JJ") || g.equals("POS")
                || g.equals("PRP$") || g.equals("CD") || (g.equals("IN") && t.word().equals("of"))
                || (g.equals(".") && t.word().equals("."));
    }

    /** The noun phrase ending at token j: tokens to the left while nominal (`presidential spokesman Dmitry Peskov`). */
    TokenSpan backward(List<Token> t, int j) {
        int k = j;
        if (isPronoun(t.get(j))) {
            return new TokenSpan(j, j + 1);
        }
        while (k - 1 >= 0 && !quoted.covers(t.get(k - 1))
                && (isNpToken(t.get(k - 1)) || t.get(k - 1).word().equals("for")) && !CLAUSE_BREAKS.contains(t.get(k - 1).lower())
                && !isPronoun(t.get(k - 1)) && !t.get(k - 1).word().equals(".")) {
            Token prev = t.get(k - 1);
            // `the Brennan Center for Justice`: `of` or `for` between capitalised words stays inside a body's name
            if ((prev.word().equals("of") || prev.word().equals("for"))
                    && !(k - 2 >= 0 && t.get(k - 2).isCapitalised() && t.get(k).isCapitalised())) {
                break;
            }
            k--;
            if (prev.tagStarts("DT")) {
                break;
            }
        }
        return new TokenSpan(k, j + 1);
    }

    /** The noun phrase starting at token i, or null (`the Russian news agency TASS`, `his US counterpart`). */
    TokenSpan forward(List<Token> t, int i) {
        if (i >= t.size() || quoted.covers(t.get(i))) {
            return null;
        }
        if (isPronoun(t.get(i))) {
            return new TokenSpan(i, i + 1);
        }
        int k = i;
        while (k < t.size() && !quoted.covers(t.get(k)) && !t.get(k).word().equals(".")
                && !(k > i && isPronoun(t.get(k)))) {
            if (k > i && gluedHyphen(t, k)) {
                k += 2; // `the conservative-leaning Tax Foundation`: a hyphenated compound is one word of the phrase
                continue;
            }
            if (k > i && titlesJoined(t, k)) {
                k++; // `former Pennsylvania Gov. and DNC Chairman Ed Rendell`: two titles of the one person named
                continue;
            }
            if (!isNpToken(t.get(k))) {
                break;
            }
            Token tok = t.get(k);
            if (tok.word().equals("of") && !(k + 1 < t.size() && t.get(k + 1).isCapitalised() && k > i
                    && t.get(k - 1).isCapitalised())) {
                break;
            }
            if (k > i && tok.tagStarts("DT")) {
                break;
            }
            k++;
        }
        // `Mr.` is one token with its dot in CoreNLP; a sentence-final abbreviation is fine too
        return k > i ? new TokenSpan(i, k) : null;
    }

    /**
     * `and` at k joins two titles of one person when a title word stands before it and the capitalised words after it
     * end in a name (`Gov. and Democratic National Committee Chairman Ed Rendell`), not two people or bodies.
     */
    private boolean titlesJoined(List<Token> t, int k) {
        if (!t.get(k).lower().equals("and") || !TITLE_WORDS.contains(t.get(k - 1).word())
                || k + 1 >= t.size() || !t.get(k + 1).isCapitalised()) {
            return false;
        }
        TokenSpan rest = forward(t, k + 1);
        return rest != null && namedHead(t, rest) && !TITLE_WORDS.contains(t.get(rest.to() - 1).word());
    }

    /** A `-` written without spaces before a modifier (`Los Angeles-based`), which the tokenizer splits off. */
    private static boolean gluedHyphen(List<Token> t, int k) {
        return t.get(k).word().equals("-") && k + 1 < t.size() && t.get(k - 1).end() == t.get(k).start()
                && t.get(k).end() == t.get(k + 1).start() && (t.get(k + 1).tagStarts("JJ")
                || t.get(k + 1).tagStarts("VB")); // `-based`, `-leaning`; not a name's tail (`Park Geun-hye`)
    }

    /**
     * `X, NAME,` or `X, NAME` at sentence end: the proper name in apposition after position `end`; not a description
     * that only holds a name (`Dean, a former Democratic National Committee chairman,`: the committee is no one's name
     * for Dean).
     */
    TokenSpan apposition(List<Token> t, int end) {
        if (end + 1 < t.size() && t.get(end).word().equals(",")) {
            TokenSpan np = forward(t, end + 1);
            if (np != null && namedHead(t, np)) {
                return np;
            }
        }
        return null;
    }

    static boolean hasProperName(List<Token> t, TokenSpan span) {
        for (int k = span.from(); k < span.to(); k++) {
            Token tok = t.get(k);
            // `said Devine.`: the tagger may call a surname an adjective; the recogniser knows it for a person
            boolean proper = tok.tag() == null || (tok.isCapitalised() && tok.isEntity("PERSON"))
                    ? tok.isCapitalised() : tok.tagStarts("NNP");
            if (proper && !TITLE_WORDS.contains(tok.word())) {
                return true;
            }
        }
        return false;
    }

    /**
     * The phrase ends with a proper name (`Sen. Joe Lieberman`), not with a common noun that a name only qualifies or
     * possesses (`Carter's press secretary`, `A Twitter spokesman`): only the latter is a description a name in
     * apposition makes precise.
     */
    static boolean namedHead(List<Token> t, TokenSpan span) {
        return hasProperName(t, new TokenSpan(span.to() - 1, span.to()));
    }

    /** `LOS ANGELES (AP) —`, `WASHINGTON —`, or a bare number: a dateline or a figure, not a speaker. */
    static boolean isDateline(List<Token> t, TokenSpan np) {
        boolean caps = true;
        boolean numbers = true;
        for (int k = np.from(); k < np.to(); k++) {
            String w = t.get(k).word();
            if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                caps = false;
            }
            if (!t.get(k).tagStarts("CD")) {
                numbers = false;
            }
        }
        String after = np.to() < t.size() ? t.get(np.to()).word() : "";
        boolean datelineMark = after.equals("—") || after.equals("-") || after.equals("--") || after.equals("(")
                || after.equals("-LRB-") || after.equals(":");
        return (caps && (np.size() >= 2 || datelineMark)) || numbers;
    }

    private static final Set<String> DASHES = Set.of("—", "―", "–", "-", "--");

    /**
     * `PHILADELPHIA, July 25 (UPI) —`, `JACKSON, Miss. -`, `WASHINGTON ―`: the index just past a dateline that opens
     * the sentence (a place in capitals, then only its state, date and agency, up to a dash), or 0; the sentence's own
     * subject starts there, so the place is never taken for the speaker.
     */
    static int datelineEnd(List<Token> t) {
        if (t.isEmpty() || !allCapsWord(t.get(0).word())) {
            return 0;
        }
        for (int k = 1; k < Math.min(t.size() - 1, 12); k++) {
            Token tok = t.get(k);
            String w = tok.word();
            if (DASHES.contains(w)) {
                return k + 1;
            }
            boolean part = allCapsWord(w) || w.equals(",") || w.equals("(") || w.equals(")") || w.equals("-LRB-")
                    || w.equals("-RRB-") || tok.tagStarts("NNP") || tok.tagStarts("CD");
            if (!part) {
                return 0;
            }
        }
        return 0;
    }

    private static boolean allCapsWord(String w) {
        return w.length() >= 2 && Character.isLetter(w.charAt(0)) && w.equals(w.toUpperCase(Locale.ROOT))
                && !w.equals(w.toLowerCase(Locale.ROOT));
    }

    /** The phrase at k starts its clause (`Dmitry Peskov, the spokesman, said`, not `at Ground Zero, sources said`). */
    boolean beginsClause(List<Token> t, int k) {
        if (k == 0) {
            return true;
        }
        Token prev = t.get(k - 1);
        String w = prev.lower();
        return w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";") || quoted.covers(prev)
                || prev.word().matches("[\"“”'‘’]+");
    }

    /** Some token of the span lies inside quotation marks. */
    boolean quoted(List<Token> t, TokenSpan span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (quoted.covers(t.get(k))) {
                return true;
            }
        }
        return false;
    }

    /** No reporting verb inside the span (`Chris Christie Calls Hillary Clinton` in a headline). */
    static boolean noCue(List<Token> t, TokenSpan span) {
        for (int k = span.from(); k < span.to(); k++) {
            if (Cues.lemma(t.get(k).word()) != null) {
                return false;
            }
        }
        return true;
    }

    /** A registry role title inside tokens [span) (`said the Kremlin spokesman`), or null. */
    ActorMatch roleAt(Sentence sen, TokenSpan span) {
        int cs = sen.tokens().get(span.from()).start();
        int ce = sen.tokens().get(span.to() - 1).end();
        for (ActorMatch m : ctx.article().actors()) {
            if (m.method().equals("role") && m.start() >= cs && m.end() <= ce) {
                return m;
            }
        }
        return null;
    }

    /**
     * A PERSON span the attributor can trust: capitalised at its end, at most four words, no registered actor in it
     * (`Crooked Hillary Clinton` is the registry's), and no reporting verb (a headline's `Chris Christie Calls Hillary
     * Clinton` is not one name).
     */
    boolean plausiblePerson(List<Token> t, TokenSpan p) {
        if (p.size() > 4 || !t.get(p.to() - 1).isCapitalised()) {
            return false;
        }
        for (int k = p.from(); k < p.to(); k++) {
            if (registeredAt(t.get(k).start()) || Cues.lemma(t.get(k).word()) != null) {
                return false;
            }
        }
        return true;
    }

    /** A registry match that is not a namesake covers `pos` (`Ryan` in `Ryan Ellis` is no registry match). */
    private boolean registeredAt(int pos) {
        for (ActorMatch m : ctx.article().actors()) {
            if (m.start() <= pos && pos < m.end() && !ctx.names().namesake(m)) {
                return true;
            }
        }
        return false;
    }
}
