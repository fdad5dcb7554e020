package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.nlp.Interrupts;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The speaker labels of an article that is a transcript (`PENCE: Well, look, …`). */
final class TranscriptLabels {
    private final AttributionContext ctx;
    private final AnnotatedArticle a;

    TranscriptLabels(AttributionContext ctx) {
        this.ctx = ctx;
        this.a = ctx.article();
    }

    /** A transcript's speaker label opening a paragraph: one to three words in capitals and a colon. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[\"“”]?[ \\t]*(\\p{Lu}[\\p{Lu}.'’-]+(?:[ \\t]+\\p{Lu}"
            + "[\\p{Lu}.'’-]+){0,2}):[ \\t]");
    /** Capitalised words before a colon that head a paragraph without naming anyone. */
    private static final Set<String> NOT_LABELS = Set.copyOf(List.of("VIDEO", "UPDATE", "EMAIL", "BYLINE", "WATCH",
            "BREAKING", "EXCLUSIVE", "NOTE", "EDITOR'S NOTE", "PHOTO", "PHOTOS", "SOURCE", "READ", "LISTEN",
                    "CORRECTION",
            "LOOK", "BOOM", "BUSTED", "WOW", "REPORT", "POLL", "FACT CHECK", "RELATED", "MORE", "AUDIO", "TRANSCRIPT"));
    private Map<String, Integer> labelCounts;

    /**
     * `"PENCE: Well, look, …"`: a quotation in marks that opens with a transcript's speaker label is that speaker's.
     * The label counts when the transcript has at least two speakers who each speak more than once (`WALLACE:`,
     * `PENCE:`), or when the article names that person in full elsewhere (`Gov. Mike Pence`); it resolves to the
     * fullest name in the article (`Mike Pence`), else stays as written (`WALLACE`).
     */
    Speaker labelOf(MarkedSpan m) {
        Matcher lm = LABEL.matcher(a.text()).region(Math.max(0, m.openMark()),
                Math.min(a.text().length(), m.start() + 40)).useAnchoringBounds(false);
        if (!lm.lookingAt() || NOT_LABELS.contains(lm.group(1))) {
            return null;
        }
        String label = lm.group(1);
        int from = lm.start(1);
        int to = lm.end(1);
        String[] words = label.split("[ \\t]+");
        StringBuilder titled = new StringBuilder();
        for (String w : words) {
            titled.append(titled.length() == 0 ? "" : " ").append(w.charAt(0))
                    .append(QuoteAttributor.lower(w.substring(1)));
        }
        String full = ctx.names().fullestName(titled.toString(), from);
        boolean named = !full.equals(titled.toString()) || words.length > 1 && a.text().contains(titled);
        if (!named && !dialogue(label)) {
            return null;
        }
        String name = named ? full : label;
        Optional<Actor> act = named ? ctx.registry().resolveName(full) : Optional.empty();
        if (act.isPresent()) {
            return ctx.speakerOf(act.get(), label, from, to, AttributionMethod.TRANSCRIPT, 0.85);
        }
        return new Speaker(label, from, to, name, null, null, true, null, AttributionMethod.TRANSCRIPT, 0.8);
    }

    /** This label heads two or more paragraphs, and so does another one: the article is a transcript. */
    private boolean dialogue(String label) {
        if (labelCounts == null) {
            labelCounts = new HashMap<>();
            Matcher lm = LABEL.matcher(Interrupts.interruptible(a.text()));
            while (lm.find()) {
                if (!NOT_LABELS.contains(lm.group(1))) {
                    labelCounts.merge(lm.group(1), 1, Integer::sum);
                }
            }
        }
        long speakers = labelCounts.values().stream().filter(c -> c >= 2).count();
        return labelCounts.getOrDefault(label, 0) >= 2 && speakers >= 2;
    }
}
