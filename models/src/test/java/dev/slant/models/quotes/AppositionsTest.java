package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A description with a prepositional phrase, then the name in apposition: the name is the speaker, not the
 * description (sentences of PolNeAR dev, 2016 US news).
 */
class AppositionsTest {
    private static final LocalDate DATE = LocalDate.parse("2016-09-22");

    private static Quote only(String text) {
        List<Quote> q = ArticleQuotes.find(text, DATE, ActorRegistry.defaults());
        assertEquals(1, q.size(), () -> "one quotation in: " + text + " found " + q);
        return q.get(0);
    }

    @Test
    void theNameAfterADescriptionWithAPrepositionalPhraseSpeaks() {
        assertEquals("David Schulz", only("A federal judge rejected the request on Thursday. A lawyer for the news "
                + "outlets, David Schulz, said no immediate decision had been made about whether to appeal.").speaker());
        assertEquals("Guajardo Villarreal", only("Mexico has options. The minister of the economy, Mr. Guajardo "
                + "Villarreal, argues there is little point for Mexico to respond now to the threats.").speaker());
    }

    @Test
    void aDescriptionHeadedByACommonNounGivesWayToTheNameEvenWhenItHoldsAName() {
        // PolNeAR train (Breitbart 2015-12-16, Washington Post 2016-06-05): `Carter's` only possesses the description
        assertEquals("Peter Cook", only("Carter’s press secretary, Peter Cook, told the Times that Carter believes his "
                + "use of personal email for work-related business was a mistake.").speaker());
        Quote q = ArticleQuotes.find("\"By December, when we were looking down the road, California stuck out as a "
                + "place to compete,\" Sanders's campaign manager, Jeff Weaver, said in an interview.", DATE,
                ActorRegistry.defaults()).get(0);
        assertEquals("Jeff Weaver", q.speaker());
    }

    @Test
    void aDescriptionAfterACommaIsNoNameInApposition() {
        // PolNeAR train (Western Journal, 2015-12-16): `Bush campaign officials` opens the clause, it does not rename
        // the Post
        Quote q = ArticleQuotes.find("According to the Post, Bush campaign officials looked into what the "
                + "consequences would be if their candidate announced he would not back Trump now.", DATE,
                ActorRegistry.defaults()).get(0);
        assertEquals("according-to", q.attributionMethod());
        assertEquals("the Post", q.speakerMention());
    }
}
