package dev.slant.models.quotes;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Quotations in marks and their speakers: a transcript's label, the previous paragraph's speaker for a quotation
 * running over paragraphs, the best reporting cue in the quotation's sentences (or right after it), a name after a
 * dash, the clause subject or the previous quotation's speaker; then the {@link SpeakerRanker} has its say.
 */
final class MarkedQuotes {
    private final AnnotatedArticle a;
    private final QuotedText quoted;
    private final CueFinder cues;
    private final SpeakerResolver resolver;
    private final DiscourseHistory history;
    private final SpeakerRanker ranker;
    private final TranscriptLabels labels;

    MarkedQuotes(AttributionContext ctx, CueFinder cues, SpeakerResolver resolver, DiscourseHistory history,
                 SpeakerRanker ranker) {
        this.a = ctx.article();
        this.quoted = ctx.quoted();
        this.cues = cues;
        this.resolver = resolver;
        this.history = history;
        this.ranker = ranker;
        this.labels = new TranscriptLabels(ctx);
    }

    /**
     * Quotation m attributed, or null when it is a name or term in marks that nobody says (`"Cozy Bear"`); marked holds
     * all the article's quotations in marks (the pieces of one quotation over several paragraphs share a group).
     */
    Quote attribute(MarkedSpan m, List<MarkedSpan> marked) {
        int firstSentence = a.sentenceAt(m.openMark());
        int lastSentenceIdx = a.sentenceAt(Math.max(m.start(), m.end() - 1));
        Speaker sp = null;
        String cueText = null;
        MarkedSpan groupHead = marked.get(m.group());
        Speaker label = labels.labelOf(m); // `"PENCE: Well, look, …`: a transcript names its speaker in capitals
        if (label != null) {
            sp = label;
        } else if (groupHead != m && history.last() != null) {
            // a later paragraph of a multi-paragraph quotation: same speaker as its first paragraph
            sp = history.last().withMethod(AttributionMethod.CONTINUATION, Math.min(0.8, history.last().confidence()));
        }
        if (sp == null) {
            CueFinder.CuedSpeaker best = null;
            for (int k = firstSentence; k <= lastSentenceIdx; k++) {
                CueFinder.CuedSpeaker c = cues.bestCue(a.sentences().get(k), m);
                if (c != null && (best == null || c.score() > best.score())) {
                    best = c;
                }
            }
            // `"Does anybody know ...?" Graham asked.`: the splitter ends the sentence at the question mark
            if (best == null && lastSentenceIdx + 1 < a.sentences().size() && m.closeMark() >= 0) {
                Sentence after = a.sentences().get(lastSentenceIdx + 1);
                char endsWith = a.text().charAt(m.end() - 1);
                boolean ownQuote = false;
                for (int k = after.start(); k < after.end(); k++) {
                    ownQuote |= quoted.covers(k);
                }
                if (after.paragraph() == a.sentences().get(lastSentenceIdx).paragraph()
                        && "?!.,".indexOf(endsWith) >= 0
                        && after.start() - m.closeMark() <= 3 && !after.tokens().isEmpty() && !ownQuote) {
                    CueFinder.CuedSpeaker c = cues.bestCue(after, m);
                    if (c != null && c.cue().tokenIndex() <= 6) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                sp = best.speaker();
                cueText = best.cue().text();
            }
        }
        Sentence s = a.sentences().get(firstSentence);
        String words = a.text().substring(m.start(), m.end());
        if (cueText == null && groupHead == m && titleCase(words)
                && words.trim().split("\\s+").length <= QuoteExtractor.SCARE_MAX_WORDS) {
            return null; // `the hackers known as "Cozy Bear"`: a name in marks that nobody is quoted saying
        }
        if (sp == null && groupHead == m) {
            sp = dashAttribution(m); // before any fallback: the dash names this quotation's speaker outright
        }
        if (sp == null) {
            Speaker subject = cues.clauseSubject(s, m.openMark());
            boolean namedSubject = subject != null && subject.known() && subject.method() != AttributionMethod.PRONOUN;
            boolean recent = history.last() != null && (history.lastSentence() >= firstSentence - 2
                    && history.lastParagraph() >= s.paragraph() - 1);
            // `As Ms. Simonyan put it ..., RT is "…"`: a person the quotation's own sentence is about, named before
            // it, speaks it rather than the previous quotation's speaker
            Speaker focus = history.focusBefore(m.openMark(), null);
            if (namedSubject) {
                sp = subject.withMethod(AttributionMethod.SUBJECT, 0.45);
            } else if (focus != null && (history.last() == null || !sameSpeaker(focus, history.last()))) {
                sp = focus.withMethod(AttributionMethod.SUBJECT, 0.45);
            } else if (recent) {
                sp = history.last().withMethod(AttributionMethod.CONTINUATION, 0.6);
            } else if (subject != null && subject.known()) {
                sp = subject.withMethod(AttributionMethod.PRONOUN, 0.4);
            }
        }
        if (sp == null && m.length() < 40 && titleCase(a.text().substring(m.start(), m.end()))) {
            return null; // a capitalised name in marks with nobody saying it: a title or term, not a quotation
        }
        if (groupHead == m) { // a later paragraph of a multi-paragraph quotation keeps its first paragraph's speaker
            sp = ranker.choose(m, QuoteKind.inMarks(m).label(), sp, history.previous());
        }
        if (sp != null && sp.known()) {
            history.remember(sp, firstSentence, s.paragraph());
        }
        return QuoteRows.of(a.text(), m.start(), m.end(), QuoteKind.inMarks(m), cueText, sp);
    }

    /** `"…" ― Pamela Padilla` at the end of its line: a name after a dash attributes the quotation before it. */
    private static final Pattern DASH_NAME = Pattern.compile("^[ \\t\\u00A0]*[―—–]+[ \\t\\u00A0]*(\\p{Lu}[\\p{L}'’.-]*"
            + "(?:[ \\t\\u00A0]+\\p{Lu}[\\p{L}'’.-]*){0,4})[ \\t\\u00A0]*[.,]?[ \\t\\u00A0]*(?:\\n|$)");

    private Speaker dashAttribution(MarkedSpan m) {
        if (m.closeMark() < 0) {
            return null;
        }
        String after = a.text().substring(m.closeMark() + 1, Math.min(a.text().length(), m.closeMark() + 80));
        Matcher dm = DASH_NAME.matcher(after);
        if (!dm.find()) {
            return null;
        }
        int from = m.closeMark() + 1 + dm.start(1);
        int to = m.closeMark() + 1 + dm.end(1);
        Sentence sen = a.sentences().get(a.sentenceAt(from));
        List<Token> t = sen.tokens();
        int i = 0;
        while (i < t.size() && t.get(i).start() < from) {
            i++;
        }
        int j = i;
        while (j < t.size() && t.get(j).end() <= to) {
            j++;
        }
        if (i >= t.size() || t.get(i).start() != from || j == i) {
            return null;
        }
        Speaker sp = resolver.resolve(sen, i, j, AttributionMethod.DASH);
        return sp.known() ? sp : null;
    }

    private static boolean sameSpeaker(Speaker x, Speaker y) {
        return x.actorId() != null ? x.actorId().equals(y.actorId())
                : x.name() != null && x.name().equals(y.name());
    }

    /** Every word capitalised but the small ones (`Cozy Bear`, `Make America Great Again`). */
    private static boolean titleCase(String s) {
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !Set.of("of", "the", "and", "for", "in", "on", "a", "to").contains(w)) {
                return false;
            }
        }
        return true;
    }
}
