package dev.slant.models.quotes;

/** Characters [start, end) of an article. */
public record TextSpan(int start, int end) {
    public String text(String article) {
        return article.substring(start, end);
    }
}
