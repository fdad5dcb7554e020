package dev.slant.jobs.weekly;

import dev.slant.jobs.warehouse.IsoWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class InboxManifestAndLockTest {
    @TempDir
    Path tmp;

    @Test
    void isoWeeksAcrossYearEnds() {
        assertEquals("2021-W49", IsoWeek.of(LocalDate.parse("2021-12-07")).toString());
        assertEquals(LocalDate.parse("2021-12-06"), IsoWeek.parse("2021-W49").monday());
        assertEquals("2020-W53", IsoWeek.of(LocalDate.parse("2021-01-03")).toString(), "2020 has 53 weeks");
        assertEquals("2021-W52", IsoWeek.parse("2022-W01").previous().toString());
        // Monday 2021-12-13: the week that ended yesterday is the last complete one; so on Sunday it is the one before.
        assertEquals("2021-W49", IsoWeek.lastComplete(LocalDate.parse("2021-12-13")).toString());
        assertEquals("2021-W48", IsoWeek.lastComplete(LocalDate.parse("2021-12-12")).toString());
        List<IsoWeek> r = IsoWeek.range("2021-W40..2021-W49");
        assertEquals(10, r.size());
        assertEquals("2021-W40", r.get(0).toString());
        assertEquals("2021-W49", r.get(9).toString());
        assertEquals(3, IsoWeek.range("2020-W52..2021-W01").size(), "W52, W53, W01");
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.range("2021-W49..2021-W40"));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2021-W54"));
        assertThrows(IllegalArgumentException.class, () -> IsoWeek.parse("2021-49"));
        assertThrows(IllegalArgumentException.class, () -> WeeklyRun.weeks("2010-W01..2021-W49",
                LocalDate.now(), 260));
        assertEquals(List.of(IsoWeek.parse("2021-W49")), WeeklyRun.weeks(null, LocalDate.parse("2021-12-15"), 260));
    }

    @Test
    void aFileIsNewUntilItsContentWasProcessed() throws Exception {
        Path inbox = Files.createDirectories(tmp.resolve("inbox"));
        Path manifestFile = tmp.resolve("state/inbox-manifest.tsv");
        Instant now = Instant.now().plusSeconds(3600);
        Path a = Files.writeString(inbox.resolve("a.jsonl"), "{\"id\":\"1\",\"text\":\"one\"}\n");
        Files.writeString(inbox.resolve("b.txt"), "Title\n\nBody.");
        Path meta = Files.writeString(inbox.resolve("b.meta.json"), "{\"source\":\"X\",\"published\":\"2021-12-07\"}");
        Files.writeString(inbox.resolve(".partial.jsonl"), "hidden upload in progress");

        InboxManifest m = InboxManifest.load(manifestFile);
        List<InboxManifest.Entry> fresh = m.newFiles(inbox, 0, now);
        assertEquals(List.of("a.jsonl", "b.txt"), fresh.stream().map(InboxManifest.Entry::path).toList(),
                "sidecars and hidden files are not inputs of their own");
        m.record(fresh, now);

        InboxManifest again = InboxManifest.load(manifestFile);
        assertEquals(2, again.size());
        assertTrue(again.newFiles(inbox, 0, now).isEmpty(), "nothing new on the second run");

        Files.setLastModifiedTime(a, FileTime.from(now.minusSeconds(10)));
        Files.copy(a, inbox.resolve("a-copy.jsonl"));
        assertTrue(again.newFiles(inbox, 0, now).isEmpty(), "touched or copied, same content: not new");

        Files.writeString(meta, "{\"source\":\"Y\",\"published\":\"2021-12-08\"}");
        Files.setLastModifiedTime(meta, FileTime.from(now.minusSeconds(3000)));
        assertEquals(List.of("b.txt"), again.newFiles(inbox, 0, now).stream().map(InboxManifest.Entry::path)
                .toList(), "an edited sidecar makes its article new");

        Files.writeString(inbox.resolve("c.jsonl"), "{\"id\":\"3\"}\n");
        Files.setLastModifiedTime(inbox.resolve("c.jsonl"), FileTime.from(now.minusSeconds(30)));
        assertEquals(List.of("b.txt", "c.jsonl"), again.newFiles(inbox, 0, now).stream()
                .map(InboxManifest.Entry::path).toList());
        assertEquals(List.of("b.txt"), again.newFiles(inbox, 60, now).stream().map(InboxManifest.Entry::path)
                .toList(),
                "c.jsonl, modified 30 s ago, is still settling and left for the next run");
    }

    @Test
    void aSecondProcessCannotTakeTheLock() throws Exception {
        Path lockFile = tmp.resolve("state/weekly.lock");
        Process holder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RunLock.class.getName(), lockFile.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(holder.getInputStream()))) {
            assertEquals("locked", out.readLine(), "the other process holds the lock");
            RunLock.Held held = assertThrows(RunLock.Held.class, () -> RunLock.acquire(lockFile));
            assertTrue(held.getMessage().contains("pid " + holder.pid()), held.getMessage());
            holder.getOutputStream().close();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        } finally {
            holder.destroyForcibly();
        }
        try (RunLock l = RunLock.acquire(lockFile)) {
            assertThrows(RunLock.Held.class, () -> RunLock.acquire(lockFile), "same JVM, second run refused too");
        }
        RunLock.acquire(lockFile).close();
    }
}
