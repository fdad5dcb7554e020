package dev.slant.kernel;

import jdk.jshell.Diag;
import jdk.jshell.EvalException;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.UnresolvedReferenceException;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.JupyterIO;
import org.dflib.jjava.jupyter.kernel.LanguageInfo;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.comm.CommManager;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.Renderer;
import org.dflib.jjava.jupyter.kernel.magic.MagicsRegistry;
import org.dflib.jjava.jupyter.kernel.util.StringStyler;
import org.dflib.jjava.jupyter.kernel.util.TextColor;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A Jupyter kernel whose cells are Java, evaluated by JShell in this JVM (see {@link SameJvmExecution}) with the
 * kernel's classpath — Spark, CoreNLP and all of Slant — so notebooks call exactly the API the jobs use.
 */
public final class SlantKernel extends BaseKernel {

    static final List<String> DEFAULT_IMPORTS = List.of(
            "import java.util.*;",
            "import java.util.function.*;",
            "import java.util.stream.*;",
            "import java.nio.file.*;",
            "import java.io.*;",
            "import org.apache.spark.sql.*;",
            "import org.apache.spark.sql.types.*;",
            "import dev.slant.kernel.*;",
            // The warehouse contract, so cells name tables as the jobs do: wh.read(Tables.QUOTES).
            "import dev.slant.jobs.warehouse.Tables;",
            "import dev.slant.jobs.warehouse.Runs;",
            "import static dev.slant.kernel.Notebook.*;");

    private static final int MAX_FRAMES_WITHOUT_CELL_FRAME = 25;

    private final SameJvmExecution execution = new SameJvmExecution();
    private final JShell shell;

    /** A kernel whose cells see the classes on this JVM's classpath. */
    public SlantKernel() {
        this(System.getProperty("java.class.path"));
    }

    /** A kernel whose cells compile against {@code classpath} (tests pass the real one; Surefire hides it). */
    public SlantKernel(String classpath) {
        super("slant-java", version(), languageInfo(), List.of(), null,
                new JupyterIO(StandardCharsets.UTF_8), new CommManager(), new Renderer(), null,
                new MagicsRegistry(), false, errorStyler());
        shell = JShell.builder().executionEngine(SameJvmExecution.provider(execution), Map.of()).build();
        shell.addToClasspath(classpath);
        for (String imp : DEFAULT_IMPORTS) {
            for (SnippetEvent e : shell.eval(imp)) {
                if (e.status() == Snippet.Status.REJECTED) {
                    throw new IllegalStateException("kernel classpath lacks what '" + imp + "' needs");
                }
            }
        }
    }

    private static String version() {
        String v = SlantKernel.class.getPackage().getImplementationVersion();
        return v != null ? v : "dev";
    }

    private static LanguageInfo languageInfo() {
        return new LanguageInfo.Builder("Java")
                .version(Runtime.version().toString())
                .mimetype("text/x-java-source")
                .fileExtension(".jshell")
                .pygments("java")
                .codemirror("text/x-java")
                .build();
    }

    private static StringStyler errorStyler() {
        return new StringStyler.Builder()
                .addPrimaryStyle(TextColor.BOLD_RESET_FG)
                .addSecondaryStyle(TextColor.BOLD_RED_FG)
                .addHighlightStyle(TextColor.BOLD_RESET_FG)
                .addHighlightStyle(TextColor.RED_BG)
                .build();
    }

    @Override
    public DisplayData eval(String cell) {
        Object value = evalRaw(cell);
        return value == null ? null : Notebook.render(value);
    }

