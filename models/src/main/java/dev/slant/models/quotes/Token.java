package dev.slant.models.quotes;

/** One token of an article: its original characters, offsets into the article text, and POS tag (null if untagged). */
public record Token(String word, int start, int end, String tag) {
    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean tagStarts(String prefix) {
        return tag != null && tag.startsWith(prefix);
    }
}
