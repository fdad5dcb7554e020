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

    /** The deadline (System.nanoTime) of the work on this thread, or 0 when it has none. */
    private static final ThreadLocal<long[]> DEADLINE = ThreadLocal.withInitial(() -> new long[1]);

    /**
     * Throws CoreNLP's unchecked interrupt exception when the current thread has been interrupted or its work's
     * deadline ({@link #within}) has passed.
     */
    public static void check() {
        if (Thread.currentThread().isInterrupted()) {
            throw new RuntimeInterruptedException();
        }
        long deadline = DEADLINE.get()[0];
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw new RuntimeInterruptedException();
        }
    }

    /**
     * Runs the work on this thread with a deadline that {@link #check} enforces as well as the interrupt flag: the
     * flag alone is not enough, as library code on the way may consume it (a `Thread.interrupted()` that clears it
     * without stopping), after which a cancelled article's worker ran on for minutes. The deadline needs nobody.
     */
    public static <T> T within(long deadlineNanos, java.util.concurrent.Callable<T> work) throws Exception {
        long[] slot = DEADLINE.get();
        long before = slot[0];
        slot[0] = deadlineNanos == 0 ? 1 : deadlineNanos; // 0 means none
        try {
            return work.call();
        } finally {
            slot[0] = before;
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

    /** Checks every 4096 reads, not at fixed positions: a regex backtracking inside a short span reads no new index. */
    private static final class InterruptibleText implements CharSequence {
        private final CharSequence text;
        private final int start;
        private final int end;
        private int reads;

        InterruptibleText(CharSequence text, int start, int end) {
            this.text = text;
            this.start = start;
            this.end = end;
        }

        @Override
        public int length() {
            return end - start;
        }

        @Override
        public char charAt(int index) {
            if ((++reads & 0xFFF) == 0) {
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
