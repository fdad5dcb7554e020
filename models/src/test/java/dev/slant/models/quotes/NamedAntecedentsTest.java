package dev.slant.models.quotes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.slant.models.quotes.QuoteAssertions.assertSpeaker;

/** The people an article names as pronoun antecedents, on excerpts from PolNeAR dev (2016 US news). */
class NamedAntecedentsTest {
    @Test
    void titledNameKeepsItsHyphenatedTail() {
        // Washington Post: `he` is Ban Ki-moon, not `Ban Ki`, where the tokenizer splits `Ki-moon`
        String text = "\"To be clear, the United States does not, and never will, accept North Korea as a nuclear "
                + "state,\" he said.\n\nSecretary General Ban Ki-moon condemned what he called a \"brazen breach\" of "
                + "U.N. resolutions.";
        assertSpeaker(LocalDate.parse("2016-09-10"), "Ban Ki-moon", null, text, "brazen breach");
    }
}
