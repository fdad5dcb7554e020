package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The learned speaker resolver on sentences written for this test in the manner of 2016 US campaign news (not taken
 * from PolNeAR), and the bundled model file read and scored without Spark.
 */
class SpeakerRankerTest {
    private static final LocalDate DATE = LocalDate.parse("2016-09-20");

    private static List<Quote> find(String text) {
        return ArticleQuotes.find(text, DATE, ActorRegistry.defaults());
    }

    private static Quote quoteStarting(List<Quote> qs, String start) {
        return qs.stream().filter(q -> q.text().startsWith(start)).findFirst()
                .orElseThrow(() -> new AssertionError("no quote starting '" + start + "' in " + qs));
    }

    @Test
    void bundledModelLoadsAndScoresWithoutSpark() throws Exception {
        SpeakerModel model = SpeakerModel.bundled();
        assertNotNull(model, "speaker-ranker.json is on the classpath");
        assertTrue(model.weights().size() > 50, "a trained model has many weights");
        assertTrue(String.valueOf(model.about().get("data")).contains("PolNeAR"));
        // the subject of a reporting verb right after the quotation beats a name inside a prepositional phrase
        double subject = model.probability(List.of("k=NAME", "known", "person", "pos=after", "dist=<=3",
                "subj_cue", "subj_speech", "para=same", "nearest_after", "k=NAME&subj_cue", "pos=after&subj_cue"));
        double object = model.probability(List.of("k=NAME", "known", "person", "pos=sd=2", "dist=>250", "prep",
                "para=before", "k=NAME&prep", "pos=sd=2&prep"));
        assertTrue(subject > 3 * object, subject + " vs " + object);
        // and the JSON round-trips
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        model.write(out);
        SpeakerModel back = SpeakerModel.read(new ByteArrayInputStream(out.toByteArray()));
        assertEquals(model.probability(List.of("subj_cue")), back.probability(List.of("subj_cue")), 1e-12);
    }

    @Test
    void unknownFeaturesWeighNothing() {
        SpeakerModel m = new SpeakerModel(0.0, Map.of("subj_cue", 2.0), Map.of());
        assertEquals(0.5, m.probability(List.of("never-seen")), 1e-12);
        assertTrue(m.probability(List.of("subj_cue")) > 0.88);
    }

    @Test
    void definiteDescriptionResolvesThroughAnEarlierTitle() {
        List<Quote> qs = find("Gov. Mike Pence toured a steel plant outside Toledo on Monday.\n\n"
                + "“We are going to bring these jobs back to Ohio,” the governor said.");
        Quote q = quoteStarting(qs, "We are going");
        assertEquals("Mike Pence", q.speaker());
        assertEquals("Q24313", q.actorId());
    }

    @Test
    void descriptionOfAnUnregisteredPersonTakesTheNameFromTheTitle() {
        List<Quote> qs = find("Mayor Ellen Hartwell of Dayton met with the union leaders on Tuesday.\n\n"
                + "“Nobody in this city wants another plant to close,” the mayor said after the meeting.");
        assertEquals("Ellen Hartwell", quoteStarting(qs, "Nobody in").speaker());
    }

    @Test
    void registryRoleOfTheDateNamesTheNominee() {
        List<Quote> qs = find("“We will make America safe again,” the Republican nominee told the crowd in Tampa.");
        Quote q = quoteStarting(qs, "We will make");
        assertEquals("Q22686", q.actorId());
        assertEquals("Donald Trump", q.actorName());
    }

    @Test
    void quoteWithoutCueGoesToTheSpeakerInFocusNotTheLastNameMentioned() {
        List<Quote> qs = find("Sen. Tim Kaine spent the afternoon at a community college in Richmond.\n\n"
                + "“Donald Trump has insulted just about everybody in this country,” Kaine told students.\n\n"
                + "“Hillary Clinton has a plan for this, and he has a slogan.”");
        Quote second = quoteStarting(qs, "Hillary Clinton has");
        assertEquals("Tim Kaine", second.speaker());
    }

    @Test
    void quoteAfterAnIntroducingSentenceGoesToItsSubject() {
        List<Quote> qs = find("Janet Morales, a retired teacher from Pueblo, said she had made up her mind after the "
                + "first debate.\n\n“I just can’t trust him with the nuclear codes. I have grandchildren.”");
        Quote q = quoteStarting(qs, "I just can");
        assertEquals("Janet Morales", q.speaker());
        assertFalse(q.speaker().contains("Pueblo"));
    }

    @Test
    void candidatesAreCollectedWithTheRulesPick() {
        List<CandidateSet> sets = ArticleQuotes.candidates("“The numbers do not add up,” said Marc Goldwein, a "
                + "budget analyst, who spoke to reporters in Washington.", DATE, ActorRegistry.defaults());
        assertEquals(1, sets.size());
        CandidateSet s = sets.get(0);
        assertTrue(s.chosen() >= 0, s.toString());
        SpeakerCandidate rule = s.candidates().get(s.chosen());
        assertEquals("Marc Goldwein", rule.name());
        assertTrue(rule.features().contains("rule"));
        assertTrue(rule.features().contains("obj_cue"), rule.features().toString());
        assertTrue(s.candidates().stream().anyMatch(c -> c.mention().equals("Washington")),
                "a place name is a candidate too, for the model to reject: " + s.candidates());
    }

    @Test
    void hyphenatedGivenNameIsKeptWhole() {
        List<Quote> qs = find("“The regime will pay a price for this,” said South Korean President Park Geun-hye.");
        assertEquals("Park Geun-hye", quoteStarting(qs, "The regime").speaker());
    }

    @Test
    void bodyKeepsItsOfPart() {
        List<Quote> qs = find("“The population has fallen for the third year,” said the Federal Bureau of Prisons.");
        assertEquals("Federal Bureau of Prisons", quoteStarting(qs, "The population").speaker());
    }

    @Test
    void nameAfterADashAttributesTheQuotationBeforeIt() {
        List<Quote> qs = find("We asked readers what they thought of the debate.\n\n"
                + "“He never answered a single question about jobs.” ― Rosa Delgado\n"
                + "“I came away more worried than before.” — Tom Whitaker\n");
        assertEquals("Rosa Delgado", quoteStarting(qs, "He never").speaker());
        assertEquals("Tom Whitaker", quoteStarting(qs, "I came away").speaker());
    }
}
