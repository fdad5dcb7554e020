package dev.slant.jobs.quotes;

import dev.slant.models.nlp.Interrupts;
import edu.stanford.nlp.util.RuntimeInterruptedException;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The time budget of one article in the NLP stages. Rule-based attribution is linear on normal news but a megabyte
 * of text or an article repeated a thousand times takes minutes; one such article must not stall its task. The work
 * runs on a worker thread of this JVM while the task thread waits at most the budget; over it, the worker is
 * interrupted (Slant's loops and CoreNLP's pipeline check the flag) and the caller gets {@link Timeout}.
 * The budget is an option of the NLP stage ({@link NlpStageOptions#articleTimeoutMillis}, `--article-timeout-ms` on
 * the command line) handed by value to the partition functions.
 */
public final class ArticleBudget {
    public static final long DEFAULT_MILLIS = 5_000;
    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKERS = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(null, r, "slant-article-" + THREADS.incrementAndGet(), 64L << 20);
        t.setDaemon(true); // a stuck article never keeps the JVM alive
        return t;
    });

    private ArticleBudget() {
    }

    /** An article that used up its budget; its message is the reject reason's tail. */
    public static final class Timeout extends RuntimeException {
        public Timeout(long millis) {
            super("timeout: article not finished within " + millis + " ms");
        }
    }

    /** The work's result, or {@link Timeout} once {@code millis} have passed (the work is then interrupted). */
    public static <T> T call(Callable<T> work, long millis) {
        // the worker also stops itself at the deadline (Interrupts.check), should its interrupt get lost on the way
        long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(millis);
        Future<T> f = WORKERS.submit(() -> Interrupts.within(deadline, work));
        try {
            return f.get(millis, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            f.cancel(true);
            throw new Timeout(millis);
        } catch (InterruptedException e) {
            // the Spark task itself was killed: stop the worker too
            f.cancel(true);
            Thread.currentThread().interrupt();
            throw new RuntimeInterruptedException(e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof RuntimeException r) {
                throw r;
            }
            if (c instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(c);
        }
    }
}
