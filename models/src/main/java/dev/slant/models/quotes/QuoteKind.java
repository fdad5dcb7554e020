package dev.slant.models.quotes;

import java.util.Locale;

/**
 * What a quotation is (`quotes.kind`): a full quoted sentence, a quoted fragment inside reported speech, or reported
 * speech without marks.
 */
enum QuoteKind {
    DIRECT, PARTIAL, INDIRECT;

    /** The value in the `quotes` table. */
    String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    static QuoteKind inMarks(MarkedSpan m) {
        return m.direct() ? DIRECT : PARTIAL;
    }
}
