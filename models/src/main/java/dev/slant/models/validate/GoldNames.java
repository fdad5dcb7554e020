package dev.slant.models.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the gold expects as a full speaker name, read from the article alone (independently of the attributor, so the
 * check does not share its mistakes): the name at the head of an annotated source span (`Sen. Ted Cruz` → `Ted Cruz`,
 * `Clinton spokesman Brian Fallon` → `Brian Fallon`, `Trump` → `Donald J. Trump`), widened to the longest form of the
 * same person's name in the article. Names never cross a sentence; titles and party labels before a person's name are
 * not part of it; an organisation's name is kept whole.
 */
public final class GoldNames {
    private GoldNames() {
    }

    /** A name's words: a capital, then letters; an abbreviation or initial may end with a dot. */
    private static final Pattern WORD = Pattern.compile("[\\p{Lu}]\\.(?:[\\p{Lu}]\\.)+|[\\p{Lu}][\\p{L}\\p{M}'’\\-]*\\.?");
    /** Titles, honorifics and labels that precede a person's name but are not part of it. */
    static final Set<String> TITLES = Set.copyOf(java.util.Arrays.asList("mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr.", "sen.", "sen",
            "senator", "rep.", "rep", "representative", "gov.", "gov", "governor", "lt.", "president", "vice",
            "secretary", "minister", "prime", "foreign", "state", "attorney", "general", "gen.", "former", "speaker",
            "house", "majority", "minority", "leader", "chairman", "chairwoman", "chair", "chief", "justice", "judge",
            "mayor", "ambassador", "director", "commissioner", "spokesman", "spokeswoman", "press", "candidate",
            "nominee", "presidential", "republican", "republicans", "democrat", "democrats", "democratic", "gop",
            "u.s.", "us", "rev.", "adm.", "col.", "sgt.", "capt.", "prof.", "professor", "pope", "king", "queen",
            "prince", "sir", "lord", "dame", "the", "a", "an", "by", "from", "of", "former", "lt.", "gen", "cmdr.",
            "coach", "but", "and", "said", "says", "billionaire", "businessman", "businesswoman", "hacker", "chair", "despite", "as", "when", "although", "senate", "minority", "majority", "whip", "sens.", "reps.", "govs.", "rival", "host", "anchor", "ceo", "chancellor", "premier", "mp", "mla", "mpp", "councillor", "councilor",
            "councilman", "councilwoman", "sheriff", "officer", "detective", "sgt", "constable", "supt.", "insp.",
            "deputy", "assistant", "associate", "executive", "manager", "campaign", "independent", "liberal",
            "conservative", "ndp", "libertarian", "green", "texas", "ohio", "florida", "new", "york", "vermont",
            "indiana", "virginia", "kentucky", "wisconsin", "massachusetts", "california", "illinois", "arizona"));
    /** Words that make a capitalised run an organisation, whose name is not stripped. */
    private static final Set<String> ORG_WORDS = Set.copyOf(java.util.Arrays.asList("committee", "party", "national", "association", "department",
            "institute", "council", "agency", "office", "commission", "foundation", "center", "centre", "university",
            "union", "court", "congress", "senate", "house", "administration", "ministry", "bureau", "service",
            "corporation", "company", "inc.", "group", "network", "news", "press", "times", "post", "journal",
            "police", "board", "authority", "coalition", "alliance", "organization", "organisation", "fund", "bank",
            "federation", "league", "campaign", "project", "society", "pentagon", "kremlin", "nations", "states"));
    private static final Set<String> NOT_NAMES = Set.of("he", "she", "they", "it", "i", "we", "you", "his", "her",
            "their", "its", "our", "this", "that", "these", "those", "some", "many", "most", "others", "both");

    /** `John Stumpf on Tuesday`, `for March`: a date after `on`/`for` ends a name, it does not join an organisation's. */
    private static final Set<String> DATES = Set.of("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
            "Sunday", "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December");

    /** A capitalised run: word offsets into the article. */
    private record Run(int start, int end, List<int[]> words) {
    }

    /**
     * The name at the head of the source span [start, end) (titles stripped), or null when the source is not a name
     * (a pronoun, `Trump's campaign`, `officials`).
     */
    public static int[] headName(String text, int start, int end) {
        String span = text.substring(start, end).stripTrailing().replaceAll("[,.;:]+$", "");
        if (span.endsWith(")") && span.lastIndexOf('(') > 0) {
            end = start + span.lastIndexOf('('); // `Sen. David Perdue (R-Ga.)`: the party and state are not the name
        }
        List<Run> runs = runs(text, start, end);
        if (runs.isEmpty()) {
            return null;
        }
        Run head = null;
        Run first = runs.get(0);
        String before = text.substring(start, first.start()).trim().toLowerCase(Locale.ROOT);
        String tail = text.substring(runs.get(runs.size() - 1).end(), end).trim();
        if (runs.size() > 1 && text.substring(first.end(), end).trim().startsWith(",")
                && (before.isEmpty() || before.equals("the"))) {
            head = first; // `Kenneth Baer, a former official who runs Crosscut Strategies`
        } else if ((tail.isEmpty() || tail.matches("[,.;:)\\]]*")) && !governed(text, start,
                runs.get(runs.size() - 1).start())) {
            head = runs.get(runs.size() - 1);
        } else if (text.substring(first.end(), end).trim().startsWith(",") && (before.isEmpty() || before.equals("the"))) {
            head = first;
        }
        if (head == null) {
            return null;
        }
        int[] name = stripped(text, head);
        if (name == null) {
            return null;
        }
        String n = text.substring(name[0], name[1]);
        if (!n.contains(" ") && (NOT_NAMES.contains(n.toLowerCase(Locale.ROOT)) || commonNounAtSentenceStart(text,
                name[0], n))) {
            return null;
        }
        return name;
    }

