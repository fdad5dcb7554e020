package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CoreNLP's NER in attribution, on sentences of PolNeAR dev (2016 US news): each case also runs without the NER
 * (-Dslant.ner=off) to show that the recogniser, not the chunker, makes the difference.
 */
class RecognisedNamesTest {
    private static final LocalDate DATE = LocalDate.parse("2016-10-04");

    private static List<Quote> quotes(String text) {
        return ArticleQuotes.find(text, DATE, ActorRegistry.defaults());
    }

    private static Quote first(String text) {
        return quotes(text).get(0);
    }

    private static Quote firstWithoutNer(String text) {
        return withoutNer(() -> first(text));
    }

    private static <T> T withoutNer(Supplier<T> run) {
        String before = System.getProperty("slant.ner");
        System.setProperty("slant.ner", "off");
        try {
            return run.get();
        } finally {
            if (before == null) {
                System.clearProperty("slant.ner");
            } else {
                System.setProperty("slant.ner", before);
            }
        }
    }

    @Test
    void recognisesTheTokensOfAQuoteSentenceAndTheOneBefore() {
        AnnotatedArticle a = ArticleAnnotator.annotate("Ryan Ellis has studied the plans for months. “It’s hard to "
                + "avoid,” he said.", DATE, ActorRegistry.defaults());
        Token ryan = a.sentences().get(0).tokens().get(0);
        assertEquals("PERSON", ryan.entity());
        assertEquals(2, a.sentences().get(0).entityAt(0, "PERSON")[1], "Ryan Ellis is one mention");
        assertTrue(a.sentences().get(1).tokens().stream().allMatch(Token::recognised));
    }

    @Test
    void personWithoutTitleOrRegistryEntryIsThePronounsAntecedent() {
        String text = "Ryan Ellis, a Republican tax consultant, has studied the plans for months. “Any time you want "
                + "to cut taxes, almost by definition it is going to be a fairly regressive tax cut,” he said.";
        Quote q = first(text);
        assertEquals("Ryan Ellis", q.speaker());
        assertNull(q.actorId(), "Ryan in Ryan Ellis is not Paul Ryan");
        Quote chunkerOnly = firstWithoutNer(text);
        assertNotEquals("Ryan Ellis", chunkerOnly.speaker());
    }

    @Test
    void unregisteredPersonNamedAfterTheQuoteIsTheSpeaker() {
        String text = "“It’s hard to avoid,” said Ryan Ellis, a Republican tax consultant.";
        Quote q = first(text);
        assertEquals("Ryan Ellis", q.speaker());
        assertEquals("person", q.speakerType());
        assertNull(q.actorId());
    }

    @Test
    void recognisedOrganisationKeepsItsWholeNameAndIsAnOrganisation() {
        String text = "The top 1 percent paid 25.4 percent of all federal taxes in 2013, according to the nonpartisan "
                + "Congressional Budget Office.";
        Quote q = first(text);
        assertEquals("Congressional Budget Office", q.speaker());
        assertEquals("organisation", q.speakerType());
        assertEquals("Congressional Budget", firstWithoutNer(text).speaker());
    }

    @Test
    void titleBeforeARecognisedPersonIsSplitOff() {
        String text = "\"It was a sad moment for Europe when the British people decided to leave, and so it requested "
                + "an honest diagnosis,\" said European Council President Donald Tusk, summing up conversations that "
                + "extended beyond security.";
        Quote q = first(text);
        assertEquals("Donald Tusk", q.speaker());
        assertEquals("European Council President", q.speakerTitle());
        assertEquals("person", q.speakerType());
        assertEquals("European Council President Donald Tusk", firstWithoutNer(text).speaker());
    }
}
