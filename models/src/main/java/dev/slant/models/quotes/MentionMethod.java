package dev.slant.models.quotes;

import java.util.Locale;

/** How a sentence names a registered actor (`mentions.method`). */
public enum MentionMethod {
    /** The actor's canonical name or an alias. */
    NAME,
    /** A title the actor held on the article's date (`the Kremlin spokesman`). */
    ROLE,
    /** A capital standing for a body (`Moscow` for the Russian government). */
    METONYM,
    /** A subject pronoun resolved to the actor. */
    PRONOUN;

    /** The value in the `mentions` table. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method of a registry match ({@code ActorMatch.method()}: name, role or metonym). */
    public static MentionMethod of(String matchMethod) {
        return valueOf(matchMethod.toUpperCase(Locale.ROOT));
    }
}
