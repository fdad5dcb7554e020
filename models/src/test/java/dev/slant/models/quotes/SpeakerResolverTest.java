package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** What a phrase's name may be: no date and no law is a person speaker (PolNeAR dev, shared corpus). */
class SpeakerResolverTest {
    private static List<Quote> quotes(String text, String date) {
        return ArticleQuotes.find(text, LocalDate.parse(date), ActorRegistry.defaults());
    }

    @Test
    void aMonthIsNoSpeakersName() {
        List<Quote> q = quotes("More recently, federal prosecutors in April charged two Vermont developers, Ariel "
                + "Quiros and William Stenger, with defrauding investors from at least 74 countries.", "2016-09-12");
        assertFalse(q.isEmpty());
        for (Quote x : q) {
            assertNotEquals("April", x.speaker());
        }
    }

    @Test
    void aLawIsNoPerson() {
        List<Quote> q = quotes("\"Protecting unborn children is ... an important way to spend state resources,\" she "
                + "told CNN affiliate KATV in Little Rock.\n\nCalled the Arkansas Human Heartbeat Protection Act , the "
                + "bill requires testing to determine \"whether the fetus that the pregnant woman is carrying possesses "
                + "a detectible heartbeat.\"", "2013-03-07");
        Quote last = q.get(q.size() - 1);
        assertEquals("Arkansas Human Heartbeat Protection Act", last.speaker());
        assertNotEquals("person", last.speakerType());
    }
}
