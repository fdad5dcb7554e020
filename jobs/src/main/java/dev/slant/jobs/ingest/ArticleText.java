package dev.slant.jobs.ingest;

import java.util.Locale;

/** Text clean-up shared by every reader, so offsets into `articles.text` mean the same whatever the input format. */
public final class ArticleText {
    private static final int TITLE_CHARS = 300;

    private ArticleText() {
    }

    /** Unix line ends and no byte-order mark; nothing else changes (later stages point into this text). */
    public static String clean(String text) {
        if (text == null) {
            return null;
        }
        String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
        return t.indexOf('\r') >= 0 ? t.replace("\r\n", "\n").replace('\r', '\n') : t;
    }

    /** The first non-empty line, as a title for inputs that have none. */
    public static String firstLine(String text) {
        if (text == null) {
            return null;
        }
        for (String line : text.split("\n")) {
            String l = line.strip();
            if (!l.isEmpty()) {
                return l.length() <= TITLE_CHARS ? l : l.substring(0, TITLE_CHARS) + "…";
            }
        }
        return null;
    }

    /** The form exact duplicates are compared in: lower case, whitespace collapsed. */
    public static String normalizedForDedupe(String text) {
        return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    }
}
