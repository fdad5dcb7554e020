package dev.slant.models.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;

import java.util.ArrayList;

import java.util.List;
import java.util.Set;

/**
 * CoreNLP's tokenizer reads a state abbreviation followed by a capitalised word as the end of a sentence and splits
 * its period off as a sentence-final `.`: `said Del. Stacey Plaskett` (a Delegate) and `Calif. Gov. Jerry Brown`
 * become two sentences each, and the speaker `Del` or `Calif`. No tokenizer option turns that heuristic off (and since
 * CoreNLP 4.5 the tokenizer splits the sentences itself), so the two sentences are joined again and the split period
 * given back to the abbreviation, where the abbreviation is a title before a name or a state before a title.
 */
final class TitleAbbreviations {
    /** Title abbreviations the tokenizer also takes for a state's (`Del.` = Delegate, Delaware). */
    private static final Set<String> TITLES = Set.of("Del", "Dels");
    /** Title abbreviations that follow a state's (`Calif. Gov. Jerry Brown`, `Ill. Sen. Dick Durbin`). */
    private static final Set<String> FOLLOWING_TITLES = Set.of("Gov.", "Sen.", "Rep.", "Lt.", "Sens.", "Reps.",
            "Atty.", "Del.");
    /** Before a state abbreviation that ends its sentence (`Wilmington, Del.`, `moved to Del.`). */
    private static final Set<String> STATE_CONTEXT = Set.of(",", "of", "in", "to", "from", "at", "for", "near",
            "and", "or");
    /** Capitalised words that open a sentence and are no first name. */
    private static final Set<String> OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I", "You",
            "This", "That", "These", "Those", "In", "On", "At", "But", "And", "Or", "So", "If", "As", "When", "While",
            "Then", "There", "Here", "Now", "His", "Her", "Their", "Its", "Our", "After", "Before", "Since", "For");

    private TitleAbbreviations() {
    }

    /**
     * Joins each sentence that ends in a title abbreviation's split-off period to the next one, giving the period back
     * to the abbreviation; the document's sentences and tokens are changed in place.
     */
    static void mend(Annotation doc, String text) {
        List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<CoreLabel> docTokens = doc.get(CoreAnnotations.TokensAnnotation.class);
        if (sentences == null || docTokens == null) {
            return;
        }
        List<CoreMap> out = new ArrayList<>();
        for (CoreMap next : sentences) {
            CoreMap prev = out.isEmpty() ? null : out.get(out.size() - 1);
            if (prev != null && joins(tokens(prev), tokens(next), text)) {
                out.set(out.size() - 1, join(prev, next, text, docTokens));
            } else {
                out.add(next);
            }
        }
        if (out.size() == sentences.size()) {
            return;
        }
        int tokenIndex = 0;
        for (int i = 0; i < out.size(); i++) {
            CoreMap s = out.get(i);
            List<CoreLabel> toks = tokens(s);
            s.set(CoreAnnotations.SentenceIndexAnnotation.class, i);
            s.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex);
            s.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + toks.size());
            for (int k = 0; k < toks.size(); k++) {
                CoreLabel tok = toks.get(k);
                tok.setIndex(k + 1);
                tok.setSentIndex(i);
                tok.set(CoreAnnotations.TokenBeginAnnotation.class, tokenIndex + k);
                tok.set(CoreAnnotations.TokenEndAnnotation.class, tokenIndex + k + 1);
            }
            tokenIndex += toks.size();
        }
        doc.set(CoreAnnotations.SentencesAnnotation.class, out);
    }

    private static List<CoreLabel> tokens(CoreMap s) {
        return s.get(CoreAnnotations.TokensAnnotation.class);
    }

    /** `... said Del.` | `Stacey Plaskett ...`: the first sentence ends in a split-off abbreviation that is a title. */
    private static boolean joins(List<CoreLabel> prev, List<CoreLabel> next, String text) {
        int n = prev.size();
        if (n < 2 || next.size() < 2) {
            return false;
        }
        CoreLabel abbr = prev.get(n - 2);
        CoreLabel dot = prev.get(n - 1);
        boolean splitOff = abbr.word().endsWith(".") && !abbr.originalText().endsWith(".")
                && dot.word().equals(".") && dot.beginPosition() == abbr.endPosition();
        if (!splitOff || !sameLine(text, dot.endPosition(), next.get(0).beginPosition())) {
            return false;
        }
        String before = n >= 3 ? prev.get(n - 3).word() : "";
        return titleBeforeName(abbr.originalText(), before, next) || stateBeforeTitle(next);
    }

    /** One sentence of the two, the abbreviation given its period back and the split-off period dropped. */
    private static CoreMap join(CoreMap prev, CoreMap next, String text, List<CoreLabel> docTokens) {
        List<CoreLabel> first = tokens(prev);
        CoreLabel abbr = first.get(first.size() - 2);
        CoreLabel dot = first.get(first.size() - 1);
        abbr.setOriginalText(abbr.originalText() + ".");
        abbr.setValue(abbr.word());
        abbr.setEndPosition(dot.endPosition());
        abbr.set(CoreAnnotations.AfterAnnotation.class, dot.get(CoreAnnotations.AfterAnnotation.class));
        docTokens.remove(dot);
        List<CoreLabel> toks = new ArrayList<>(first.subList(0, first.size() - 1));
        toks.addAll(tokens(next));
        int begin = prev.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = next.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        CoreMap joined = new ArrayCoreMap();
        joined.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
        joined.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
        joined.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
        joined.set(CoreAnnotations.TokensAnnotation.class, toks);
        return joined;
    }

    /** `said Del. Stacey Plaskett`: a title abbreviation, not after a place's comma or a preposition, before a name. */
    private static boolean titleBeforeName(String abbr, String before, List<CoreLabel> next) {
        if (!TITLES.contains(abbr) || STATE_CONTEXT.contains(before)) {
            return false;
        }
        String first = next.get(0).word();
        return capitalised(first) && !OPENERS.contains(first) && capitalised(next.get(1).word());
    }

    /** `Calif. Gov. Jerry Brown`: a state abbreviation before a title abbreviation and a capitalised name. */
    private static boolean stateBeforeTitle(List<CoreLabel> next) {
        return FOLLOWING_TITLES.contains(next.get(0).word()) && capitalised(next.get(1).word());
    }

    private static boolean capitalised(String w) {
        return !w.isEmpty() && Character.isUpperCase(w.charAt(0)) && w.chars().anyMatch(Character::isLowerCase);
    }

    private static boolean sameLine(String text, int from, int to) {
        return from <= to && to <= text.length() && text.substring(from, to).indexOf('\n') < 0;
    }
}
