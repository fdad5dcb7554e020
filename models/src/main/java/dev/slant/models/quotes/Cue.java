package dev.slant.models.quotes;

/**
 * A reporting cue at token `tokenIndex` of its sentence (characters [start, end)): a reporting verb (`said`, `pointed
 * to`) or `according to`, whose speaker follows it (for `according to`, tokenIndex is the `to`).
 */
record Cue(String text, int tokenIndex, int start, int end, Kind kind) {
    enum Kind {
        REPORTING_VERB,
        ACCORDING_TO
    }

    static Cue verb(String text, int tokenIndex, int start, int end) {
        return new Cue(text, tokenIndex, start, end, Kind.REPORTING_VERB);
    }

    boolean accordingTo() {
        return kind == Kind.ACCORDING_TO;
    }
}
