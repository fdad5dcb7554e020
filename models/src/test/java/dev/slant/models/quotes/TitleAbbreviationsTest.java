package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A title abbreviation the tokenizer takes for a state's does not end the sentence before a name (PolNeAR dev,
 * politico 2016-09-22), while a state that ends its sentence still does.
 */
class TitleAbbreviationsTest {
    private static AnnotatedArticle annotate(String text) {
        return ArticleAnnotator.annotate(text, LocalDate.parse("2016-09-22"), ActorRegistry.defaults());
    }

    @Test
    void aDelegateBeforeHerNameIsNoSentenceEnd() {
        String text = "Democrats also described the showdown as ominous. \"This is a waste of time. It’s destroying "
                + "this committee. It’s destroying the reputation of this committee,\" said Del. Stacey Plaskett of "
                + "the Virgin Islands.";
        List<Quote> q = ArticleQuotes.find(text, LocalDate.parse("2016-09-22"), ActorRegistry.defaults());
        assertEquals("Stacey Plaskett", q.get(q.size() - 1).speaker());
        AnnotatedArticle a = annotate(text);
        Sentence last = a.sentences().get(a.sentences().size() - 1);
        assertTrue(last.text(text).contains("said Del. Stacey Plaskett"), last.text(text));
    }

    @Test
    void aStateBeforeATitleIsNoSentenceEnd() {
        AnnotatedArticle a = annotate("The bill was signed by Calif. Gov. Jerry Brown on Friday.");
        assertEquals(1, a.sentences().size());
    }

    @Test
    void aStateAfterItsCityStillEndsTheSentence() {
        AnnotatedArticle a = annotate("He was born in Wilmington, Del. Joe Biden grew up in Scranton.");
        assertEquals(2, a.sentences().size());
        assertEquals(2, annotate("He moved to Del. Then he left.").sentences().size());
    }
}
