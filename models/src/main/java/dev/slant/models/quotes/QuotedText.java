package dev.slant.models.quotes;

/**
 * The characters of an article inside quotation marks (marks included; scare quotes left out). Words there belong to
 * the person quoted: they are never a reporting cue, a speaker or an antecedent of the article's own.
 */
final class QuotedText {
    private final boolean[] inside;

    QuotedText(AnnotatedArticle a) {
        inside = new boolean[a.text().length() + 1];
        for (MarkedSpan m : a.marked()) {
            if (!m.scare()) {
                int from = Math.max(0, m.openMark());
                int to = m.closeMark() >= 0 ? m.closeMark() + 1 : m.end();
                for (int i = from; i < to && i < inside.length; i++) {
                    inside[i] = true;
                }
            }
        }
    }

    boolean covers(int pos) {
        return inside[pos];
    }

    boolean covers(Token t) {
        return inside[t.start()];
    }

    /** The same as an array, as {@link SpeakerRanker} reads it. */
    boolean[] mask() {
        return inside;
    }
}
