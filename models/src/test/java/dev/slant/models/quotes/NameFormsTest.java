package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** The fullest form of a speaker's name in the article, on sentences of PolNeAR train (2015–16 US news). */
class NameFormsTest {
    private static Quote last(String text, String date) {
        List<Quote> q = ArticleQuotes.find(text, LocalDate.parse(date), ActorRegistry.defaults());
        return q.get(q.size() - 1);
    }

    @Test
    void aWordOpeningTheSentenceIsNotAFirstName() {
        Quote q = last("A second view, which I share, is that Judge Berman was largely swayed by Ben Brafman. Then "
                + "Brafman exposed the government’s below-the-belt tactics. “Judge,” Brafman said, “I have never had "
                + "that happen in any case in thirty-seven years.”", "2015-11-19");
        assertEquals("Ben Brafman", q.speaker());
    }

    @Test
    void aPluralPossessorIsNotPartOfTheName() {
        Quote q = last("Democracy Corps’ Stan Greenberg has studied these voters for years. “It’s mind-boggling,” "
                + "Greenberg said.", "2016-02-29");
        assertEquals("Stan Greenberg", q.speaker());
    }

    @Test
    void aTitleBeforeARegisteredSurnameIsNotAFullerName() {
        Quote q = last("Hillary Clinton gave an economic speech in Michigan. “With this economic speech, Secretary "
                + "Clinton has made this election a choice about our "
                + "economy,” the progressive heavyweights wrote. “Powerful special interests and the tendency to put "
                + "ideology ahead of political progress have led to gridlock in Congress,” Clinton said.",
                "2016-08-12");
        assertEquals("Hillary Clinton", q.speaker());
        assertEquals("Hillary Clinton", q.actorName());
    }

    /** Shared corpus (CNN, 2013-08-08): a video caption pasted into the text is not part of a name. */
    @Test
    void aVideoCaptionIsNotPartOfTheName() {
        Quote q = last("\"The people of the nation would not be happy,\" said 2012 GOP presidential nominee Mitt Romney "
                + "this week at a New Hampshire fundraiser.\n\nJUST WATCHED Romney re-enters GOP fray Replay More "
                + "Videos ... MUST WATCH Romney re-enters GOP fray 04:38\n\nBut it is Romney who gave the most earnest "
                + "argument on Tuesday against shutting down the government.\n\n\"I badly want Obamacare to go away, "
                + "and stripping it of funds has appeal,\" said Romney.", "2013-08-08");
        assertEquals("Mitt Romney", q.speaker());
    }

    /** Shared corpus: a title's complement after `of` (`Chief of Staff`) is not part of the name that follows it. */
    @Test
    void aTitlesComplementIsNotPartOfTheName() {
        Quote q = last("White House Chief of Staff John Kelly defended the decision on Thursday. \"We are not going to "
                + "apologize for it,\" Kelly said.", "2017-10-19");
        assertEquals("John Kelly", q.speaker());
    }

    /** PolNeAR dev (Politico, 2016-09-15): a possessive pronoun opening the sentence is not a first name. */
    @Test
    void aPossessivePronounIsNotAFirstName() {
        Quote q = last("He’s been dragged before a Senate subcommittee to defend his adulation of weight-loss "
                + "supplements like those coffee beans. His Harvard degree, his MBA and his affiliation with Columbia "
                + "University as a practicing cardiothoracic surgeon haven’t insulated him from being seen, as The New "
                + "Yorker put it in a lengthy expose, “the operator.”", "2016-09-15");
        assertFalse(q.speaker() != null && q.speaker().startsWith("His "), q.speaker());
    }

    @Test
    void aClosedClassWordOfAHeadlineIsNotPartOfTheName() {
        // HuffPost (2016-05-19): a related-story link after the text glues `So Far About` to the airline's name
        List<Quote> qs = ArticleQuotes.find("Shoukair, the flight’s pilot, had logged nearly 6,300 hours of flying "
                + "time and had no known political affiliations, EgyptAir said on Thursday.\n\n— Here’s What We Know "
                + "So Far About EgyptAir Flight MS804", LocalDate.parse("2016-05-19"), ActorRegistry.defaults());
        Quote q = qs.stream().filter(x -> x.text().contains("6,300")).findFirst().orElseThrow();
        assertEquals("EgyptAir", q.speaker());
    }
}
