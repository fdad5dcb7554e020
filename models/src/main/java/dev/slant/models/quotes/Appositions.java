package dev.slant.models.quotes;

import java.util.List;

/**
 * Where the apposition that names a description starts: a description often carries a prepositional phrase before the
 * comma that opens the name (`A lawyer for the news outlets, David Schulz, said`, `The minister of the economy, Mr.
 * Guajardo Villarreal, said`), and the name is in the apposition, not in the description.
 */
final class Appositions {
    /** A qualifying phrase longer than this is a clause of its own, not part of the description. */
    private static final int MAX_PHRASE = 8;

    private Appositions() {
    }

    /**
     * The index of the comma that ends the prepositional phrase starting at token `end` of a description (`for the
     * news outlets`), or `end` itself when no such phrase is there: the phrase holds only prepositions, determiners,
     * adjectives, nouns and numbers, and no quotation mark.
     */
    static int pastQualifier(List<Token> t, int end, boolean[] quoteChar) {
        if (end >= t.size() || !t.get(end).tagStarts("IN")) {
            return end;
        }
        for (int k = end + 1; k < t.size() && k <= end + MAX_PHRASE; k++) {
            Token tok = t.get(k);
            if (quoteChar[tok.start()]) {
                return end;
            }
            if (tok.word().equals(",")) {
                return k > end + 1 ? k : end;
            }
            if (!inQualifier(tok)) {
                return end;
            }
        }
        return end;
    }

    /**
     * The index of the comma that opens a description ending just before the comma at `close` (`Brian Fallon, a
     * spokesman for the Clinton campaign, said`): the description starts with a determiner, a possessive or a noun
     * and holds only what {@link #pastQualifier} allows; -1 when there is no such description.
     */
    static int descriptionOpening(List<Token> t, int close, boolean[] quoteChar) {
        for (int k = close - 1; k >= 1 && k >= close - 2 * MAX_PHRASE; k--) {
            Token tok = t.get(k);
            if (quoteChar[tok.start()]) {
                return -1;
            }
            if (tok.word().equals(",")) {
                Token first = t.get(k + 1);
                boolean opens = k + 1 < close && (first.tagStarts("DT") || first.tagStarts("PRP$")
                        || first.tagStarts("NN") || first.tagStarts("JJ"));
                return opens ? k : -1;
            }
            if (!inQualifier(tok) && !tok.tagStarts("CC")) {
                return -1;
            }
        }
        return -1;
    }

    /** The first preposition of tokens [from, to) after the first token (where a qualifier starts), else `to`. */
    static int qualifierStart(List<Token> t, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (t.get(k).tagStarts("IN")) {
                return k;
            }
        }
        return to;
    }

    /** What a description's qualifying phrase holds: prepositions, determiners, adjectives, nouns, numbers. */
    private static boolean inQualifier(Token tok) {
        return tok.tagStarts("NN") || tok.tagStarts("JJ") || tok.tagStarts("DT") || tok.tagStarts("IN")
                || tok.tagStarts("CD") || tok.tagStarts("PRP$") || tok.tagStarts("POS");
    }
}
