package dev.slant.jobs.compare;

import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.verbs.UsageException;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The verb's option parsing; no Spark. */
class CompareVerbTest {

    private static CompareOptions parse(String... args) {
        return CompareVerb.parse(new CompareVerb().options().parse(args, w -> { }));
    }

    @Test
    void defaults() {
        CompareOptions o = parse("--warehouse", "w");
        assertEquals(5, o.minCount());
        assertEquals(10, o.topics());
        assertFalse(o.countSyndicated());
        assertTrue(o.actors().isEmpty());
        assertNull(o.fromWeek());
        assertNull(o.toWeek());
    }

    @Test
    void everyOption() {
        CompareOptions o = parse("--warehouse", "w", "--min-count", "8", "--topics", "12", "--count-syndicated",
                "--compare-actors", "Dmitry Peskov, psaki ,", "--from", "2021-W01", "--to", "2021-W52", "--seed", "7");
        assertEquals(8, o.minCount());
        assertEquals(12, o.topics());
        assertTrue(o.countSyndicated());
        assertEquals(List.of("Dmitry Peskov", "psaki"), o.actors());
        assertEquals("2021-W01", o.fromWeek());
        assertEquals("2021-W52", o.toWeek());
        assertEquals(7L, o.seed());
    }

    @Test
    void mistakesAreUsageErrors() {
        assertThrows(UsageException.class, () -> parse("--from", "2021-12-07"));
        assertThrows(UsageException.class, () -> parse("--from", "2021-W10", "--to", "2021-W01"));
        assertThrows(UsageException.class, () -> parse("--min-count", "0"));
        assertThrows(UsageException.class, () -> parse("--topics", "1"));
        assertThrows(UsageException.class, () -> parse("--min-count", "many"));
        UsageException typo = assertThrows(UsageException.class, () -> parse("--min-cuont", "5"));
        assertTrue(typo.getMessage().contains("--min-cuont") && typo.getMessage().contains("--min-count"),
                typo.getMessage());
    }

    @Test
    void theOldActorsSpellingStillFiltersActorsWithAWarning() {
        List<String> warnings = new java.util.ArrayList<>();
        CompareOptions o = CompareVerb.parse(new CompareVerb().options().parse(
                new String[] {"--warehouse", "w", "--actors", "psaki"}, warnings::add));
        assertEquals(List.of("psaki"), o.actors());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("--compare-actors"), warnings.get(0));
    }

    @Test
    void verbIsRegistered() {
        assertEquals(0, Slant.run(new String[] {"compare", "--help"}));
        assertEquals(2, Slant.run(new String[] {"compare", "--min-count", "0", "--warehouse", "w"}));
    }
}
