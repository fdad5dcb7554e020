package dev.slant.jobs.quotes;

/**
 * Whether an article is written in the Latin script the English CoreNLP models expect. A Russian or Chinese article
 * is not an error of the input but has nothing the models can read: the tagger treats every word as unknown (about a
 * millisecond per character), so such an article would only burn its time budget and then be rejected as a timeout.
 * Rejecting it up front says why.
 */
public final class ScriptCheck {
    /** Below this share of Latin letters among all letters, the article is not read. */
    static final double MIN_LATIN_SHARE = 0.5;

    private ScriptCheck() {
    }

    /** Null when the text is mostly Latin letters (or has none); else why it is not read. */
    public static String unsupported(String text) {
        long letters = 0;
        long latin = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                letters++;
                if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN) {
                    latin++;
                }
            }
        }
        if (letters == 0 || latin >= MIN_LATIN_SHARE * letters) {
            return null;
        }
        return String.format("%.0f%% of %,d letters are not Latin script (the models read English)",
                100.0 * (letters - latin) / letters, letters);
    }
}
