package dev.slant.models.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reported speech without quotation marks in one sentence: `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X,
 * CLAUSE`, `CLAUSE, according to X`; several in one sentence when each has its own cue.
 */
record UnmarkedSpeech(AnnotatedArticle article, NounPhrases phrases, CueFinder cues, DiscourseHistory history) {
    private static final Set<String> QUOTE_TOKENS = Set.of("''", "``", "\"", "\u201C", "\u201D");

    /** `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`, `CLAUSE, according to X`. */
    List<Quote> in(Sentence s) {
        List<Quote> out = new ArrayList<>();
        List<Token> t = s.tokens();
        if (!s.tagged() || t.size() < 5) {
            return out;
        }
        int from = 0;
        while (from < t.size()) {
            Found found = indirectFrom(s, from);
            if (found == null) {
                break;
            }
            out.add(found.quote());
            from = found.resumeAt();
        }
        return out;
    }

    /** An indirect quotation and the token where to look for another one in its sentence. */
    private record Found(Quote quote, int resumeAt) {
    }

    /** The first indirect quotation whose cue is at token `from` or later, or null. */
    private Found indirectFrom(Sentence s, int from) {
        List<Token> t = s.tokens();
        int endTok = t.size();
        // the final stop, and an opening mark of the next sentence's quotation that the tokenizer left on this one
        while (endTok > 0 && (".!?".contains(t.get(endTok - 1).word())
                || QUOTE_TOKENS.contains(t.get(endTok - 1).word()))) {
            endTok--;
        }
        for (int i = from; i < t.size(); i++) {
            Cue cue = cues.cueAt(t, i);
            if (cue == null) {
                continue;
            }
            if (cue.accordingTo()) {
                Speaker sp = cues.accordingTo(s, cue);
                if (sp == null) {
                    return null;
                }
                TokenSpan np = phrases.forward(t, cue.tokenIndex() + 1);
                int npEnd = np == null ? cue.tokenIndex() + 1 : np.to();
                TokenSpan app = np == null ? null : phrases.apposition(t, np.to());
                if (app != null) {
                    npEnd = app.to();
                }
                if (i <= 2 && npEnd < endTok && t.get(npEnd).word().equals(",")) {
                    return indirectQuote(t, npEnd + 1, endTok, cue, sp, s, t.size());
                }
                if (i > 3 && t.get(i - 1).word().equals(",")) {
                    return indirectQuote(t, 0, i - 1, cue, sp, s, t.size());
                }
                continue;
            }
            String lemma = Cues.lemma(t.get(i).word());
            // a participle reports only after a comma (`..., saying that`, `..., adding he would`): its speaker is the
            // clause's subject; `a letter saying` or `the man telling` names no speaker
            if (!Cues.isSpeech(lemma) || t.get(i).tagStarts("VBG") && !(i > 0 && t.get(i - 1).word().equals(","))
                    || t.get(i).tagStarts("VBN")
                    && !(i > 0 && Set.of("has", "have", "had").contains(t.get(i - 1).lower()))) {
                continue;
            }
            Speaker sp = cues.speakerOfVerb(s, cue);
            if (sp == null || (!sp.known() && sp.mention().split("\\s+").length > 4)) {
                continue;
            }
            // INTRO, X said, CLAUSE (`In the end, Mr. Rosenthal said, union voters …`): the clause after the cue;
            // SUBJECT, X said, PREDICATE (`The top issues, respondents said, are …`): the sentence, cue and all
            if (from == 0 && sp.start() < t.get(i).start() && i + 2 < endTok && t.get(i + 1).word().equals(",")
                    && commaBefore(t, sp.start()) && endTok - (i + 2) >= 3) {
                int first = NounPhrases.datelineEnd(t);
                int comma = indexOfComma(t, sp.start());
                Token opener = t.get(first);
                if (comma > first) {
                    boolean intro = opener.tagStarts("IN") || opener.tagStarts("RB") || opener.tagStarts("CC");
                    return indirectQuote(t, intro ? i + 2 : first, endTok, cue, sp, s, t.size());
                }
            }
            // CLAUSE, X said [...].  /  CLAUSE, said X.
            boolean trailing = (i > 0 && sp.start() < t.get(i).start() ? commaBefore(t, sp.start())
                    : i > 0 && t.get(i - 1).word().equals(",")) && endTok - i <= 8 && !hasThatAfter(t, i, endTok)
                    && !clauseAfter(t, i + 1, endTok);
            if (trailing) {
                int comma = indexOfComma(t, sp.start() < t.get(i).start() ? sp.start() : t.get(i).start());
                if (comma > 3 && from == 0) {
                    return indirectQuote(t, 0, comma, cue, sp, s, t.size());
                }
            }
            // X said (that) CLAUSE / X told reporters (that) CLAUSE
            int k = i + 1;
            if (lemma.equals("tell") || lemma.equals("inform") || lemma.equals("assure") || lemma.equals("warn")) {
                TokenSpan obj = phrases.forward(t, k);
                if (obj != null && !(k < t.size() && t.get(k).lower().equals("that"))) {
                    k = obj.to();
                }
            }
            if (k < t.size() && t.get(k).tagStarts("IN") && !t.get(k).lower().equals("that")) {
                int th = thatAfter(t, k, endTok);
                if (th > 0) {
                    k = th;
                } else {
                    k = pastCircumstance(t, k, endTok);
                }
            }
            boolean that = k < t.size() && t.get(k).lower().equals("that");
            if (that) {
                k++;
            }
            // `said legalizing it could ...`: a gerund opens a clause too
            boolean clauseStart = k < t.size() && (NounPhrases.isNpToken(t.get(k)) || t.get(k).tagStarts("RB")
                    || t.get(k).tagStarts("EX") || t.get(k).tagStarts("VBG"));
            if (sp.start() < t.get(i).start() && (that || clauseStart) && endTok - k >= 3) {
                int end = clauseEnd(s, k, endTok);
                return indirectQuote(t, k, end, cue, sp, s, end);
            }
        }
        return null;
    }

