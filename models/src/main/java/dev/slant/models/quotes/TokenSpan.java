package dev.slant.models.quotes;

/** Tokens [from, to) of one sentence: a noun phrase, the name inside it, or an entity mention the NER found. */
record TokenSpan(int from, int to) {
    int size() {
        return to - from;
    }

    /** The span as {from, to}, the shape of {@link Sentence#entityAt}. */
    static TokenSpan of(int[] span) {
        return span == null ? null : new TokenSpan(span[0], span[1]);
    }
}
