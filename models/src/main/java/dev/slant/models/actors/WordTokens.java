package dev.slant.models.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The word splitting used for alias matching, applied the same way to registry entries and to article text, so that
 * `Mr. Putin`, `U.S. president` and `Putin's spokesman` match regardless of spacing. Cheap: one regex pass.
 */
final class WordTokens {
    private static final Pattern TOKEN = Pattern.compile(
            "\\p{L}\\.(?:\\p{L}\\.)+"                    // U.S., U.N.
                    + "|[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*"  // words, Jean-Pierre
                    + "|['’]s(?![\\p{L}])"                  // possessive 's
                    + "|[^\\s\\p{L}\\p{N}]");               // any other single mark

    private WordTokens() {
    }

    record Tok(String text, int start, int end) {
    }

    static List<Tok> split(String s) {
        List<Tok> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            out.add(new Tok(m.group().replace('’', '\''), m.start(), m.end()));
        }
        return out;
    }

    static List<String> words(String s) {
        List<String> out = new ArrayList<>();
        for (Tok t : split(s)) {
            out.add(t.text());
        }
        return out;
    }
}
