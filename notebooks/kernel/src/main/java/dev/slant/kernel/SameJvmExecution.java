package dev.slant.kernel;

import jdk.jshell.execution.DirectExecutionControl;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Runs JShell snippets inside the kernel's own JVM, so a SparkSession built in one cell is alive in the next.
 *
 * <p>Why not jdk.jshell's LocalExecutionControlProvider as is: its invoke() joins every thread in its thread group
 * before returning, and Spark's long-lived threads (created from a cell) land in that group, so the second cell
 * would hang. It also only hands back {@code String.valueOf(result)}, while the kernel needs the object itself to
 * render a Dataset as a table. So this control runs each snippet on one dedicated thread and keeps the result
 * object under a key that JShell passes through as the snippet's "value".
 */
final class SameJvmExecution extends DirectExecutionControl {

    static final String VALUE_KEY_PREFIX = "\u0000slant-value:";

    private final Map<String, Object> values = new ConcurrentHashMap<>();
    private final AtomicLong keys = new AtomicLong();
    private final ExecutorService cellThread = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "slant-cell");
        t.setDaemon(true);
        return t;
    });
    private volatile Thread running;
    private volatile Throwable lastThrown;

    static ExecutionControlProvider provider(SameJvmExecution control) {
        return new ExecutionControlProvider() {
            @Override public String name() { return "slant-same-jvm"; }
            @Override public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters) { return control; }
        };
    }

    @Override
    protected String invoke(Method doitMethod) throws Exception {
        lastThrown = null;
        Future<Object> result = cellThread.submit(() -> {
            running = Thread.currentThread();
            // Spark resolves user classes (lambdas, beans declared in cells) through the context class loader.
            running.setContextClassLoader(doitMethod.getDeclaringClass().getClassLoader());
            try {
                return doitMethod.invoke(null);
            } finally {
                running = null;
            }
        });
        Object value;
        try {
            value = result.get();
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof InvocationTargetException ite) {
                lastThrown = ite.getCause();
                throw ite;
            }
            throw (cause instanceof Exception ex) ? ex : new RuntimeException(cause);
        }
        String key = VALUE_KEY_PREFIX + keys.incrementAndGet();
        if (value != null) {
            values.put(key, value);
        }
        return key;
    }

    /** The object a snippet evaluated to, looked up by the "value" string JShell reported (null if none). */
    Object valueOf(String reported) {
        return reported == null ? null : values.get(reported);
    }

    boolean isValueKey(String reported) {
        return reported != null && reported.startsWith(VALUE_KEY_PREFIX);
    }

    /** Drops kept results once a cell is rendered, so old cell values do not pin memory (variables still do). */
    void forgetValues() {
        values.clear();
    }

    /** The exception the user's code threw in the last invocation, with its real class and stack. */
    Throwable lastThrown() {
        return lastThrown;
    }

    /** Jupyter "interrupt": interrupt first (Spark jobs cancel on interrupt), then kill the cell thread if stuck. */
    @SuppressWarnings("deprecation")
    void interruptRunningCell() {
        Thread t = running;
        if (t == null) {
            return;
        }
        t.interrupt();
        try {
            t.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (t.isAlive() && t == running) {
            t.stop();
        }
    }

    @Override
    public void stop() {
        interruptRunningCell();
    }

    @Override
    public void close() {
        cellThread.shutdownNow();
        super.close();
    }
}
