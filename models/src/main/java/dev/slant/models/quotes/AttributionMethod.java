package dev.slant.models.quotes;

import java.util.Locale;

/** How a quotation's speaker was found (`quotes.attribution_method`). */
enum AttributionMethod {
    /** `X said`, `X admits that`. */
    SUBJECT_VERB,
    /** `said X`. */
    VERB_SUBJECT,
    /** `X, the spokesman, said`: the name before or after a description. */
    APPOSITION,
    /** `according to X`. */
    ACCORDING_TO,
    /** `Donald Trump's claim that "..."`: the possessor of a noun of saying whose `that` clause holds the quotation. */
    POSSESSOR,
    /** A registry title held on the article's date (`the Kremlin spokesman`). */
    ROLE,
    /** A capital standing for a body (`Moscow`). */
    METONYM,
    /** A registered actor's name or an antecedent named in the article. */
    NAME,
    /** A pronoun resolved to the entity in focus or the last compatible name. */
    PRONOUN,
    /** No cue of its own: the previous quotation's speaker goes on. */
    CONTINUATION,
    /** No cue: the subject of the quotation's clause. */
    SUBJECT,
    /** A transcript's speaker label (`PENCE:`). */
    TRANSCRIPT,
    /** A name after a dash at the end of the quotation's line. */
    DASH,
    /** The learned speaker model's choice (see {@link SpeakerRanker}). */
    RANKER;

    /** The value in the `quotes` table and in the ranker's features: `subject-verb`, `according-to`, `pronoun` … */
    String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The method of a registry match ({@code ActorMatch.method()}: name, role or metonym). */
    static AttributionMethod ofMatch(String matchMethod) {
        return valueOf(matchMethod.toUpperCase(Locale.ROOT));
    }
}
