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
            if (!(tok.tagStarts("NN") || tok.tagStarts("JJ") || tok.tagStarts("DT") || tok.tagStarts("IN")
                    || tok.tagStarts("CD") || tok.tagStarts("PRP$") || tok.tagStarts("POS"))) {
                return end;
            }
        }
        return end;
    }
}
