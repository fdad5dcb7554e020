package dev.slant.models.sentiment;

import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantReadWriteLock;

/**
 * Lets the JVM stop while native inference runs. ONNX Runtime's Java binding releases its native environment in a
 * JVM shutdown hook ({@code OrtEnvironment$OrtEnvCloser}); shutdown hooks run while daemon threads go on, and
 * Spark's executor task threads are daemons, so a SIGTERM (or {@code System.exit}) during encoder scoring released
 * the environment under a thread inside {@code OrtSession.run}: SIGSEGV in libonnxruntime.so (ONNX Runtime issue
 * 31352; seen on a whole-corpus run). The gate replaces that hook with one that refuses new inference, waits for the
 * runs in flight, and only then releases the environment.
 *
 * <p>Finding ORT's hook needs reflection into {@code java.lang} (opened by {@code jvm.options}, by Spark's launcher
 * and so under {@code spark-submit}); where that is closed the gate still orders our own runs but cannot stop ORT's
 * hook, which is the behaviour of before.
 */
final class InferenceGate {
    private static final String ORT_CLOSER = "ai.onnxruntime.OrtEnvironment$OrtEnvCloser";
    /** Longer than one batch of 32 sentences of 128 wordpieces on a loaded machine. */
    private static final long DRAIN_SECONDS = 20;

    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean closing;

    /** Runs one inference call unless the JVM is shutting down (then {@link IllegalStateException}). */
    <T> T run(Callable<T> inference) throws Exception {
        lock.readLock().lock();
        try {
            if (closing) {
                throw new IllegalStateException("the JVM is shutting down: no new encoder inference is started");
            }
            return inference.call();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Moves ONNX Runtime's environment-releasing shutdown hook behind this gate; true if it was found. */
    boolean takeOverOrtShutdownHook() {
        Thread ortHook = findOrtHook();
        if (ortHook == null || !Runtime.getRuntime().removeShutdownHook(ortHook)) {
            return false;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            closing = true;
            boolean drained = false;
            try {
                drained = lock.writeLock().tryLock(DRAIN_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            // An inference still running after the wait keeps the environment: the process ends anyway.
            if (drained) {
                ortHook.run();
            }
        }, "slant-encoder-shutdown"));
        return true;
    }

    private static Thread findOrtHook() {
        try {
            Class<?> hooksClass = Class.forName("java.lang.ApplicationShutdownHooks");
            Field hooksField = hooksClass.getDeclaredField("hooks");
            hooksField.setAccessible(true);
            List<Thread> hooks;
            synchronized (hooksClass) {
                Map<?, ?> map = (Map<?, ?>) hooksField.get(null);
                hooks = map == null ? List.of() : new ArrayList<>(map.keySet().stream().map(Thread.class::cast).toList());
            }
            for (Thread hook : hooks) {
                Object task = taskOf(hook);
                if (task != null && task.getClass().getName().equals(ORT_CLOSER)) {
                    return hook;
                }
            }
        } catch (ReflectiveOperationException | RuntimeException closedOrChanged) {
            // java.lang not opened to us, or a JDK whose internals differ: leave ORT's hook where it is.
        }
        return null;
    }

    /** The Runnable a hook thread was made with: {@code Thread.target} up to JDK 18, {@code holder.task} after. */
    private static Object taskOf(Thread t) throws ReflectiveOperationException {
        try {
            Field target = Thread.class.getDeclaredField("target");
            target.setAccessible(true);
            return target.get(t);
        } catch (NoSuchFieldException newerJdk) {
            Field holderField = Thread.class.getDeclaredField("holder");
            holderField.setAccessible(true);
            Object holder = holderField.get(t);
            Field task = holder.getClass().getDeclaredField("task");
            task.setAccessible(true);
            return task.get(holder);
        }
    }
}
