package dev.slant.models.quotes;

import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

class SeedArticleTest {
    @Test
    void printsQuotes() throws Exception {
        Path seed = SharedData.dir().resolve("seed/putin-biden-summit.txt");
        String text = Files.readString(seed);
        List<Quote> qs = ArticleQuotes.find(text, LocalDate.parse("2021-12-07"), ActorRegistry.defaults());
        for (Quote q : qs) {
            System.out.println(q.kind() + " | " + q.text() + " | cue=" + q.cue() + " | mention=" + q.speakerMention()
                    + " | " + q.speaker() + " | " + q.actorName() + " | " + q.attributionMethod() + " "
                    + q.attributionConfidence());
        }
    }
}