    /** Runs every snippet of the cell in order; returns the value of a trailing expression, else null. */
    @Override
    public Object evalRaw(String cell) {
        execution.forgetValues();
        CellSource source = CellSource.split(shell.sourceCodeAnalysis(), cell);
        Object value = null;
        for (CellSource.Piece piece : source.pieces()) {
            value = null;
            for (SnippetEvent event : shell.eval(piece.source())) {
                if (event.causeSnippet() != null) {
                    continue; // a dependent snippet re-validated by this one; not this cell's result
                }
                Snippet snippet = event.snippet();
                if (event.status() == Snippet.Status.REJECTED) {
                    throw compilationError(source, piece, snippet);
                }
                if (event.exception() != null) {
                    throw runtimeError(event.exception());
                }
                if (event.status() == Snippet.Status.RECOVERABLE_DEFINED
                        || event.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED) {
                    System.err.println("note: " + describe(snippet) + " needs " + unresolved(snippet)
                            + " declared before it can be used");
                }
                if (isExpression(snippet) && execution.isValueKey(event.value())) {
                    value = execution.valueOf(event.value());
                }
            }
        }
        System.out.flush();
        System.err.flush();
        return value;
    }

    private static boolean isExpression(Snippet snippet) {
        return snippet.kind() == Snippet.Kind.EXPRESSION
                || snippet.subKind() == Snippet.SubKind.TEMP_VAR_EXPRESSION_SUBKIND;
    }

    private String unresolved(Snippet snippet) {
        return snippet instanceof jdk.jshell.DeclarationSnippet declaration
                ? shell.unresolvedDependencies(declaration).collect(Collectors.joining(", "))
                : "other declarations";
    }

    private static String describe(Snippet snippet) {
        return snippet instanceof jdk.jshell.DeclarationSnippet d ? d.name() : snippet.source().strip();
    }

    private CompilationError compilationError(CellSource source, CellSource.Piece piece, Snippet snippet) {
        List<String> report = new ArrayList<>();
        String first = null;
        for (Diag diag : shell.diagnostics(snippet).filter(Diag::isError).collect(Collectors.toList())) {
            int offset = piece.offset() + (int) Math.max(0, diag.getStartPosition());
            int[] lc = source.lineAndColumn(offset);
            // JShell wraps snippets in synthetic classes; "location: class" lines name those and only confuse.
            String message = diag.getMessage(Locale.ROOT).replaceAll("\\R\\s*location: class\\s*\\S*$", "");
            String located = "line " + lc[0] + ", column " + lc[1] + ": " + message;
            if (first == null) {
                first = located;
            }
            report.add(located);
            report.add("    " + source.line(lc[0]));
            report.add("    " + " ".repeat(Math.max(0, lc[1] - 1)) + "^");
        }
        if (first == null) {
            int[] lc = source.lineAndColumn(piece.offset());
            first = "line " + lc[0] + ": JShell cannot compile this: " + snippet.source().strip();
            report.add(first);
        }
        return new CompilationError(first, report);
    }

    private RuntimeException runtimeError(JShellException reported) {
        Throwable thrown = execution.lastThrown();
        if (reported instanceof UnresolvedReferenceException unresolved) {
            return new IllegalStateException(describe(unresolved.getSnippet()) + " cannot run until "
                    + unresolved(unresolved.getSnippet()) + " is declared");
        }
        if (thrown instanceof ThreadDeath) {
            return new CellInterrupted();
        }
        if (thrown != null) {
            dropFramesBelowTheCell(thrown);
        }
        if (thrown instanceof Exception ex) {
            // Rethrown as is (checked ones too, e.g. Spark's AnalysisException) so Jupyter shows the real class.
            throw SlantKernel.<RuntimeException>sneaky(ex);
        }
        if (thrown != null) {
            // Errors (StackOverflowError, AssertionError...) are wrapped: the kernel loop only survives Exceptions.
            return new UserCodeFailure(thrown);
        }
        return new UserCodeFailure(reported instanceof EvalException ee
                ? new RuntimeException(ee.getExceptionClassName() + ": " + ee.getMessage(), ee) : reported);
    }

