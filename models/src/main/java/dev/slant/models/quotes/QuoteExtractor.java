package dev.slant.models.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds words between quotation marks in raw article text: curly and straight, double and single marks, quotations
 * running over several sentences, and quotations continued in the next paragraph (a paragraph that ends without
 * closing the quotation, the next one opening again, as newspapers print long quotes).
 *
 * <p>Apostrophes are not quotation marks: a single mark only opens at the start of a word (after a space, a bracket,
 * a dash or the start of a paragraph) and only closes at the end of one (not followed by a letter), so `Ukraine's` and
 * `don't` never open or close anything. Single marks are only looked for outside double-quoted text (inside it they
 * are a quotation within the quotation, part of the outer quote).
 *
 * <p>Scare quotes: a quoted term rather than reported speech is marked `scare` and not reported as a quotation. A
 * span is a scare quote when it is at most {@value #SCARE_MAX_WORDS} words and either follows a naming word
 * (`so-called`, `dubbed`, `known as`, `termed` ...) or is a capitalised name after an article
 * (`referred to Russia as the 'Soviet Union'`, `the "Squad"`). Short lower-case fragments (`called the plans
 * "unacceptable"`) stay quotations: in news they are nearly always someone's words. A short capitalised name in marks
 * with no reporting cue in its sentence (`hackers known as "Cozy Bear"`, a song or show title) is dropped later, by
 * the attributor. Scare quotes are not written to the quotes table at all.
 */
public final class QuoteExtractor {
    static final int SCARE_MAX_WORDS = 4;
    private static final int MAX_SINGLE_QUOTE_CHARS = 600;
    private static final Set<String> NAMING_WORDS = Set.of("so-called", "dubbed", "termed", "nicknamed", "titled",
            "entitled", "named", "word", "words", "term", "phrase", "label", "slogan", "hashtag", "as", "called");
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "these", "those");
    private static final Set<String> SPEECH_LEADS = Set.of("said", "says", "say", "told", "tells", "added", "adds",
            "asked", "asks", "wrote", "writes", "declared", "stated", "replied", "responded", "tweeted", "continued",
            "explained", "insisted", "warned", "noted", "argued", "announced", "saying");

    private QuoteExtractor() {
    }

    /** Every quoted span of `text`, in order. */
    public static List<MarkedSpan> find(String text) {
        List<int[]> paragraphs = paragraphs(text);
        List<MarkedSpan> out = new ArrayList<>();
        int carriedGroup = -1;
        for (int p = 0; p < paragraphs.size(); p++) {
            int ps = paragraphs.get(p)[0];
            int pe = paragraphs.get(p)[1];
            List<int[]> doubles = new ArrayList<>();
            int open = -1;
            for (int i = ps; i < pe; i++) {
                char c = text.charAt(i);
                if (isApostrophePair(text, i)) {
                    // `''…''` (the New York Times' typewriter marks) hold a quotation like `"…"`, marks two long
                    if (open < 0 && opensDouble(text, i, ps)) {
                        open = i;
                    } else if (open >= 0) {
                        doubles.add(new int[]{open, i + 1});
                        open = -1;
                    }
                    i++;
                    continue;
                }
                if (!isDoubleMark(c)) {
                    continue;
                }
                if (open < 0) {
                    if (opensDouble(text, i, ps)) {
                        open = i;
                    }
                } else if (closesDouble(text, i, ps)) {
                    doubles.add(new int[]{open, i});
                    open = -1;
                } else if (c == '“' || c == '„' || c == '«') {
                    open = i; // an unbalanced earlier mark: the newer opening is the one that holds
                }
            }
            boolean continues = false;
            if (open >= 0) {
                // Unclosed at paragraph end: the quote runs on if the next paragraph opens with a mark.
                doubles.add(new int[]{open, -1});
                int next = p + 1 < paragraphs.size() ? paragraphs.get(p + 1)[0] : -1;
                continues = next >= 0 && (isDoubleMark(text.charAt(next)) || isApostrophePair(text, next))
                        && opensDouble(text, next, next);
            }
            List<int[]> spans = new ArrayList<>();
            for (int[] d : doubles) {
                spans.add(new int[]{d[0], d[1] < 0 ? pe : d[1], 1});
            }
            for (int[] s : singles(text, ps, pe, doubles)) {
                spans.add(new int[]{s[0], s[1], 0});
            }
            spans.sort((a, b) -> Integer.compare(a[0], b[0]));
            for (int k = 0; k < spans.size(); k++) {
                int[] s = spans.get(k);
                boolean pair = s[2] == 1 && isApostrophePair(text, s[0]);
                int start = s[0] + (pair ? 2 : 1);
                int end = pair && s[1] < pe && isApostrophePair(text, s[1] - 1) ? s[1] - 1 : s[1];
                while (start < end && Character.isWhitespace(text.charAt(start))) {
                    start++;
                }
                while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
                    end--;
                }
                if (end - start < 2) {
                    continue;
                }
                boolean firstOfParagraph = k == 0;
                int group = out.size();
                if (firstOfParagraph && carriedGroup >= 0 && s[0] == paragraphs.get(p)[0]) {
                    group = carriedGroup;
                }
                boolean isDouble = s[2] == 1;
                boolean scare = isScare(text, s[0], start, end, ps);
                boolean direct = isDirect(text, s[0], start, end, ps) || group != out.size();
                out.add(new MarkedSpan(start, end, s[0], s[1] < pe ? s[1] : -1, isDouble, group, scare, direct));
            }
            carriedGroup = continues && !out.isEmpty() ? out.get(out.size() - 1).group() : -1;
        }
        return out;
    }

    /** Paragraphs = lines (news text puts one paragraph per line), trimmed, empty ones skipped. */
    static List<int[]> paragraphs(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            int j = text.indexOf('\n', i);
            if (j < 0) {
                j = n;
            }
            int s = i;
            int e = j;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new int[]{s, e});
            }
            i = j + 1;
        }
        return out;
    }

    private static boolean isDoubleMark(char c) {
        return c == '"' || c == '“' || c == '”' || c == '„' || c == '«' || c == '»';
    }

    /** Two apostrophes, no third beside them: a typewriter double mark (`''Yes,'' she said`). */
    private static boolean isApostrophePair(String t, int i) {
        return i >= 0 && t.startsWith("''", i) && (i == 0 || t.charAt(i - 1) != '\'')
                && (i + 2 >= t.length() || t.charAt(i + 2) != '\'');
    }

    private static boolean opensDouble(String t, int i, int ps) {
        char c = t.charAt(i);
        if (c == '“' || c == '„' || c == '«') {
            return true;
        }
        boolean pair = isApostrophePair(t, i);
        if (c != '"' && !pair) {
            return false;
        }
        char next = i + (pair ? 2 : 1) < t.length() ? t.charAt(i + (pair ? 2 : 1)) : ' ';
        if (i == ps) {
            return !pair || !Character.isWhitespace(next);
        }
        char prev = t.charAt(i - 1);
        return (Character.isWhitespace(prev) || "([{—–-/:".indexOf(prev) >= 0) && !Character.isWhitespace(next);
    }

    private static boolean closesDouble(String t, int i, int ps) {
        char c = t.charAt(i);
        if (c == '”' || c == '»') {
            return true;
        }
        if (c == '“' || c == '„' || c == '«') {
            return false;
        }
        return i > ps && !Character.isWhitespace(t.charAt(i - 1)) || i + 1 >= t.length()
                || Character.isWhitespace(t.charAt(i + 1)) || ",.;:!?)".indexOf(t.charAt(i + 1)) >= 0;
    }

    private static List<int[]> singles(String t, int ps, int pe, List<int[]> doubles) {
        List<int[]> out = new ArrayList<>();
        int i = ps;
        while (i < pe) {
            char c = t.charAt(i);
            if ((c == '‘' || c == '\'') && !insideDouble(i, doubles, pe) && opensSingle(t, i, ps)) {
                int close = -1;
                for (int j = i + 2; j < Math.min(pe, i + MAX_SINGLE_QUOTE_CHARS); j++) {
                    char d = t.charAt(j);
                    if ((d == '’' || d == '\'') && closesSingle(t, j, pe)) {
                        close = j;
                        break;
                    }
                    if (d == '‘' || (d == '\'' && opensSingle(t, j, ps))) {
                        break; // another opening before a closing: not a quotation
                    }
                }
                if (close > 0) {
                    out.add(new int[]{i, close});
                    i = close + 1;
                    continue;
                }
            }
            i++;
        }
        return out;
    }

    private static boolean insideDouble(int i, List<int[]> doubles, int pe) {
        for (int[] d : doubles) {
            int end = d[1] < 0 ? pe : d[1];
            if (i > d[0] && i < end) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensSingle(String t, int i, int ps) {
        if (i + 1 >= t.length() || !Character.isLetterOrDigit(t.charAt(i + 1))) {
            return false;
        }
        if (Character.isDigit(t.charAt(i + 1))) {
            return false; // '90s
        }
        String ahead = t.substring(i + 1, Math.min(t.length(), i + 5)).toLowerCase(Locale.ROOT);
        if (ahead.startsWith("em ") || ahead.startsWith("til ") || ahead.startsWith("cause ")
                || ahead.startsWith("n ") || ahead.startsWith("tis ")) {
            return false;
        }
        if (i == ps) {
            return true;
        }
        char prev = t.charAt(i - 1);
        return Character.isWhitespace(prev) || "([{—–-/“\"".indexOf(prev) >= 0;
    }

    private static boolean closesSingle(String t, int j, int pe) {
        char prev = t.charAt(j - 1);
        if (Character.isWhitespace(prev)) {
            return false;
        }
        if (j + 1 >= pe) {
            return true;
        }
        char next = t.charAt(j + 1);
        return !Character.isLetterOrDigit(next);
    }

    private static boolean isScare(String t, int openMark, int start, int end, int ps) {
        String inner = t.substring(start, end);
        String[] words = inner.trim().split("\\s+");
        if (words.length > SCARE_MAX_WORDS) {
            return false;
        }
        String prev = previousWord(t, openMark, ps);
        if (prev == null) {
            return false;
        }
        if (NAMING_WORDS.contains(prev) && !prev.equals("called") && !prev.equals("as")) {
            return true;
        }
        boolean titleCase = true;
        for (String w : words) {
            if (w.isEmpty() || !(Character.isUpperCase(w.charAt(0)) || Character.isDigit(w.charAt(0)))) {
                titleCase = false;
            }
        }
        return titleCase && (ARTICLES.contains(prev) || prev.equals("as"));
    }

    private static boolean isDirect(String t, int openMark, int start, int end, int ps) {
        char first = t.charAt(start);
        if (!(Character.isUpperCase(first) || Character.isDigit(first))) {
            return false;
        }
        int k = openMark - 1;
        while (k >= ps && Character.isWhitespace(t.charAt(k))) {
            k--;
        }
        boolean clauseStart = k < ps || ":,.;—–!?".indexOf(t.charAt(k)) >= 0 || t.charAt(k) == '(';
        String prev = previousWord(t, openMark, ps);
        boolean afterSpeechVerb = prev != null && SPEECH_LEADS.contains(prev);
        int words = t.substring(start, end).trim().split("\\s+").length;
        char last = t.charAt(end - 1);
        return (clauseStart || afterSpeechVerb) && (words >= 4 || ".!?,".indexOf(last) >= 0);
    }

    /** The lower-cased word right before position `pos` in the same paragraph, or null. */
    static String previousWord(String t, int pos, int ps) {
        int k = pos - 1;
        while (k >= ps && Character.isWhitespace(t.charAt(k))) {
            k--;
        }
        int e = k + 1;
        while (k >= ps && (Character.isLetterOrDigit(t.charAt(k)) || t.charAt(k) == '-')) {
            k--;
        }
        return e > k + 1 ? t.substring(k + 1, e).toLowerCase(Locale.ROOT) : null;
    }
}
