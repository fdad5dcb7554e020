package dev.slant.models.validate;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The full name the gold expects for a PolNeAR source span, on sentences from PolNeAR train. */
class GoldNamesTest {
    private static String expected(String text, String source) {
        int at = text.lastIndexOf(source);
        return GoldNames.expected(text, at, at + source.length());
    }

    @Test
    void surnameWidensToTheNearestEarlierFullName() {
        String t = "Bill Clinton spoke first. Hillary Clinton followed. Clinton said she would win.";
        assertEquals("Hillary Clinton", expected(t, "Clinton"));
    }

    @Test
    void titlesAndPlacesAreNotPartOfTheName() {
        assertEquals("Ted Cruz", expected("Texas Sen. Ted Cruz said so.", "Texas Sen. Ted Cruz"));
        assertEquals("John McCain", expected("Senator John McCain of Arizona said so.",
                "Senator John McCain of Arizona"));
        assertEquals("Mike Pence", expected("Gov. Mike Pence (R-IN) said so.", "Gov. Mike Pence (R-IN)"));
        assertEquals("William Galvin", expected("Massachusetts Secretary of State William Galvin is reminding voters. "
                + "Galvin said so.", "Galvin"));
    }

    @Test
    void formsInsideMarksAndOpeningWordsDoNotWidenTheName() {
        assertEquals("Hillary Clinton", expected("Trump tweeted: “Crooked Hillary Clinton is unhinged.” Hillary "
                + "Clinton said so.", "Hillary Clinton"));
        assertEquals("Michael Flynn", expected("Retired Lt. Gen. Michael Flynn spoke. But Flynn said so.", "Flynn"));
        assertEquals("Dante Chinni", expected("NBC’s Dante Chinni said so.", "NBC’s Dante Chinni"));
    }

    @Test
    void namesNeverCrossASentence() {
        assertEquals("John Stumpf", expected("John Stumpf testified on Tuesday. Stumpf said so.", "Stumpf"));
    }

    @Test
    void organisationsStayWhole() {
        assertEquals("Federal Bureau of Prisons", expected("Data from the Federal Bureau of Prisons show it.",
                "the Federal Bureau of Prisons"));
    }

    @Test
    void notANameWhenTheNameIsNotTheHead() {
        assertNull(expected("Trump rallied, a longtime adviser to Trump said.", "a longtime adviser to Trump"));
        assertNull(expected("He said so.", "He"));
        assertEquals("Jake Sullivan", expected("Her senior policy adviser, Jake Sullivan, said so.",
                "Her senior policy adviser, Jake Sullivan,"));
    }

    @Test
    void aDateAfterOnEndsTheNameAndBinJoinsIt() {
        assertEquals("John Stumpf", expected("Massachusetts Sen. Elizabeth Warren grilled Wells Fargo CEO John Stumpf on "
                + "Tuesday for his role. Stumpf said on Tuesday that the bank had erred.", "Stumpf"));
        assertEquals("David Axelrod", expected("David Axelrod on Wednesday called on Howard Dean to apologize. “It was "
                + "outrageous,” Axelrod said.", "Axelrod"));
        assertEquals("Osama bin Laden", expected("We have been here before: Osama bin Laden declared war on the United "
                + "States.", "Osama bin Laden"));
        assertEquals("Sean Hannity", expected("Fox News’ Sean Hannity on Monday asked him. “Would it be negotiable?” "
                + "Hannity pressed.", "Hannity"));
        assertEquals("Commission on Presidential Debates", expected("The Commission on Presidential Debates said so.",
                "The Commission on Presidential Debates"));
    }

    @Test
    void aBodysShortNameWidensToItsFullerNameInTheArticle() {
        assertEquals("Urban-Brookings Tax Policy Center", expected("Leonard Burman, director of the centrist "
                + "Urban-Brookings Tax Policy Center, spoke. The Tax Policy Center says it would depress revenue.",
                "The Tax Policy Center"));
        assertEquals("New York Times", expected("The New York Times reported it first. The Times said so.",
                "The Times"));
        assertEquals("Times", expected("The Times said so.", "The Times"));
        assertEquals("Mike Pence", expected("Gov. Mike Pence spoke on Fox News Sunday.\nWALLACE: Why?\nPENCE: Well, "
                + "look.", "PENCE"));
    }
}
