package dev.slant.models.quotes;

/**
 * Words between quotation marks. start/end are the offsets of the words without the marks. `group` ties together the
 * pieces of one quotation that runs over several paragraphs (each paragraph's piece is a span; the group is the
 * index of its first piece). `scare` marks a quoted term rather than reported speech (see QuoteExtractor).
 */
public record MarkedSpan(int start, int end, int openMark, int closeMark, boolean doubleMarks, int group,
                         boolean scare, boolean direct) {
    public int length() {
        return end - start;
    }
}
