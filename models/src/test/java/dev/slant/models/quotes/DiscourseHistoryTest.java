package dev.slant.models.quotes;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static dev.slant.models.quotes.QuoteAssertions.assertSpeaker;

/** Who a pronoun refers to, on excerpts from PolNeAR dev (2016 US news). */
class DiscourseHistoryTest {
    private static final LocalDate DATE = LocalDate.parse("2016-09-15");

    @Test
    void pronounGoesToItsOwnSentencesSubjectNotThePreviousSpeaker() {
        // Politico: `she` is not David Gorski, quoted just before, but the senator her own sentence is about
        String text = "“He can’t simply dispense with facts he doesn’t find convenient,” said David Gorski, an "
                + "associate professor of surgery at the Wayne State University School of Medicine.\n\n"
                + "Democratic Sen. Claire McCaskill (D-Mo.) scolded him: “The scientific community is almost "
                + "monolithic against you in terms of the efficacy of the three products you called ‘miracles,’” she "
                + "said.";
        assertSpeaker(DATE, "Claire McCaskill", "pronoun", text, "The scientific community");
    }

    @Test
    void pronounGoesToItsOwnSentencesSubjectNotAPersonNamedEarlier() {
        // Western Journal: `he` in Ham's sentence is Ham, not President Barack Obama named before
        String text = "In an interview with Trending Today USA with Rusty Humphries, Ham made it clear he had major "
                + "misgivings about the armed forces under President Barack Obama at the time of his retirement two "
                + "years ago.\n\n“Now that I don’t have to be politically correct anymore,” he told the host, “it was "
                + "demoralizing to work for Obama.”\n\nHam went on to explain how he believes cuts to military "
                + "spending left his and other generals’ hands tied when attempting to perform their duties.";
        assertSpeaker(DATE, "Ham", "pronoun", text, "cuts to military spending");
    }

    @Test
    void pronounGoesToItsOwnSentencesSubjectNotAnObjectNamedNearer() {
        // Associated Press via Breitbart: `she` is Clinton, who says, not Machado, whose courage she appreciated
        String text = "Clinton spokesman Nick Merrill says that Hillary Clinton called Alicia Machado on Friday to "
                + "express gratitude to the former Miss Universe.\n\nThe Democratic presidential candidate’s call came "
                + "after rival Donald Trump attacked Machado in early-morning tweets.\n\nAt Monday’s presidential "
                + "debate, Clinton mentioned disparaging remarks Trump had made about Machado as examples of the "
                + "Republican nominee’s disrespect for women. Trump has responded with attacks on Machado, including "
                + "Friday’s tweets.\n\nClinton says she appreciated Machado’s courage through what she calls a “war "
                + "of some pretty unpleasant words.”";
        assertSpeaker(DATE, "Hillary Clinton", null, text, "war of some");
    }
}
