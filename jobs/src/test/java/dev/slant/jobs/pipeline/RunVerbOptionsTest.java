package dev.slant.jobs.pipeline;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.Stderr;
import dev.slant.jobs.cli.Slant;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * `./slant run` hands each stage its own options: the old `--actors FILE` reaches the NLP stage as its registry (not
 * compare as an actor called FILE), and a misspelt option stops the run before anything is read. Real sample
 * articles, Spark local mode, sentiment off to keep it quick. (How each spelling is split between the stages without
 * running them: {@code weekly.StageCommandLineTest}.)
 */
class RunVerbOptionsTest extends SparkTestBase {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The registry of this test: three of the sample's most quoted actors, nobody else. */
    private static final Set<String> KEPT = Set.of("Vladimir Putin", "Dmitry Peskov", "Sergei Lavrov");

    @TempDir
    Path dir;

    /**
     * The whole run (ingest, the NLP stage, compare) in 40 s, nearly all of it Spark's fixed cost: slow for the fast
     * tier, which keeps how the spellings are split in {@code StageCommandLineTest}; `./test` runs it.
     */
    @Test
    @Tag("slow")
    void oldActorsSpellingWithAFileIsTheRegistryAndTheFramingTablesAreFilled() throws Exception {
        Path input = sampleArticlesNaming("Peskov", "Lavrov", 8);
        Path registry = smallRegistry();
        Path warehouse = dir.resolve("wh");
        String[] run = {"run", input.toString(), "--warehouse", warehouse.toString(), "--actors", registry.toString(),
                "--master", "local[2]", "--sentiment", "off", "--topics", "2", "--resamples", "100", "--permutations",
                "100"};
        String err = Stderr.of(() -> assertEquals(0, Slant.run(run)));
        assertTrue(err.contains("as --registry"), "the old spelling is read as the registry, with a warning: " + err);

        Warehouse wh = new Warehouse(spark, warehouse.toString());
        Set<String> quoted = wh.read("quotes").filter("actor_name IS NOT NULL").select("actor_name").distinct()
                .collectAsList().stream().map(r -> r.getString(0)).collect(Collectors.toSet());
        assertFalse(quoted.isEmpty(), "the sample articles quote registered actors");
        assertTrue(KEPT.containsAll(quoted), "only actors of the given registry are attributed: " + quoted);
        List<Row> cells = wh.read("framing_cells").collectAsList();
        assertFalse(cells.isEmpty(), "the comparison was not restricted to an actor named after the file");
    }

    @Test
    void aMisspeltOptionFailsNamingTheClosestBeforeAnythingRuns() throws Exception {
        Path warehouse = dir.resolve("never");
        String err = Stderr.of(() -> assertEquals(2, Slant.run(new String[] {"run", "data/sample/articles.jsonl",
                "--warehose", warehouse.toString()})));
        assertTrue(err.contains("unknown option --warehose; did you mean --warehouse?"), err);
        assertFalse(Files.exists(warehouse));
    }

    /** The first {@code n} sample articles naming either actor. */
    private Path sampleArticlesNaming(String a, String b, int n) throws Exception {
        Path out = dir.resolve("articles.jsonl");
        try (Stream<String> lines = Files.lines(projectDir().resolve("data/sample/articles.jsonl"))) {
            Files.write(out, lines.filter(l -> l.contains(a) || l.contains(b)).limit(n).toList());
        }
        return out;
    }

    /** data/actors.json with only {@link #KEPT}, written under a name that is not data/actors.json. */
    private Path smallRegistry() throws Exception {
        ObjectNode all = (ObjectNode) JSON.readTree(projectDir().resolve("data/actors.json").toFile());
        ArrayNode kept = JSON.createArrayNode();
        for (JsonNode actor : all.withArray("actors")) {
            if (KEPT.contains(actor.get("name").asText())) {
                kept.add(actor);
            }
        }
        assertEquals(KEPT.size(), kept.size());
        all.set("actors", kept);
        Path file = dir.resolve("my-actors.json");
        JSON.writeValue(file.toFile(), all);
        return file;
    }
}
