package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The reporting cues of {@link CueFinder} on sentences from PolNeAR (2016 US news). */
class CueFinderTest {
    private static final LocalDate DATE = LocalDate.parse("2016-09-29");

    private static Quote quoteWith(String text, String words) {
        List<Quote> qs = ArticleQuotes.find(text, DATE, ActorRegistry.defaults());
        return qs.stream().filter(q -> q.text().contains(words)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote with '" + words + "' in " + qs));
    }

    @Test
    void possessorOfANounOfSayingIsTheSourceOfItsThatClause() {
        // PolNeAR dev (Breitbart, 2016-09-29): Politifact rates the claim; the quoted words are Trump's
        Quote q = quoteWith("Following Monday’s presidential debate Politifact did a fact-check on Donald Trump’s "
                + "claim that there have been “thousands of shootings” in gun-controlled Chicago this year alone.",
                "thousands of shootings");
        assertEquals("Donald Trump", q.actorName());
        assertEquals("possessor", q.attributionMethod());
    }

    @Test
    void aThatClauseEndsAtTheSentencesOwnVerb() {
        // PolNeAR train (Washington Post, 2015-11-13): the quoted verdict is the spokeswoman's on Rubio's claim
        Quote q = quoteWith("Cruz spokeswoman Catherine Frazier said Thursday that Rubio's claim that Cruz is in favor "
                + "of legalizing illegal immigrants is \"simply not true.\"", "simply not true");
        assertEquals("Catherine Frazier", q.speaker());
    }

    @Test
    void aCueInASubordinateClauseAfterTheQuotationDoesNotReportIt() {
        // PolNeAR dev (Politico 2016-09-08, Breitbart 2016-10-03): `when he said` / `when Clinton blasted him` is
        // another clause; the quotation is reported by the verb before it
        assertEquals("Michael Flynn", quoteWith("Retired Lt. Gen. Michael Flynn said Donald Trump was “absolutely "
                + "right” when he said Wednesday night that under President Barack Obama, “the generals have been "
                + "reduced to rubble.”", "absolutely right").speaker());
        assertEquals("Donald Trump", quoteWith("The spot concludes with footage of Trump saying during the debate "
                + "last week, “That makes me smart,” when Clinton blasted him for not paying income tax.",
                "That makes me smart").actorName());
    }

    @Test
    void aPartyLabelBetweenTheNameAndItsVerbIsSkipped() {
        // PolNeAR dev (Politico, 2016-09-22)
        assertEquals("Jason Chaffetz", quoteWith("\"Subpoenas are not optional,\" panel Chairman Rep. Jason Chaffetz "
                + "(R-Utah) said after Pagliano failed to show up at the second committee hearing he was formally called "
                + "to in the past two weeks.", "Subpoenas").speaker());
    }

    @Test
    void aDatelineIsSkippedToFindTheSentencesSubject() {
        // PolNeAR train (UPI via Breitbart 2016-07-25, Reuters via HuffPost 2016-06-16): the place and agency before
        // the dash are a dateline; the subject after it reports the quotation
        Quote dnc = quoteWith("PHILADELPHIA, July 25 (UPI) — The Democratic National Committee released a statement at "
                + "the outset of the party’s convention Monday, offering “a deep and sincere apology” to Sen. Bernie "
                + "Sanders after leaked emails showed DNC staff favoring Hillary Clinton.", "sincere apology");
        assertEquals("Democratic National Committee", dnc.speaker());
        Quote obama = quoteWith("ORLANDO, Fla. (Reuters) - President Barack Obama met survivors of a gay nightclub "
                + "massacre and relatives of the 49 people killed on Thursday and said the United States must act to "
                + "control gun violence and fight what he called homegrown terrorism.", "control gun violence");
        assertEquals("Barack Obama", obama.actorName());
    }

    @Test
    void aSurnameTheTaggerCallsAnAdjectiveIsStillTheSpeakerAfterSaid() {
        // PolNeAR train (HuffPost, 2016-04-27): `Devine` is tagged JJ; the recogniser knows it for a person
        Quote q = quoteWith("“It is not just a campaign. It is a cause. It is something much bigger than him,” said "
                + "Devine.", "It is a cause");
        assertEquals("Devine", q.speaker());
    }

    @Test
    void twoTitlesJoinedByAndBelongToTheOnePersonNamedAfterThem() {
        // PolNeAR train (Politico, 2016-07-08): the speaker is Ed Rendell, not the state in his first title
        Quote q = quoteWith("“That’s what he did in ’08 and ’12. He’s reprising that role,” said former Pennsylvania "
                + "Gov. and Democratic National Committee Chairman Ed Rendell.", "reprising that role");
        assertEquals("Ed Rendell", q.speaker());
    }

    @Test
    void forBetweenCapitalisedWordsStaysInsideTheSubjectsName() {
        // PolNeAR train: the body is the Brennan Center for Justice, not `Justice`
        Quote q = quoteWith("The Brennan Center for Justice noted that through the end of March, TV ad spending in the "
                + "state Supreme Court campaign had reached nearly $2 million.", "TV ad spending");
        assertEquals("Brennan Center for Justice", q.speaker());
    }
}
