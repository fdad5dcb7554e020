package dev.slant.models.quotes;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.models.SharedData;
import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One NLP pass per article: {@link ArticleNlp#analyse} (one annotation, one attributor) gives exactly the quotes and
 * the actor mentions that annotating twice and attributing with an attributor each gave, on the founding article and
 * on real news of the shared corpus (where pronouns resolved for mentions must not leak into the quotes' history).
 */
class ArticleNlpTest {
    private static final int CORPUS_ARTICLES = 40;

    @Test
    void onePassGivesTheQuotesAndMentionsOfTwo() throws Exception {
        ActorRegistry registry = ActorRegistry.defaults();
        List<String> texts = new ArrayList<>();
        texts.add(Files.readString(SharedData.dir().resolve("seed/putin-biden-summit.txt")));
        ObjectMapper om = new ObjectMapper();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(
                SharedData.dir().resolve("corpora/article-bias-prediction.jsonl.gz"))), StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null && texts.size() <= CORPUS_ARTICLES; line = r.readLine()) {
                texts.add(om.readTree(line).path("text").asText());
            }
        }
        LocalDate date = LocalDate.parse("2021-12-07");
        int quotes = 0;
        int pronouns = 0;
        for (String text : texts) {
            long before = ArticleAnnotator.annotatedArticles();
            ArticleAnalysis one = ArticleNlp.analyse(text, date, registry);
            assertEquals(1, ArticleAnnotator.annotatedArticles() - before, "one annotation per article");
            List<Quote> expectedQuotes = ArticleQuotes.find(text, date, registry);
            List<ActorSentence> expectedMentions = ActorMentions.find(ArticleAnnotator.annotate(text, date, registry),
                    registry);
            assertEquals(expectedQuotes, one.quotes());
            assertEquals(expectedMentions, one.mentions());
            quotes += one.quotes().size();
            pronouns += (int) one.mentions().stream().filter(m -> m.method() == MentionMethod.PRONOUN).count();
            for (Quote q : one.quotes()) {
                TextSpan ctx = one.contextOf(q);
                assertTrue(ctx.start() <= q.charStart() && q.charEnd() <= ctx.end(), q + " in " + ctx);
            }
        }
        // the comparison means something: many quotes, and mentions whose pronouns went through the shared history
        assertTrue(quotes > 200 && pronouns > 10, quotes + " quotes, " + pronouns + " pronoun mentions");
    }
}
