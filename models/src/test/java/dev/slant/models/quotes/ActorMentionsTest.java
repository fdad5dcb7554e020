package dev.slant.models.quotes;

import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Per-sentence actor mentions on the founding article: names, dated roles and resolved subject pronouns. */
class ActorMentionsTest {
    @Test
    void namesRolesAndPronounSubjects() throws Exception {
        String text = Files.readString(SharedData.dir().resolve("seed/putin-biden-summit.txt"));
        AnnotatedArticle a = ArticleAnnotator.annotate(text, LocalDate.parse("2021-12-07"), ActorRegistry.defaults());
        List<ActorSentence> m = ActorMentions.find(a, ActorRegistry.defaults());
        for (ActorSentence s : m) {
            assertEquals(s.sentenceText(), text.substring(s.sentenceStart(), s.sentenceEnd()));
            assertEquals(s.surface(), text.substring(s.mentionStart(), s.mentionEnd()));
        }
        assertTrue(m.stream().anyMatch(s -> s.method() == MentionMethod.ROLE && s.surface().equals("The US president")
                && s.actorName().equals("Joe Biden")), m::toString);
        assertTrue(m.stream().anyMatch(s -> s.method() == MentionMethod.PRONOUN
                && s.sentenceText().startsWith("He called")
                && s.actorName().equals("Alexander Lukashenko")), m::toString);
        assertTrue(m.stream().anyMatch(s -> s.method() == MentionMethod.NAME && s.actorName().equals("NATO")));
        assertTrue(m.stream().filter(s -> s.actorName().equals("Dmitry Peskov")).count() >= 3);
    }
}
