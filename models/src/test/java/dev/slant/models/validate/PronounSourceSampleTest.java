package dev.slant.models.validate;

import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sample for hand-checking pronoun and nominal sources, drawn from Slant's real attribution of PolNeAR train articles. */
class PronounSourceSampleTest {
    @Test
    void drawsOnlyFoundQuotesWithoutANamedSourceWithContextUpToTheirSentence() throws Exception {
        List<GoldArticle> articles = GoldReaders.polnear(SharedData.dir().resolve("attribution/polnear/train"), 6);
        var matches = AttributionValidation.matches(articles, AttributionValidation.find(articles,
                ActorRegistry.defaults()));
        List<PronounSourceSample.Item> all = PronounSourceSample.draw(matches, 1000, 1);
        assertFalse(all.isEmpty(), "six articles quote someone through a pronoun or a description");
        long named = matches.stream().filter(m -> m.found() != null && m.gold().sourceStart() >= 0).count();
        assertTrue(all.size() < named, "name sources are left out: " + all.size() + " of " + named);
        for (PronounSourceSample.Item it : all) {
            GoldArticle art = articles.stream().filter(a -> a.id().equals(it.articleId())).findFirst().orElseThrow();
            int at = art.text().indexOf(it.source());
            assertTrue(at >= 0, it.source());
            assertTrue(art.text().startsWith(it.context()), "the context is the article's beginning");
            assertTrue(it.context().contains(it.foundQuote()) && it.context().contains(it.goldQuote()),
                    "the context reaches past the quotation: " + it.foundQuote());
            assertEquals(PronounSourceSample.sourceKind(it.source()), it.sourceKind());
        }
        assertTrue(all.stream().allMatch(it -> matches.stream().anyMatch(m -> m.gold().sourceText() != null
                && m.gold().sourceText().equals(it.source()) && GoldNames.expected(m.article().text(),
                m.gold().sourceStart(), m.gold().sourceEnd()) == null)));
        List<PronounSourceSample.Item> three = PronounSourceSample.draw(matches, 3, 1);
        assertEquals(three, PronounSourceSample.draw(matches, 3, 1), "the same seed draws the same sample");
        if (all.size() > 6) {
            assertNotEquals(three, PronounSourceSample.draw(matches, 3, 2), "another seed, another sample");
        }
        assertNull(GoldNames.expected("He said so.", 0, 2), "a pronoun is not a name");
    }
}