    /**
     * The name ends the span but is not its head: the object of a preposition or inside a relative clause (`a longtime
     * adviser to Trump`, `a member who supports Trump`).
     */
    private static boolean governed(String text, int spanStart, int runStart) {
        String before = " " + text.substring(spanStart, runStart).toLowerCase(Locale.ROOT).trim();
        return before.matches(".*\\b(to|of|for|by|with|from|at|in|on|about|against|behind|under)$")
                || before.matches(".*\\b(who|which|that|whom)\\b.*");
    }

    /** `Officials said`: a single capitalised word opening a sentence that the article also writes in lower case. */
    private static boolean commonNounAtSentenceStart(String text, int pos, String word) {
        int k = pos - 1;
        while (k >= 0 && (text.charAt(k) == ' ' || "\"“”‘’'".indexOf(text.charAt(k)) >= 0)) {
            k--;
        }
        boolean opens = k < 0 || ".!?\n".indexOf(text.charAt(k)) >= 0;
        return opens && Pattern.compile("\\b" + Pattern.quote(word.toLowerCase(Locale.ROOT)) + "\\b").matcher(text).find();
    }

    /**
     * The full name the gold expects for a source span, or null when the source is not a name: the longest name in
     * the article that ends with the head name and belongs to the same person (the nearest earlier fuller form decides
     * the first name, so `Clinton` after `Bill Clinton` is not widened to `Hillary Rodham Clinton`).
     */
    public static String expected(String text, int start, int end) {
        int[] head = headName(text, start, end);
        if (head == null) {
            return null;
        }
        String name = text.substring(head[0], head[1]);
        List<String> words = List.of(name.split("\\s+"));
        // a body's name widens to the body's fuller name (`the Times` → `New York Times`), a person's to a person's
        // (a lone word in capitals is a transcript's label as often as an acronym: `PENCE` widens to `Mike Pence`)
        boolean org = isOrganisation(words) && !(words.size() == 1 && name.equals(name.toUpperCase(Locale.ROOT)));
        List<String> forms = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        for (Run r : runs(text, 0, text.length())) {
            int[] s = stripped(text, r);
            if (s == null || quoted(text, r.start())) {
                continue; // `"Crooked Hillary Clinton"` in a tweet is the tweeter's name for her, not the article's
            }
            String cand = text.substring(s[0], s[1]);
            List<String> cw = List.of(cand.split("\\s+"));
            if (cw.size() > words.size() && cw.size() <= 5 && endsWith(cw, words) && isOrganisation(cw) == org) {
                forms.add(cand);
                at.add(s[0]);
            }
        }
        if (forms.isEmpty()) {
            return name;
        }
        int pick = -1;
        for (int k = 0; k < forms.size(); k++) {
            if (at.get(k) <= head[0]) {
                pick = k;
            }
        }
        if (pick < 0) {
            pick = 0;
        }
        String first = forms.get(pick).split("\\s+")[0];
        String best = forms.get(pick);
        for (String f : forms) {
            if (f.split("\\s+")[0].equals(first) && f.length() > best.length()) {
                best = f;
            }
        }
        return best;
    }

    /** Position `pos` is inside quotation marks on its line (an odd number of straight marks, or an open curly one). */
    private static boolean quoted(String text, int pos) {
        int line = text.lastIndexOf('\n', pos - 1) + 1;
        String before = text.substring(line, pos);
        long straight = before.chars().filter(c -> c == '"').count();
        return straight % 2 == 1 || before.lastIndexOf('“') > before.lastIndexOf('”');
    }

    private static boolean endsWith(List<String> longer, List<String> suffix) {
        int off = longer.size() - suffix.size();
        for (int k = 0; k < suffix.size(); k++) {
            if (!plain(longer.get(off + k)).equalsIgnoreCase(plain(suffix.get(k)))) {
                return false;
            }
        }
        return true;
    }

    private static String plain(String w) {
        return w.replaceAll("['’]s$", "").replaceAll("[.,]$", "");
    }

    /** Last words of organisations' names joined with `of`/`on`/`for` (`Commission on Presidential Debates`). */
    private static final Set<String> ORG_TAILS = Set.of("debates", "research", "relations", "prisons", "affairs",
            "studies", "policy", "rights", "sciences", "health", "security", "defense", "defence", "commerce",
            "america", "education", "labor", "labour", "justice", "investigation", "statistics", "abuse");

