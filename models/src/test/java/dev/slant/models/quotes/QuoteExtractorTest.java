package dev.slant.models.quotes;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Quotation marks on real sentences (PolNeAR train, the article-bias corpus, the founding article). */
class QuoteExtractorTest {
    private static List<String> texts(String s) {
        return QuoteExtractor.find(s).stream().filter(m -> !m.scare()).map(m -> s.substring(m.start(), m.end()))
                .toList();
    }

    @Test
    void curlyDoubleQuoteWithApostrophesInside() {
        String s = "“When Mexico sends its people, they’re not sending their best,” he said.";
        assertEquals(List.of("When Mexico sends its people, they’re not sending their best,"), texts(s));
        assertTrue(QuoteExtractor.find(s).get(0).direct());
    }

    @Test
    void apostrophesAreNotSingleQuotes() {
        String s = "Moscow expects the summit to be \"long and substantive\", while Washington will \"reaffirm its "
                + "support for Ukraine's sovereignty and territorial integrity\"";
        assertEquals(List.of("long and substantive",
                "reaffirm its support for Ukraine's sovereignty and territorial integrity"), texts(s));
        assertFalse(QuoteExtractor.find(s).get(0).direct());
    }

    @Test
    void singleQuotedTermAfterArticleIsAScareQuote() {
        String s = "Indeed, Defence Secretary Lloyd Austin recently referred to Russia as the 'Soviet Union' in "
                + "discussing the current situation.";
        List<MarkedSpan> m = QuoteExtractor.find(s);
        assertEquals(1, m.size());
        assertTrue(m.get(0).scare());
        assertEquals(List.of(), texts(s));
    }

    @Test
    void soCalledIsAScareQuoteButAFragmentAfterCalledIsNot() {
        assertEquals(List.of(), texts("Trump said Clinton once described the so-called “Trans-Pacific Partnership” as a deal."));
        assertEquals(List.of("unacceptable"), texts("He called NATO's plans in the region \"unacceptable\"."));
    }

    @Test
    void typewriterDoubleApostrophesAreQuotationMarks() {
        // PolNeAR dev, New York Times: `''` opens and closes; a speaker's `isn't` and a `'word'` inside stay inside
        String s = "''This museum tells the truth that a country founded on the principles of liberty held thousands "
                + "in chains,'' Mr. Bush declared. ''Even today, the journey towards justice isn't 'complete.' But "
                + "this museum will inspire us.''\n\n''We will get there,'' he said.";
        List<MarkedSpan> m = QuoteExtractor.find(s);
        assertEquals(List.of("This museum tells the truth that a country founded on the principles of liberty held "
                + "thousands in chains,", "Even today, the journey towards justice isn't 'complete.' But this museum "
                + "will inspire us.", "We will get there,"), texts(s));
        assertEquals(0, m.get(0).openMark());
        assertEquals(s.indexOf(",'' Mr.") + 2, m.get(0).closeMark(), "the mark ends at its second apostrophe");
        assertTrue(m.get(0).doubleMarks());
    }

    @Test
    void quoteContinuedInNextParagraph() {
        String s = "“Everyone seemed to like him,” he said. “Smart, funny, humble.\n\n“He was a determined student.”";
        List<MarkedSpan> m = QuoteExtractor.find(s);
        assertEquals(3, m.size());
        assertEquals("Smart, funny, humble.", s.substring(m.get(1).start(), m.get(1).end()));
        assertEquals(m.get(1).group(), m.get(2).group(), "the second paragraph continues the open quotation");
    }

    @Test
    void straightDoubleQuotesSpanningSentences() {
        String s = "\"Everything we do we do as part of an international community. However, the best case is that "
                + "we don't see a Soviet Union incursion into Ukraine,\" Austin said during a visit to South Korea.";
        List<String> t = texts(s);
        assertEquals(1, t.size());
        assertTrue(t.get(0).endsWith("into Ukraine,"));
    }
}