    /** Where reported content ends: before `, X said ...` starting another report in the same sentence. */
    private int clauseEnd(Sentence s, int from, int endTok) {
        List<Token> t = s.tokens();
        for (int k = from + 3; k < endTok; k++) {
            if (!t.get(k).word().equals(",")) {
                continue;
            }
            for (int v = k + 1; v < Math.min(endTok, k + 8); v++) {
                String lemma = Cues.lemma(t.get(v).word());
                if (Cues.isSpeech(lemma) && t.get(v).tagStarts("VB")) {
                    return k;
                }
                if (!NounPhrases.isNpToken(t.get(v))) {
                    break;
                }
            }
        }
        return endTok;
    }

    /**
     * A clause of its own starts at token k (`they welcome the attention`): a noun phrase and its verb. Then the
     * words before the comma (`Despite the negative sheen, local officials said they ...`) are no reported clause.
     */
    private boolean clauseAfter(List<Token> t, int k, int end) {
        if (k >= end || !NounPhrases.isNpToken(t.get(k))) {
            return false;
        }
        TokenSpan np = phrases.forward(t, k);
        return np != null && np.to() < end && (t.get(np.to()).tagStarts("VB") || t.get(np.to()).tagStarts("MD"));
    }

    /**
     * `said in a statement Thursday night they pulled …`, `told reporters on Tuesday he would …`: past one or two
     * prepositional phrases to the clause they lead to; k itself when no clause follows them.
     */
    private int pastCircumstance(List<Token> t, int k, int end) {
        int at = k;
        for (int pp = 0; pp < 2 && at < end && t.get(at).tagStarts("IN") && !t.get(at).lower().equals("that"); pp++) {
            TokenSpan np = phrases.forward(t, at + 1);
            if (np == null) {
                return k;
            }
            at = np.to();
            if (clauseAfter(t, at, end)) {
                return at;
            }
        }
        return k;
    }

    private static boolean hasThatAfter(List<Token> t, int from, int end) {
        return thatAfter(t, from, end) > 0;
    }

    /** The token after the first `that` following `from` within a few words, or -1. */
    private static int thatAfter(List<Token> t, int from, int end) {
        for (int k = from; k < Math.min(end, from + 12); k++) {
            if (t.get(k).lower().equals("that") && t.get(k).tagStarts("IN")) {
                return k + 1;
            }
        }
        return -1;
    }

    private boolean commaBefore(List<Token> t, int charPos) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == charPos) {
                return k > 0 && t.get(k - 1).word().equals(",");
            }
        }
        return false;
    }

    private int indexOfComma(List<Token> t, int charPos) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == charPos) {
                return k - 1;
            }
        }
        return -1;
    }

    /** Tokens [from, to) as sp's indirect quotation, when long enough to be one; the search goes on at resumeAt. */
    private Found indirectQuote(List<Token> t, int from, int to, Cue cue, Speaker sp, Sentence s, int resumeAt) {
        // three words make a clause when they have a subject and its verb (`she supported it`)
        if (to - from < 3 || to - from == 3 && !clauseAfter(t, from, to)) {
            return null;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        if (sp.known()) {
            history.remember(sp, s.index(), s.paragraph());
        }
        return new Found(QuoteRows.of(article.text(), start, end, QuoteKind.INDIRECT, cue.text(), sp), resumeAt);
    }
}
