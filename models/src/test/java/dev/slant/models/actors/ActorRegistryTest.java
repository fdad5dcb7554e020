package dev.slant.models.actors;

import dev.slant.models.SharedData;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ActorRegistryTest {
    private final ActorRegistry reg = ActorRegistry.load(SharedData.projectDir().resolve("data/actors.json"));

    @Test
    void rolesResolveByDate() {
        assertEquals("Joe Biden", reg.resolveRole("the US president", LocalDate.parse("2021-12-07")).orElseThrow().name());
        assertEquals("Donald Trump", reg.resolveRole("The US President", LocalDate.parse("2018-03-01")).orElseThrow().name());
        assertEquals("Barack Obama", reg.resolveRole("President of the United States", LocalDate.parse("2012-03-01")).orElseThrow().name());
        assertEquals("Antony Blinken", reg.resolveRole("The Secretary of State", LocalDate.parse("2021-12-07")).orElseThrow().name());
        assertEquals("Mike Pompeo", reg.resolveRole("Secretary of State", LocalDate.parse("2019-05-01")).orElseThrow().name());
        assertEquals("John Kerry", reg.resolveRole("secretary of state", LocalDate.parse("2015-05-01")).orElseThrow().name());
        assertEquals("Jen Psaki", reg.resolveRole("White House press secretary", LocalDate.parse("2022-05-12")).orElseThrow().name());
        assertEquals("Karine Jean-Pierre", reg.resolveRole("White House press secretary", LocalDate.parse("2022-05-13")).orElseThrow().name());
        assertEquals("Dmitry Peskov", reg.resolveRole("the Kremlin spokesman", LocalDate.parse("2021-12-07")).orElseThrow().name());
        assertTrue(reg.resolveRole("Secretary of State", LocalDate.parse("1990-01-01")).isEmpty());
    }

    @Test
    void namesAndAliases() {
        assertEquals("Sergei Lavrov", reg.resolveName("Sergey Lavrov").orElseThrow().name());
        assertEquals("Vladimir Putin", reg.resolveName("Mr. Putin").orElseThrow().name());
        assertEquals("Kremlin", reg.resolveName("the Kremlin").orElseThrow().name());
        assertTrue(reg.actors().size() >= 30);
    }

    @Test
    void findGivesSpansLongestMatchAndSkipsTitlesOfNames() {
        String s = "Combination of images of US President Joe Biden and Russian President Vladimir Putin. "
                + "The Kremlin spokesman said the former Secretary of State was wrong.";
        List<ActorMatch> m = reg.find(s, LocalDate.parse("2021-12-07"));
        List<String> names = m.stream().map(ActorMatch::actorName).toList();
        assertEquals(List.of("Joe Biden", "Vladimir Putin", "Dmitry Peskov"), names);
        ActorMatch peskov = m.get(2);
        assertEquals("The Kremlin spokesman", s.substring(peskov.start(), peskov.end()));
        assertEquals("role", peskov.method());
    }

    @Test
    void aPlaceInsideALongerNameIsNoMetonym() {
        String s = "The Washington Post reported on Monday that Washington expects Moscow State University to comply.";
        List<ActorMatch> m = reg.find(s, LocalDate.parse("2016-09-12"));
        assertEquals(List.of("Washington"), m.stream().filter(x -> x.method().equals("metonym"))
                .map(ActorMatch::surface).toList());
    }

    @Test
    void classpathCopyEqualsTheEditableFile() throws Exception {
        String file = Files.readString(SharedData.projectDir().resolve("data/actors.json"));
        try (var in = ActorRegistry.class.getResourceAsStream(ActorRegistry.CLASSPATH_COPY)) {
            assertEquals(file, new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8),
                    "models/pom.xml copies data/actors.json into the jar as " + ActorRegistry.CLASSPATH_COPY);
        }
    }

    /** PolNeAR train (Breitbart, 2016-01-05): a place after a first name is a person's surname, there and after. */
    @Test
    void aPlaceAfterAFirstNameIsASurname() {
        String s = "Celebrities Julianne Moore, Kerry Washington, Amy Schumer, Janelle Monae and Elizabeth Banks went on "
                + "Twitter to applaud Obama’s announcement.\n\nWashington, star of television’s “Scandal,” thanked "
                + "Obama for “taking these steps to make us ALL safer.”";
        List<ActorMatch> m = reg.find(s, LocalDate.parse("2016-01-05"));
        assertEquals(List.of(), m.stream().filter(x -> x.method().equals("metonym")).map(ActorMatch::surface).toList());
        assertEquals(List.of("Washington"), reg.find("In Washington, officials said so.", LocalDate.parse("2016-01-05"))
                .stream().map(ActorMatch::surface).toList());
    }
}
