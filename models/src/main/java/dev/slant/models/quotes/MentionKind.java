package dev.slant.models.quotes;

/** What a candidate speaker of a quotation is in the text (see {@link SpeakerRanker}). */
public enum MentionKind {
    /** A capitalised name (`Sen. Tim Kaine`, `the Roper Center`). */
    NAME,
    /** A registry role title (`the Republican nominee`), resolved by the article's date. */
    ROLE,
    /** A description without a name (`the utility`, `some residents`, `a campaign spokeswoman`). */
    NOMINAL,
    /** A personal pronoun outside quotation marks, resolved to the entity in focus. */
    PRONOUN,
    /** The speaker of the previous quotation, wherever it was named. */
    PREVIOUS
}
