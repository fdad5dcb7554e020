package dev.slant.models.quotes;

import dev.slant.models.SharedData;
import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/**
 * Scans over the whole article text (a description's earlier title) stop when the article's time budget interrupts
 * the worker: java.util.regex never checks the interrupt flag itself, and over megabytes of text one scan runs for
 * seconds (the full suite once saw a worker still inside a regex 15 s after its article's timeout).
 */
class WholeTextScansTest {
    @Test
    void titleAntecedentScanStopsOnInterrupt() throws Exception {
        String article = Files.readString(SharedData.dir().resolve("seed/putin-biden-summit.txt"));
        String titled = article + "\n\nDemocratic nominee Hillary Clinton spoke later. ";
        assertEquals("Hillary Clinton", TitleAntecedents.nameFor(titled, "the Democratic nominee", titled.length()),
                "the scan still finds the earlier title");

        String huge = (titled + "\n\n").repeat(500);
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread worker = new Thread(() -> {
            try {
                for (int i = 0; i < 1_000; i++) { // far longer than the test waits, unless interrupted
                    TitleAntecedents.nameFor(huge, "the Democratic nominee", huge.length());
                }
            } catch (Throwable t) {
                thrown.set(t);
            }
        });
        worker.start();
        Thread.sleep(300);
        worker.interrupt();
        worker.join(3_000);
        assertFalse(worker.isAlive(), "the scan ran on after the interrupt");
        assertInstanceOf(RuntimeInterruptedException.class, thrown.get());
    }
}
