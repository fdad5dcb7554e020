package dev.slant.jobs.verbs;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing against a declaration, and the help generated from it; no Spark. */
class VerbOptionsTest {
    private static final VerbOptions DECLARED = VerbOptions.builder("INPUT... --warehouse DIR [options]")
            .description("Does a thing.")
            .add(OptionSpec.text("warehouse", "DIR", null, "the warehouse"),
                    OptionSpec.integer("min-count", 5, "smallest cell"),
                    OptionSpec.number("alpha", 0.05, "false discovery rate"),
                    OptionSpec.flag("count-syndicated", "count copies too"),
                    OptionSpec.text("registry", "FILE", null, "actor registry"),
                    OptionSpec.text("compare-actors", "A,B", null, "only these actors"))
            .oldSpelling("actors", v -> v.endsWith(".json") ? "registry" : "compare-actors")
            .build();

    private static ParsedOptions parse(String... args) {
        return DECLARED.parse(args, w -> { });
    }

    @Test
    void typedValuesWithDeclaredDefaults() {
        ParsedOptions o = parse("in.jsonl", "--warehouse", "w", "--count-syndicated", "--alpha=0.1", "more.csv");
        assertEquals(List.of("in.jsonl", "more.csv"), o.positional());
        assertEquals("w", o.require("warehouse"));
        assertEquals(5, o.integer("min-count"));
        assertFalse(o.has("min-count"));
        assertEquals(0.1, o.number("alpha"));
        assertTrue(o.flag("count-syndicated"));
        assertNull(o.text("registry"));
        assertThrows(IllegalArgumentException.class, () -> o.text("undeclared"), "reading an undeclared option is a bug");
    }

    @Test
    void unknownOptionsNameTheClosestDeclaredOne() {
        assertEquals("unknown option --warehose; did you mean --warehouse?",
                assertThrows(UsageException.class, () -> parse("--warehose", "w")).getMessage());
        assertTrue(assertThrows(UsageException.class, () -> parse("--min-cuont", "5")).getMessage()
                .endsWith("did you mean --min-count?"));
        assertTrue(assertThrows(UsageException.class, () -> parse("--count-syndicate")).getMessage()
                .endsWith("did you mean --count-syndicated?"));
    }

    @Test
    void valuesOfTheWrongTypeAreUsageErrors() {
        assertEquals("--min-count takes a whole number, got 'many'",
                assertThrows(UsageException.class, () -> parse("--min-count", "many")).getMessage());
        assertThrows(UsageException.class, () -> parse("--alpha", "five percent"));
        assertThrows(UsageException.class, () -> parse("--count-syndicated=maybe"));
        assertThrows(UsageException.class, () -> parse("--warehouse"), "a value is missing");
    }

    @Test
    void anOldSpellingGoesWhereItsValueSaysWithAWarning() {
        List<String> warnings = new ArrayList<>();
        ParsedOptions file = DECLARED.parse(new String[] {"--actors", "mine.json"}, warnings::add);
        assertEquals("mine.json", file.text("registry"));
        assertNull(file.text("compare-actors"));
        ParsedOptions names = DECLARED.parse(new String[] {"--actors", "Putin,Lavrov"}, warnings::add);
        assertEquals("Putin,Lavrov", names.text("compare-actors"));
        assertNull(names.text("registry"));
        assertEquals(2, warnings.size());
        assertTrue(warnings.get(0).contains("--registry") && warnings.get(1).contains("--compare-actors"),
                warnings.toString());
    }

    @Test
    void helpListsEveryDeclaredOptionWithItsDefault() {
        String help = DECLARED.help("thing");
        assertTrue(help.startsWith("usage: ./slant thing INPUT... --warehouse DIR [options]"), help);
        for (OptionSpec s : DECLARED.options()) {
            assertTrue(help.contains("  " + s.synopsis() + " "), s.synopsis() + " missing from\n" + help);
        }
        assertTrue(help.contains("smallest cell (default 5)"), help);
        assertTrue(help.contains("old spellings still read (with a warning): --actors"), help);
    }

    @Test
    void editDistanceCountsSingleCharacterEdits() {
        assertEquals(0, VerbOptions.editDistance("warehouse", "warehouse"));
        assertEquals(1, VerbOptions.editDistance("warehose", "warehouse"));
        assertEquals(2, VerbOptions.editDistance("min-cuont", "min-count"));
        assertEquals(3, VerbOptions.editDistance("", "abc"));
    }
}
