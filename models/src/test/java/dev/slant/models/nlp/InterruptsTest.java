package dev.slant.models.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The checks stop a worker at its deadline even when its interrupt flag was consumed on the way (library code calling
 * `Thread.interrupted()` clears it): the full suite once saw a cancelled article's worker run on in a whole-text scan.
 */
class InterruptsTest {
    @Test
    void aDeadlineStopsTheWorkWhoseInterruptWasConsumed() {
        long t0 = System.nanoTime();
        assertThrows(RuntimeInterruptedException.class, () -> Interrupts.within(t0 + 200_000_000L, () -> {
            Thread.currentThread().interrupt();
            boolean consumed = Thread.interrupted(); // as a library's check-and-clear would
            assertTrue(consumed);
            CharSequence text = Interrupts.interruptible("word ".repeat(100_000));
            for (long n = 0; ; n++) { // a scan that never ends unless the checks stop it
                for (int i = 0; i < text.length(); i++) {
                    text.charAt(i);
                }
                Interrupts.check();
            }
        }));
        double seconds = (System.nanoTime() - t0) / 1e9;
        assertTrue(seconds < 5, "stopped after " + seconds + " s");
    }

    @Test
    void withoutADeadlineOnlyTheFlagStopsAndTheThreadKeepsNoDeadline() throws Exception {
        assertEquals(42, Interrupts.within(System.nanoTime() + 60_000_000_000L, () -> {
            Interrupts.check();
            return 42;
        }));
        Interrupts.check(); // the deadline ended with its work
        Thread.currentThread().interrupt();
        assertThrows(RuntimeInterruptedException.class, Interrupts::check);
        assertTrue(!Thread.currentThread().isInterrupted() || Thread.interrupted());
    }
}
