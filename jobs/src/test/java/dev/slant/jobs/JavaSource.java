package dev.slant.jobs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Enough of a Java lexer for source checks: a source's string literals (and text blocks), each with the code just
 * before it, and its code with comments and literals left out. So a check tells `wh.read("quotes")` from the same
 * word in a comment, and an import from a URL in a string.
 */
public record JavaSource(List<Literal> literals, String code) {
    /** How much code before a literal is kept: the call it is an argument of. */
    private static final int CONTEXT = 80;

    /** A string literal's value, unescaped, and the code (comments left out) before it. */
    public record Literal(String value, String before) {
    }

    public static JavaSource of(String src) {
        List<Literal> literals = new ArrayList<>();
        StringBuilder code = new StringBuilder();
        int i = 0;
        int n = src.length();
        while (i < n) {
            char c = src.charAt(i);
            if (src.startsWith("//", i)) {
                i = lineEnd(src, i);
            } else if (src.startsWith("/*", i)) {
                int end = src.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                code.append(' ');
            } else if (src.startsWith("\"\"\"", i)) {
                int start = Math.min(n, lineEnd(src, i + 3) + 1);
                int end = closingTextBlock(src, start);
                literals.add(new Literal(unescape(src.substring(start, end)), tail(code)));
                i = Math.min(n, end + 3);
                code.append("\"\"");
            } else if (c == '"' || c == '\'') {
                int j = i + 1;
                StringBuilder value = new StringBuilder();
                while (j < n && src.charAt(j) != c && src.charAt(j) != '\n') {
                    if (src.charAt(j) == '\\' && j + 1 < n) {
                        value.append(src, j, j + 2);
                        j += 2;
                    } else {
                        value.append(src.charAt(j++));
                    }
                }
                if (c == '"') {
                    literals.add(new Literal(unescape(value.toString()), tail(code)));
                }
                i = Math.min(n, j + 1);
                code.append(c).append(c);
            } else {
                code.append(c);
                i++;
            }
        }
        return new JavaSource(literals, code.toString());
    }

    /**
     * Every module's main Java sources (`MODULE/src/main/java`, `notebooks/kernel/src/main/java`), by path from the
     * project root: only those folders are walked, not build output, the notebooks' warehouse or git's objects.
     */
    public static Map<String, String> mainSources(Path root) throws IOException {
        List<Path> modules = new ArrayList<>();
        try (Stream<Path> top = Files.list(root)) {
            for (Path m : top.filter(Files::isDirectory).toList()) {
                modules.add(m);
                try (Stream<Path> nested = Files.list(m)) {
                    nested.filter(Files::isDirectory).forEach(modules::add);
                }
            }
        }
        Map<String, String> out = new TreeMap<>();
        for (Path src : modules.stream().map(m -> m.resolve("src/main/java")).filter(Files::isDirectory).toList()) {
            try (Stream<Path> files = Files.walk(src)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                    out.put(root.relativize(f).toString(), Files.readString(f));
                }
            }
        }
        return out;
    }

    private static int lineEnd(String src, int from) {
        int end = src.indexOf('\n', from);
        return end < 0 ? src.length() : end;
    }

    private static int closingTextBlock(String src, int from) {
        for (int j = from; j < src.length(); j++) {
            if (src.charAt(j) == '\\') {
                j++;
            } else if (src.startsWith("\"\"\"", j)) {
                return j;
            }
        }
        return src.length();
    }

    private static String tail(StringBuilder code) {
        return code.substring(Math.max(0, code.length() - CONTEXT));
    }

    private static String unescape(String s) {
        return s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\t", "\t").replace("\\\\", "\\");
    }
}
