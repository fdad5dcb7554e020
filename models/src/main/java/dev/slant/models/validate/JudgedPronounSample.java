package dev.slant.models.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A hand-judged {@link PronounSourceSample} (rules: data/handcoded/attribution/RULES.md): each line adds `expected`
 * (the referent's full name, the group's own words, or null when the article does not name it), `also_accept`
 * (other forms that count), `verdict` (right / wrong), `error` (the kind of wrong) and `inner_speaker` (set when the
 * found quotation is words in marks that the article gives, inside the gold attribution, to another named person:
 * `Other leaders used blunt language to denounce what Turnbull called "reckless"`). The figure is recomputed here
 * from the verdicts, and every verdict is checked against the speaker and the expected name, so that a judged file
 * whose verdicts contradict its own expected names is refused rather than counted.
 */
public final class JudgedPronounSample {
    /** The kinds of wrong speaker the rules name. */
    public static final Set<String> ERRORS = Set.of("other person", "no speaker", "extra words", "name too short",
            "words not kept", "description kept");

    /** One judged item (the sample's fields that decide the verdict). */
    public record Judged(String articleId, String sourceKind, String source, String speaker, String expected,
                         List<String> alsoAccept, boolean right, String error, String innerSpeaker, String goldQuote) {
        public Judged(String articleId, String sourceKind, String source, String speaker, String expected,
                      List<String> alsoAccept, boolean right, String error, String innerSpeaker) {
            this(articleId, sourceKind, source, speaker, expected, alsoAccept, right, error, innerSpeaker, null);
        }

        /** This item as another attributor would have it: its speaker, judged by the same expected names. */
        Judged withSpeaker(String newSpeaker) {
            Judged j = new Judged(articleId, sourceKind, source, newSpeaker, expected, alsoAccept, false, null,
                    innerSpeaker, goldQuote);
            return new Judged(articleId, sourceKind, source, newSpeaker, expected, alsoAccept, agrees(j), null,
                    innerSpeaker, goldQuote);
        }
    }

    /** A judged sample re-scored with today's attributor: right, wrong, and quotations it no longer finds. */
    public record Rescored(int right, int wrong, int notFound, int newlyRight, int newlyWrong, int judgedRight,
                           int total) {
        public String summary() {
            return String.format("the same items with today's attributor, by the judged expected names: speaker right "
                    + "%d/%d (%.2f; judged code: %d), %d newly right, %d newly wrong, %d quotations no longer found "
                    + "(a name form the judge did not list counts as wrong)", right, total,
                    total == 0 ? 0.0 : (double) right / total, judgedRight, newlyRight, newlyWrong, notFound);
        }
    }

    /**
     * Re-scores every item against the found quotations of today's attributor (`matches` over the same gold): an item
     * is the gold quotation of its article with its text; its new speaker is right when the judge's expected name or
     * an accepted form says so.
     */
    public Rescored rescore(List<AttributionValidation.Match> matches) {
        Map<String, AttributionValidation.Match> byQuote = new java.util.HashMap<>();
        for (AttributionValidation.Match m : matches) {
            byQuote.putIfAbsent(m.article().id() + "\t" + m.gold().text(), m);
        }
        int right = 0;
        int wrong = 0;
        int notFound = 0;
        int newlyRight = 0;
        int newlyWrong = 0;
        for (Judged j : items) {
            AttributionValidation.Match m = byQuote.get(j.articleId() + "\t" + j.goldQuote());
            if (m == null || m.found() == null) {
                notFound++;
                continue;
            }
            Judged now = j.withSpeaker(m.found().speaker());
            if (now.right()) {
                right++;
                newlyRight += j.right() ? 0 : 1;
            } else {
                wrong++;
                newlyWrong += j.right() ? 1 : 0;
            }
        }
        return new Rescored(right, wrong, notFound, newlyRight, newlyWrong, (int) right(), items.size());
    }

    private final List<Judged> items;

    private JudgedPronounSample(List<Judged> items) {
        this.items = List.copyOf(items);
    }

    public List<Judged> items() {
        return items;
    }

