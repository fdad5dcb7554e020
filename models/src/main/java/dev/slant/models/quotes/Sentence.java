package dev.slant.models.quotes;

import java.util.List;

/**
 * A sentence: offsets into the article, the paragraph it belongs to, its tokens (POS-tagged when it was selected,
 * with NER classes when it was selected or may hold the antecedent of a quotation's speaker).
 */
public record Sentence(int index, int start, int end, int paragraph, List<Token> tokens, boolean tagged) {
    public String text(String article) {
        return article.substring(start, end);
    }

    /** The entity mention of `type` around token k (contiguous tokens of that class), or null. */
    public int[] entityAt(int k, String type) {
        if (k < 0 || k >= tokens.size() || !tokens.get(k).isEntity(type)) {
            return null;
        }
        int from = k;
        while (from > 0 && tokens.get(from - 1).isEntity(type)) {
            from--;
        }
        int to = k + 1;
        while (to < tokens.size() && tokens.get(to).isEntity(type)) {
            to++;
        }
        return new int[]{from, to};
    }
}