    /**
     * Frames below the cell's own code are JShell and kernel plumbing. Jupyter's execute_reply (what nbconvert prints
     * when a CI run fails) is built from the raw stack, so the stack itself is cut, not just the displayed copy.
     */
    private static void dropFramesBelowTheCell(Throwable thrown) {
        StackTraceElement[] frames = thrown.getStackTrace();
        for (int i = 0; i < frames.length; i++) {
            if (frames[i].getClassName().startsWith("REPL.")) {
                int end = i + 1;
                while (end < frames.length && frames[end].getClassName().startsWith("REPL.")) {
                    end++;
                }
                thrown.setStackTrace(java.util.Arrays.copyOf(frames, end));
                return;
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static <T extends Throwable> T sneaky(Throwable t) throws T {
        throw (T) t;
    }

    /** An Error thrown by a cell; its message starts with the Error's class name. */
    public static final class UserCodeFailure extends RuntimeException {
        UserCodeFailure(Throwable cause) {
            super(cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
        }
    }

    /** The cell was stopped by a Jupyter interrupt. */
    public static final class CellInterrupted extends RuntimeException {
        CellInterrupted() {
            super("cell interrupted");
        }
    }

    @Override
    public List<String> formatError(Throwable e) {
        List<String> lines = new ArrayList<>();
        if (e instanceof CompilationError ce) {
            lines.add(errorStyler.secondary("Compilation error"));
            ce.report().forEach(l -> lines.add(l.startsWith("    ") ? l : errorStyler.primary(l)));
            return lines;
        }
        Throwable t = e instanceof UserCodeFailure ? e.getCause() : e;
        Set<Throwable> seen = new LinkedHashSet<>();
        boolean firstInChain = true;
        while (t != null && seen.add(t)) {
            lines.add(errorStyler.secondary((firstInChain ? "" : "Caused by: ") + t));
            int shown = 0;
            for (StackTraceElement frame : t.getStackTrace()) {
                lines.add("    at " + frame);
                // Frames below the cell's own code are JShell and kernel plumbing; nobody needs them.
                if (frame.getClassName().startsWith("REPL.") || ++shown >= MAX_FRAMES_WITHOUT_CELL_FRAME) {
                    break;
                }
            }
            t = t.getCause();
            firstInChain = false;
        }
        return lines;
    }

    @Override
    public DisplayData inspect(String code, int at, boolean extraDetail) {
        return null;
    }

    /** JShell's own completion on the snippet the cursor is in. */
    @Override
    public ReplacementOptions complete(String code, int at) {
        SourceCodeAnalysis analysis = shell.sourceCodeAnalysis();
        String before = code.substring(0, Math.min(at, code.length()));
        int snippetStart = 0;
        String remaining = before;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            // A complete snippet with nothing after it is the one being typed (e.g. "name.toLower" is complete).
            if (!info.completeness().isComplete() || info.remaining().isBlank()) {
                break;
            }
            snippetStart = before.length() - info.remaining().length();
            remaining = info.remaining();
        }
        String current = before.substring(snippetStart);
        int[] anchor = new int[1];
        List<String> options = analysis.completionSuggestions(current, current.length(), anchor).stream()
                .map(SourceCodeAnalysis.Suggestion::continuation)
                .distinct()
                .collect(Collectors.toList());
        return new ReplacementOptions(options, snippetStart + anchor[0], at);
    }

    @Override
    public String isComplete(String code) {
        String remaining = code;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = shell.sourceCodeAnalysis().analyzeCompletion(remaining);
            switch (info.completeness()) {
                case DEFINITELY_INCOMPLETE, CONSIDERED_INCOMPLETE:
                    return "    ";
                case UNKNOWN:
                    return IS_COMPLETE_BAD;
                default:
                    remaining = info.remaining();
            }
        }
        return IS_COMPLETE_YES;
    }

    @Override
    public void interrupt() {
        execution.interruptRunningCell();
    }

    @Override
    public void onShutdown(boolean isRestarting) {
        super.onShutdown(isRestarting);
        shell.close();
    }
}