    /** Reads a judged file; an item that is malformed or contradicts its own verdict is an error naming its line. */
    public static JudgedPronounSample read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Judged> out = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        int line = 0;
        for (String l : Files.readAllLines(file)) {
            line++;
            if (l.isBlank()) {
                continue;
            }
            JsonNode n = json.readTree(l);
            List<String> also = new ArrayList<>();
            n.path("also_accept").forEach(x -> also.add(x.asText()));
            String verdict = text(n, "verdict");
            Judged j = new Judged(text(n, "article_id"), text(n, "source_kind"), text(n, "source"),
                    text(n, "speaker"), text(n, "expected"), also, "right".equals(verdict), text(n, "error"),
                    text(n, "inner_speaker"), text(n, "gold_quote"));
            String problem = problem(j, verdict);
            if (problem != null) {
                problems.add("line " + line + ": " + problem);
            }
            out.add(j);
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(file + " is not consistent:\n  " + String.join("\n  ", problems));
        }
        return new JudgedPronounSample(out);
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        return v == null || v.isNull() ? null : v.asText();
    }

    /** Why a judged item contradicts the rules, or null when it does not. */
    static String problem(Judged j, String verdict) {
        if (!"right".equals(verdict) && !"wrong".equals(verdict)) {
            return "verdict must be right or wrong, not " + verdict;
        }
        if (j.source() == null || !PronounSourceSample.sourceKind(j.source()).equals(j.sourceKind())) {
            return "source_kind " + j.sourceKind() + " does not fit the source '" + j.source() + "'";
        }
        if (j.right() != agrees(j)) {
            return "verdict " + verdict + " but speaker '" + j.speaker() + "' vs expected '" + j.expected() + "'";
        }
        if (j.right() ? j.error() != null : !ERRORS.contains(j.error())) {
            return "error '" + j.error() + "' with verdict " + verdict;
        }
        if (!j.right() && "no speaker".equals(j.error()) != (j.speaker() == null || j.speaker().isBlank())) {
            return "error 'no speaker' iff the speaker is empty";
        }
        return null;
    }

    /**
     * The rules' test: the speaker equals the expected name or an accepted form; with no expected name (the article
     * does not name the referent), an empty speaker or the source's own words.
     */
    static boolean agrees(Judged j) {
        String s = j.speaker() == null ? "" : norm(j.speaker());
        if (j.expected() == null) {
            return s.isEmpty() || s.equals(norm(j.source()));
        }
        if (s.isEmpty()) {
            return false;
        }
        return s.equals(norm(j.expected())) || j.alsoAccept().stream().anyMatch(a -> s.equals(norm(a)));
    }

    private static String norm(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[\"“”‘’']", "").replaceAll("\\s+", " ").trim()
                .replaceFirst("^(the|a|an) ", "");
    }

    public long right() {
        return items.stream().filter(Judged::right).count();
    }

    /** Right / total for one source kind (`pronoun`, `nominal`). */
    public long[] rightOf(String sourceKind) {
        List<Judged> of = items.stream().filter(j -> sourceKind.equals(j.sourceKind())).toList();
        return new long[]{of.stream().filter(Judged::right).count(), of.size()};
    }

    /** Wrong items by error kind, then by source kind. */
    public Map<String, Map<String, Integer>> errors() {
        Map<String, Map<String, Integer>> out = new TreeMap<>();
        for (Judged j : items) {
            if (!j.right()) {
                out.computeIfAbsent(j.error(), x -> new TreeMap<>()).merge(j.sourceKind(), 1, Integer::sum);
            }
        }
        return out;
    }

    /**
     * Wrong items whose speaker is the person who said the words in marks of a nested quotation: wrong by the rules
     * (the gold source is the outer one), but the words' own speaker.
     */
    public long wrongButInnerSpeaker() {
        return items.stream().filter(j -> !j.right() && j.innerSpeaker() != null && j.speaker() != null
                && norm(j.speaker()).equals(norm(j.innerSpeaker()))).count();
    }

    public String summary() {
        StringBuilder sb = new StringBuilder(String.format(
                "pronoun and nominal sources, judged by hand: speaker right %d/%d (%.2f)", right(), items.size(),
                items.isEmpty() ? 0.0 : (double) right() / items.size()));
        for (String kind : List.of("pronoun", "nominal")) {
            long[] r = rightOf(kind);
            sb.append(String.format("%n  %-8s %d/%d", kind, r[0], r[1]));
        }
        errors().forEach((e, byKind) -> sb.append(String.format("%n  wrong: %-16s %d %s", e,
                byKind.values().stream().mapToInt(Integer::intValue).sum(), byKind)));
        sb.append(String.format("%n  of the wrong, naming the speaker of the words in marks inside a nested quotation: %d",
                wrongButInnerSpeaker()));
        return sb.toString();
    }
}
