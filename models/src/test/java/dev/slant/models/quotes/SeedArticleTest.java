package dev.slant.models.quotes;

import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.validate.AttributionScore;
import dev.slant.models.validate.AttributionValidation;
import dev.slant.models.validate.GoldArticle;
import dev.slant.models.validate.GoldReaders;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Issue 3's acceptance criterion: every hand-labelled quote of the founding article found and rightly attributed. */
class SeedArticleTest {
    private static final Path SEED = SharedData.dir().resolve("seed");

    @Test
    void everyGoldQuoteFoundWithItsSpeaker() throws Exception {
        GoldArticle gold = GoldReaders.seed(SEED.resolve("putin-biden-summit.gold.jsonl"),
                SEED.resolve("putin-biden-summit.txt"));
        AttributionScore s = AttributionValidation.score(List.of(gold), ActorRegistry.defaults());
        assertEquals(17, s.gold());
        assertEquals(17, s.goldFound(), () -> String.join("\n", s.misses()));
        assertEquals(17, s.speakerRight(), () -> String.join("\n", s.misses()));
        assertEquals(1.0, s.precision(), () -> String.join("\n", s.misses()));
    }

    @Test
    void matchesGiveTheUnitsBehindTheScore() throws Exception {
        GoldArticle gold = GoldReaders.seed(SEED.resolve("putin-biden-summit.gold.jsonl"),
                SEED.resolve("putin-biden-summit.txt"));
        var found = AttributionValidation.find(List.of(gold), ActorRegistry.defaults());
        AttributionScore s = AttributionValidation.score(List.of(gold), found);
        List<AttributionValidation.Match> ms = AttributionValidation.matches(List.of(gold), found);
        assertEquals(s.gold(), ms.size());
        assertEquals(s.goldFound(), ms.stream().filter(m -> m.found() != null).count());
        assertEquals(s.speakerRight(), ms.stream().filter(AttributionValidation.Match::speakerRight).count());
        for (AttributionValidation.Match m : ms) {
            assertEquals(m.gold().speakers().get(0), m.goldSpeaker());
            assertTrue(m.found().charStart() < m.gold().end() && m.gold().start() < m.found().charEnd(), m::toString);
        }
    }

    @Test
    void offsetsPointAtTheQuotedWordsAndScareQuoteIsLeftOut() throws Exception {
        String text = Files.readString(SEED.resolve("putin-biden-summit.txt"));
        List<Quote> qs = ArticleQuotes.find(text, LocalDate.parse("2021-12-07"), ActorRegistry.defaults());
        for (Quote q : qs) {
            assertEquals(q.text(), text.substring(q.charStart(), q.charEnd()));
        }
        // `referred to Russia as the 'Soviet Union'`: a term in marks, not reported speech
        assertFalse(qs.stream().anyMatch(q -> q.text().equals("Soviet Union")));
        Quote psaki = qs.stream().filter(q -> q.text().startsWith("Russian military")).findFirst().orElseThrow();
        assertEquals("according-to", psaki.attributionMethod());
        assertEquals("Jen Psaki", psaki.speaker());
        assertTrue(qs.stream().anyMatch(q -> q.kind().equals("indirect") && q.text().startsWith("Kiev had deployed")
                && "Russian foreign ministry".equals(q.actorName())), qs::toString);
    }
}
