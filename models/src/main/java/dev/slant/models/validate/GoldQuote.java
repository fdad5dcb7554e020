package dev.slant.models.validate;

import java.util.List;

/**
 * A hand-labelled quotation: its span in the article, the accepted speakers (seed gold: canonical names) or the
 * annotated source span (PolNeAR: sourceStart/sourceEnd/sourceText, -1 when the attribution has no source).
 */
public record GoldQuote(String articleId, String text, int start, int end, String kind, List<String> speakers,
                        int sourceStart, int sourceEnd, String sourceText) {
}
