package dev.slant.models.sentiment;

import java.util.List;

/**
 * One sentence as the RNTN saw it: tokens with their dependency heads, and every constituent of the binarized tree
 * with its 5-class sentiment distribution. A plain value (no CoreNLP types) so it can be cached as JSON and the
 * expensive parse never has to be repeated while features are tuned.
 *
 * @param begin  character offset of the sentence in the analysed text
 * @param end    character offset just past the sentence
 * @param parsed false when the sentence was over the parser's length cap: then {@code nodes} is empty
 * @param tokens tokens in order
 * @param nodes  constituents of the binarized sentiment tree, root first (pre-order); spans in token indices
 */
public record AnalyzedSentence(int begin, int end, boolean parsed, List<Token> tokens, List<Node> nodes) {

    /**
     * @param head index of the governing token in the basic dependency graph, -1 for the root
     * @param rel  dependency relation to the head ("root" for the root)
     */
    public record Token(String word, String pos, int begin, int end, int head, String rel) {
    }

    /** A constituent spanning tokens [start, end) with the RNTN's class probabilities, very negative first. */
    public record Node(int start, int end, double[] probs) {
        public int length() {
            return end - start;
        }

        public boolean covers(int s, int e) {
            return start <= s && e <= end;
        }
    }

    /** The whole sentence's distribution (the root node), or null when the sentence was not parsed. */
    public double[] rootProbs() {
        return parsed && !nodes.isEmpty() ? nodes.get(0).probs() : null;
    }
}
