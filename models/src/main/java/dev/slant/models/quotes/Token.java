package dev.slant.models.quotes;

/**
 * One token of an article: its original characters, offsets into the article text, POS tag (null if untagged) and
 * NER class (`PERSON`, `ORGANIZATION`, `LOCATION`, `O` for none; null where the recogniser did not run).
 */
public record Token(String word, int start, int end, String tag, String entity) {
    public Token(String word, int start, int end, String tag) {
        this(word, start, end, tag, null);
    }

    public boolean isCapitalised() {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0));
    }

    public String lower() {
        return word.toLowerCase(java.util.Locale.ROOT);
    }

    public boolean tagStarts(String prefix) {
        return tag != null && tag.startsWith(prefix);
    }

    /** The recogniser ran on this token's sentence. */
    public boolean recognised() {
        return entity != null;
    }

    public boolean isEntity(String type) {
        return type.equals(entity);
    }
}
