package dev.slant.jobs.sentiment;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NewsMtscFileTest {
    @Test
    void badLinesBecomeRejectsWithTheirPositionAndTheRestIsRead(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("gold.jsonl");
        Files.write(f, List.of(
                "{\"primary_gid\": \"a\", \"sentence_normalized\": \"Winner wrote that.\", \"targets\": [{\"Input.gid\":"
                        + " \"a\", \"from\": 0, \"to\": 6, \"mention\": \"Winner\", \"polarity\": 4.0}]}",
                "{\"primary_gid\": \"b\", \"sentence_normalized\": \"Cut sh",
                "",
                "{\"primary_gid\": \"c\", \"sentence_normalized\": \"No one.\", \"targets\": []}"));
        NewsMtscFile.Contents c = NewsMtscFile.read(f);
        assertEquals(1, c.sentences().size());
        assertEquals(1, c.targets());
        assertEquals(2, c.rejects().size());
        assertEquals(2, c.rejects().get(0).position());
        assertTrue(c.rejects().get(0).reason().startsWith("not JSON"));
        assertEquals(4, c.rejects().get(1).position());
        assertEquals("no targets", c.rejects().get(1).reason());
        assertEquals(f.toString(), c.rejects().get(1).input());
        assertEquals(2, c.rejectCounts().values().stream().mapToInt(Integer::intValue).sum());
    }
}
