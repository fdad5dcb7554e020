package dev.slant.models.quotes;

import java.util.List;

/** A sentence: offsets into the article, the paragraph it belongs to, its tokens (POS-tagged when it was selected). */
public record Sentence(int index, int start, int end, int paragraph, List<Token> tokens, boolean tagged) {
    public String text(String article) {
        return article.substring(start, end);
    }
}
