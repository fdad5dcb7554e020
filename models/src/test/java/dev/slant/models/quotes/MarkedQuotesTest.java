package dev.slant.models.quotes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.slant.models.quotes.QuoteAssertions.assertSpeaker;

/** Quotations in marks without a reporting cue of their own, on excerpts from PolNeAR dev (2016 US news). */
class MarkedQuotesTest {
    private static final LocalDate DATE = LocalDate.parse("2016-09-19");

    @Test
    void personTheSentenceIsAboutSpeaksRatherThanThePreviousSpeaker() {
        // New York Times: no cue names Ms. Simonyan's speaking, but her sentence is about her, not Elez Biberaj
        String text = "''The lack of reciprocity is deplorable,'' said Elez Biberaj, the director of the VOA Eurasian "
                + "division.\n\nRT and its defenders say that the network is no more biased than any other news "
                + "organization. As Ms. Simonyan put it in a statement to my colleague Michael M. Grynbaum in July, RT "
                + "is ''providing a perspective you won't get from the mainstream press.''";
        assertSpeaker(DATE, "Simonyan", null, text, "providing");
    }

    @Test
    void subjectOfTheSentenceSpeaksItsQuotationNotAPlaceQuotedBefore() {
        // USA Today: `saying, "…"` after Trump's attack is Trump's, not the previous quotation's speaker
        String text = "\"We need change,\" the New York businessman said, arguing that he will bring a \"common-sense\" "
                + "approach to the demands of being commander in chief.\n\nDuring a national security speech earlier "
                + "in the day, Trump attacked Clinton for her support of military action in Iraq and Libya, saying, "
                + "\"She's trigger-happy and very unstable.\"";
        assertSpeaker(DATE, "Donald Trump", null, text, "She's");
    }

    @Test
    void personNamedAsSubjectBeforeTheQuotationSpeaksItNotThePreviousSpeaker() {
        // New York Times: Marc H. Morial told a young woman who suggested …, that "…": his, not Ms. Moore's
        String text = "If schedules permit, the campaign would like to organize another rally featuring Mr. Obama and "
                + "Mrs. Clinton side by side. \"It's a little bit of magic when they're on stage together,\" Ms. Moore "
                + "said.\n\nIn a panel discussion this weekend in Washington, Marc H. Morial, the chief executive of the "
                + "National Urban League, forcefully told a young woman who suggested that some people may not vote "
                + "because of frustration that \"this is not the first generation to be frustrated and not voting is "
                + "not a viable nor intelligent strategy.\"";
        assertSpeaker(DATE, "Marc H. Morial", null, text, "this is not");
    }
}
