package dev.slant.kernel;

import java.util.List;

/**
 * A cell that does not compile. Shown in Jupyter as ename "CompilationError", evalue the first diagnostic with its
 * cell line and column, and a traceback that quotes each offending line with a caret under the error.
 */
public final class CompilationError extends RuntimeException {

    private final List<String> report;

    CompilationError(String firstDiagnostic, List<String> report) {
        super(firstDiagnostic);
        this.report = List.copyOf(report);
    }

    /** Human-readable lines: "line L, column C: message", the source line and a caret. */
    public List<String> report() {
        return report;
    }
}
