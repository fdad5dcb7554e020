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

    /**
     * The text as a CharSequence that checks the interrupt flag as a regex reads it: a whole-article pattern scan
     * (a name's fuller forms, a word elsewhere in the article) over a megabyte of text then stops with the budget
     * instead of running on in java.util.regex, which never checks interrupts itself.
     */
    public static CharSequence interruptible(CharSequence text) {
        return new InterruptibleText(text, 0, text.length());
    }

    private record InterruptibleText(CharSequence text, int start, int end) implements CharSequence {
        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if ((index & 0xFFF) == 0) {
                check();
            }
            return text.charAt(start + index);
        }

        @Override
        public CharSequence subSequence(int from, int to) {
            return new InterruptibleText(text, start + from, start + to);
        }

        @Override
        public String toString() {
            return text.subSequence(start, end).toString();
        }
    }
}
