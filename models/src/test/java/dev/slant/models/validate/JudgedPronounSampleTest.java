package dev.slant.models.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slant.models.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hand-judged sample of pronoun and nominal sources (data/handcoded/attribution): every verdict agrees with its
 * own expected name, and the figure the README quotes is recomputed from the verdicts, not stored.
 */
class JudgedPronounSampleTest {
    private static final Path FILE = SharedData.projectDir()
            .resolve("data/handcoded/attribution/polnear-dev-pronoun-sample.jsonl");

    @Test
    void theCommittedSampleIsConsistentAndItsFigureIsRecomputed() throws Exception {
        JudgedPronounSample s = JudgedPronounSample.read(FILE);
        assertEquals(100, s.items().size());
        long right = s.items().stream().filter(JudgedPronounSample.Judged::right).count();
        assertEquals(right, s.right());
        long[] pron = s.rightOf("pronoun");
        long[] nom = s.rightOf("nominal");
        assertEquals(s.items().size(), pron[1] + nom[1], "every item is a pronoun or a nominal source");
        assertEquals(right, pron[0] + nom[0]);
        int wrong = s.errors().values().stream().flatMap(m -> m.values().stream()).mapToInt(Integer::intValue).sum();
        assertEquals(s.items().size() - right, wrong, "every wrong item has one error kind");
        System.out.println(s.summary());
    }

    @Test
    void aVerdictThatContradictsItsExpectedNameIsRefused() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode item = Files.readAllLines(FILE).stream().map(l -> (ObjectNode) read(json, l))
                .filter(n -> n.path("verdict").asText().equals("right") && n.hasNonNull("expected"))
                .findFirst().orElseThrow();
        // the same item, judged right, but expecting another person
        item.put("expected", "Somebody Else");
        item.putArray("also_accept");
        Path bad = Files.createTempFile("judged", ".jsonl");
        Files.writeString(bad, json.writeValueAsString(item) + "\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JudgedPronounSample.read(bad));
        assertTrue(e.getMessage().contains("line 1"), e.getMessage());
    }

    private static com.fasterxml.jackson.databind.JsonNode read(ObjectMapper json, String line) {
        try {
            return json.readTree(line);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theRulesTestTheSpeakerAgainstTheReferent() {
        JudgedPronounSample.Judged named = new JudgedPronounSample.Judged("a", "pronoun", "he", "the campaign",
                "Bill de Blasio", List.of(), false, "other person", null);
        assertFalse(JudgedPronounSample.agrees(named));
        JudgedPronounSample.Judged group = new JudgedPronounSample.Judged("a", "nominal", "some residents",
                "Some residents", "some residents", List.of(), true, null, null);
        assertTrue(JudgedPronounSample.agrees(group), "a group keeps its words, case and `the` aside");
        JudgedPronounSample.Judged unnamed = new JudgedPronounSample.Judged("a", "pronoun", "I", null, null, List.of(),
                true, null, null);
        assertTrue(JudgedPronounSample.agrees(unnamed), "an unnamed referent: an empty speaker is right");
        assertNotNull(JudgedPronounSample.problem(new JudgedPronounSample.Judged("a", "nominal", "he", "Tom Smith",
                "Tom Smith", List.of(), true, null, null), "right"), "`he` is a pronoun source, not a nominal one");
    }

    @Test
    void sourceKindsAndSentenceEnds() {
        java.util.Map.of("He", "pronoun", "they,", "pronoun", "his campaign", "nominal", "Administration officials",
                "nominal").forEach((source, kind) -> assertEquals(kind, PronounSourceSample.sourceKind(source), source));
        String t = "“It is over,” he said. Then he left.\nNext line.";
        assertEquals("“It is over,” he said.", t.substring(0, PronounSourceSample.sentenceEnd(t, 3)));
        assertEquals("“It is over,” he said. Then he left.", t.substring(0, PronounSourceSample.sentenceEnd(t, 25)));
    }

    @Test
    void aRescoreJudgesTodaysSpeakerByTheJudgedExpectedName() throws Exception {
        JudgedPronounSample s = JudgedPronounSample.read(FILE);
        JudgedPronounSample.Judged wrongOne = s.items().stream().filter(j -> !j.right() && j.expected() != null)
                .findFirst().orElseThrow();
        JudgedPronounSample.Judged rightOne = s.items().stream().filter(j -> j.right() && j.expected() != null)
                .findFirst().orElseThrow();
        GoldArticle art = new GoldArticle(wrongOne.articleId(), "", null, List.of());
        GoldArticle art2 = new GoldArticle(rightOne.articleId(), "", null, List.of());
        // today's attributor: the wrong item now gets the expected name, the right one loses its speaker
        List<AttributionValidation.Match> matches = List.of(
                new AttributionValidation.Match(art, gold(wrongOne), found(wrongOne.expected()), false),
                new AttributionValidation.Match(art2, gold(rightOne), found(null), false));
        JudgedPronounSample.Rescored r = s.rescore(matches);
        assertEquals(1, r.right());
        assertEquals(1, r.newlyRight());
        assertEquals(1, r.newlyWrong());
        assertEquals(s.items().size() - 2, r.notFound(), "items without a match are not found, not right");
    }

    private static GoldQuote gold(JudgedPronounSample.Judged j) {
        return new GoldQuote(j.articleId(), j.goldQuote(), 0, 1, "direct", List.of(), 0, 1, j.source());
    }

    private static dev.slant.models.quotes.Quote found(String speaker) {
        return new dev.slant.models.quotes.Quote("x", 0, 1, "direct", "said", speaker, speaker, null, "person", null,
                null, "ranker", 0.9);
    }
}