    /**
     * `Federal Bureau of Prisons`, `New York Times`, `the EU`; not `Senate Minority Leader Harry Reid`, nor
     * `Massachusetts Secretary of State William Galvin` (a title inside a run joined by `of` makes it a person's).
     */
    static boolean isOrganisation(List<String> words) {
        String last = words.get(words.size() - 1).toLowerCase(Locale.ROOT);
        if (ORG_WORDS.contains(last) || ORG_TAILS.contains(last)) {
            return true;
        }
        if (words.stream().anyMatch(w -> Set.of("of", "for", "on").contains(w))) {
            return words.stream().noneMatch(w -> TITLES.contains(w.toLowerCase(Locale.ROOT))
                    && !Set.of("of", "the", "a", "an", "by", "from", "on", "for").contains(w));
        }
        return words.size() == 1 && words.get(0).length() >= 2 && words.get(0).equals(words.get(0).toUpperCase(
                Locale.ROOT)) && !words.get(0).contains(".");
    }

    /** The run without leading titles (a person's) or leading `The` (an organisation's); null if nothing is left. */
    private static int[] stripped(String text, Run r) {
        List<String> ws = new ArrayList<>();
        for (int[] w : r.words()) {
            ws.add(text.substring(w[0], w[1]));
        }
        int from = 0;
        boolean org = isOrganisation(List.of(text.substring(r.start(), r.end()).split("\\s+")));
        if (org) {
            while (from < ws.size() - 1 && Set.of("the", "a", "an").contains(ws.get(from).toLowerCase(Locale.ROOT))) {
                from++;
            }
        } else {
            for (int k = 0; k < ws.size() - 1; k++) {
                // `NBC’s Dante Chinni`: a possessor before a person's name is not part of it either
                if (TITLES.contains(ws.get(k).toLowerCase(Locale.ROOT)) || ws.get(k).matches(".+['’]s|.+s['’]")
                        || k == from && commonNounAtSentenceStart(text, r.words().get(k)[0], ws.get(k))) {
                    from = k + 1;
                }
            }
        }
        int to = ws.size();
        // `Senator John McCain of Arizona`: the place after a person's name is not part of it
        for (int k = from + 1; k < ws.size() && !org; k++) {
            String gap = text.substring(r.words().get(k - 1)[1], r.words().get(k)[0]);
            if (gap.matches(" (of|for|from) ") && k - from >= 2 && ws.size() - k <= 2) {
                to = k;
                break;
            }
        }
        if (!org && TITLES.contains(ws.get(to - 1).toLowerCase(Locale.ROOT))) {
            return null;
        }
        // a possessive ends the name: `Trump's` → `Trump`
        return new int[]{r.words().get(from)[0], r.words().get(to - 1)[1] - (ws.get(to - 1).matches(".*['’]s")
                ? 2 : 0)};
    }

    /**
     * Capitalised runs in [from, to): words joined by single spaces (or `of`/`on`/`for` between capitals inside an
     * organisation's name), never past a word ending a sentence (`Monday.`) or a line.
     */
    private static List<Run> runs(String text, int from, int to) {
        List<Run> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        m.region(from, to);
        List<int[]> cur = new ArrayList<>();
        int lastEnd = -1;
        boolean closed = false;
        while (m.find()) {
            if (m.start() > 0 && Character.isLetterOrDigit(text.charAt(m.start() - 1))) {
                continue; // inside a word (`McDonald`'s second capital)
            }
            int s = m.start();
            int e = m.end();
            String gap = lastEnd < 0 ? null : text.substring(lastEnd, s);
            boolean joins = gap != null && !closed && (gap.equals(" ") || gap.matches(" (of|on|for|de|van|von|al-|bin|ibn) ")
                    && Character.isUpperCase(text.charAt(s)) && !DATES.contains(text.substring(s, e)));
            if (!joins && !cur.isEmpty()) {
                out.add(new Run(cur.get(0)[0], cur.get(cur.size() - 1)[1], cur));
                cur = new ArrayList<>();
            }
            String w = text.substring(s, e);
            // trailing dot: an initial or an abbreviation keeps the run going, a sentence end closes it
            if (w.endsWith(".") && w.length() > 2 && !TITLES.contains(w.toLowerCase(Locale.ROOT))
                    && !Set.of("jr.", "sr.", "st.", "ft.", "mt.").contains(w.toLowerCase(Locale.ROOT))
                    && !w.matches("(\\p{Lu}\\.)+")) {
                e--;
                cur.add(new int[]{s, e});
                closed = true;
            } else {
                cur.add(new int[]{s, e});
                closed = false;
            }
            lastEnd = m.end();
        }
        if (!cur.isEmpty()) {
            out.add(new Run(cur.get(0)[0], cur.get(cur.size() - 1)[1], cur));
        }
        return out;
    }
}
