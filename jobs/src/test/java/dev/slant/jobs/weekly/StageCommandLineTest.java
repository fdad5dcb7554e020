package dev.slant.jobs.weekly;

import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.VerbOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** How `weekly` (and `run`, `demo`: the same stage options) splits one command line between the stages; no Spark. */
class StageCommandLineTest {
    private static final VerbOptions WEEKLY = new WeeklyVerb().options();

    @TempDir
    Path dir;

    private final List<String> warnings = new ArrayList<>();

    private StageOptions stages(String... args) {
        return StageCommandLine.stageOptions(WEEKLY.parse(args, warnings::add));
    }

    @Test
    void eachStageGetsItsOwnOptions() throws Exception {
        Path registry = Files.writeString(dir.resolve("registry.json"), "{\"actors\": []}");
        StageOptions s = stages("--registry", registry.toString(), "--compare-actors", "Dmitry Peskov, Jen Psaki",
                "--article-timeout-ms", "800", "--sentiment", "off", "--batch-articles", "50", "--max-bytes", "4096",
                "--min-count", "3");
        assertEquals(registry.toString(), s.nlp().registry());
        assertEquals(800, s.nlp().articleTimeoutMillis());
        assertFalse(s.nlp().sentiment());
        assertEquals(50, s.nlp().batchArticles());
        assertEquals(4096, s.ingest().maxBytes());
        assertEquals(List.of("Dmitry Peskov", "Jen Psaki"), s.compare().actors());
        assertEquals(3, s.compare().minCount());
        assertTrue(warnings.isEmpty(), warnings.toString());
    }

    @Test
    void defaultsAreEachStagesOwn() {
        StageOptions s = stages();
        assertEquals(StageOptions.defaults(), s);
    }

    @Test
    void theOldActorsIsTheRegistryWhenItNamesAFileAndTheActorFilterOtherwise() throws Exception {
        Path file = Files.writeString(dir.resolve("actors-2022"), "{\"actors\": []}");
        StageOptions existing = stages("--actors", file.toString());
        assertEquals(file.toString(), existing.nlp().registry());
        assertTrue(existing.compare().actors().isEmpty());

        assertThrows(UsageException.class, () -> stages("--actors", dir.resolve("missing.json").toString()),
                "a .json name is a registry even when the file is missing, and a missing registry is an error");

        StageOptions names = stages("--actors", "Vladimir Putin,Sergei Lavrov");
        assertNull(names.nlp().registry());
        assertEquals(List.of("Vladimir Putin", "Sergei Lavrov"), names.compare().actors());

        assertEquals(3, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("as --registry"), warnings.get(0));
        assertTrue(warnings.get(2).contains("as --compare-actors"), warnings.get(2));
    }
}
