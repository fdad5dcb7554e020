package dev.slant.models.nlp;

import edu.stanford.nlp.util.RuntimeInterruptedException;

/**
 * Cooperative cancellation for the per-article loops: CoreNLP's pipeline only checks the thread's interrupt flag
 * between annotators, so Slant's own loops check it too, letting a caller's time budget stop a pathological article
 * (a megabyte of text, hundreds of quotation marks) instead of leaving a thread to burn a core for minutes.
 */
public final class Interrupts {
    private Interrupts() {
    }

    /** Throws CoreNLP's unchecked interrupt exception when the current thread has been interrupted. */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RuntimeInterruptedException();
        }
    }
}
