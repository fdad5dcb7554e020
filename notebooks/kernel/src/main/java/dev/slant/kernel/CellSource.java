package dev.slant.kernel;

import jdk.jshell.SourceCodeAnalysis;
import jdk.jshell.SourceCodeAnalysis.Completeness;

import java.util.ArrayList;
import java.util.List;

/**
 * A notebook cell cut into the snippets JShell evaluates one at a time, each with its offset in the cell, so compile
 * errors can point at the cell's own line and column.
 */
record CellSource(String cell, List<Piece> pieces, boolean complete) {

    record Piece(String source, int offset, Completeness completeness) {
    }

    static CellSource split(SourceCodeAnalysis analysis, String cell) {
        List<Piece> pieces = new ArrayList<>();
        String remaining = cell;
        boolean complete = true;
        while (!remaining.isBlank()) {
            SourceCodeAnalysis.CompletionInfo info = analysis.analyzeCompletion(remaining);
            int consumedFrom = cell.length() - remaining.length();
            if (!info.completeness().isComplete()) {
                // Unfinished trailing code: hand it to JShell anyway, its diagnostics explain what is missing.
                complete = false;
                pieces.add(new Piece(remaining, startOf(cell, remaining, consumedFrom), info.completeness()));
                break;
            }
            pieces.add(new Piece(info.source(), startOf(cell, info.source(), consumedFrom), info.completeness()));
            remaining = info.remaining();
        }
        return new CellSource(cell, pieces, complete);
    }

    /**
     * Where position 0 of the snippet's source sits in the cell. JShell may normalise a snippet (e.g. add a ';'), so
     * locate its first real characters and step back over the whitespace it kept in front of them.
     */
    private static int startOf(String cell, String source, int from) {
        String head = source.strip();
        head = head.substring(0, Math.min(head.length(), 16));
        int at = head.isEmpty() ? -1 : cell.indexOf(head, from);
        return at >= 0 ? Math.max(0, at - source.indexOf(head)) : from;
    }

    /** 1-based line and column of a cell offset. */
    int[] lineAndColumn(int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < Math.min(offset, cell.length()); i++) {
            if (cell.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, offset - lineStart + 1};
    }

    String line(int lineNumber) {
        String[] lines = cell.split("\n", -1);
        return lineNumber >= 1 && lineNumber <= lines.length ? lines[lineNumber - 1] : "";
    }
}
