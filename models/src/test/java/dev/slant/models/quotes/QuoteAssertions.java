package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Assertions on who a quotation of a real excerpt is attributed to. */
final class QuoteAssertions {
    private QuoteAssertions() {
    }

    /** The quotation of `text` (dated `date`) starting with `start` has this speaker (and method, unless null). */
    static void assertSpeaker(LocalDate date, String speaker, String method, String text, String start) {
        List<Quote> qs = ArticleQuotes.find(text, date, ActorRegistry.defaults());
        Quote q = qs.stream().filter(x -> x.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quotation starting " + start + " in " + qs));
        assertEquals(speaker, q.speaker(), q::toString);
        if (method != null) {
            assertEquals(method, q.attributionMethod(), q::toString);
        }
    }
}
