package dev.slant.models.sentiment;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Features of one target in an analysed sentence, for the target-sentiment classifier. Everything comes from the
 * one RNTN analysis: the tree's sentiment distributions around the mention (the smallest constituents that hold it,
 * the sibling phrase that says something about it), the words around it with the target masked, the predicate that
 * governs it in the dependency graph, negation, and the RNTN's own word-level polarities as a sentiment lexicon.
 * Training and scoring share this class, so a feature means the same at both ends.
 */
public final class TargetFeatures {
    static final String TARGET = "<T>";
    private static final int WINDOW = 4;
    private static final Set<String> NEGATIONS = Set.of("not", "n't", "never", "no", "nothing", "nobody", "none",
            "neither", "nor", "without", "cannot");
    private static final Set<String> QUOTE_MARKS = Set.of("\"", "``", "''", "“", "”", "‘", "’", "`", "'");
    private static final String[] P = {"p0", "p1", "p2", "p3", "p4"};

    private TargetFeatures() {
    }

    /** Sparse features (name → value) of the target at characters [from, to) of the analysed text. */
    public static Map<String, Double> extract(List<AnalyzedSentence> analysis, int from, int to) {
        Map<String, Double> f = new TreeMap<>();
        Sentiment whole = QuoteSentimentScorer.combine(analysis);
        if (whole.scored()) {
            probs(f, "doc", whole.probs());
        }
        AnalyzedSentence s = sentenceAt(analysis, from);
        if (s == null || s.tokens().isEmpty()) {
            f.put("empty", 1.0);
            return f;
        }
        List<AnalyzedSentence.Token> tokens = s.tokens();
        int ts = -1;
        int te = -1;
        for (int i = 0; i < tokens.size(); i++) {
            AnalyzedSentence.Token t = tokens.get(i);
            if (t.end() > from && t.begin() < to) {
                if (ts < 0) {
                    ts = i;
                }
                te = i + 1;
            }
        }
        if (ts < 0) { // the span falls between tokens: take the next token
            ts = 0;
            while (ts < tokens.size() - 1 && tokens.get(ts).end() <= from) {
                ts++;
            }
            te = ts + 1;
        }
        double[] wordScore = wordScores(s);
        treeFeatures(f, s, ts, te);
        wordFeatures(f, tokens, ts, te, wordScore);
        dependencyFeatures(f, tokens, ts, te, wordScore);
        return f;
    }

    private static AnalyzedSentence sentenceAt(List<AnalyzedSentence> analysis, int from) {
        AnalyzedSentence last = null;
        for (AnalyzedSentence s : analysis) {
            if (from < s.end()) {
                return s;
            }
            last = s;
        }
        return last;
    }

    private static void treeFeatures(Map<String, Double> f, AnalyzedSentence s, int ts, int te) {
        if (!s.parsed()) {
            f.put("unparsed", 1.0);
            return;
        }
        probs(f, "sent", s.rootProbs());
        // the constituents holding the target, smallest first; equal lengths are the same span (a unary chain)
        List<AnalyzedSentence.Node> chain = new java.util.ArrayList<>();
        s.nodes().stream().filter(n -> n.covers(ts, te))
                .sorted((a, b) -> Integer.compare(a.length(), b.length()))
                .forEach(n -> {
                    if (chain.isEmpty() || chain.get(chain.size() - 1).length() != n.length()) {
                        chain.add(n);
                    }
                });
        AnalyzedSentence.Node previous = null;
        int level = 0;
        for (AnalyzedSentence.Node n : chain) {
            if (n.length() == te - ts) {
                probs(f, "tgt", n.probs());
                previous = n;
                continue;
            }
            level++;
            probs(f, "up" + level, n.probs());
            if (level == 1 && previous != null) { // the phrase next to the target: what is said about it
                boolean right = previous.start() == n.start();
                AnalyzedSentence.Node sibling = right ? nodeWithSpan(s, previous.end(), n.end())
                        : nodeWithSpan(s, n.start(), previous.start());
                if (sibling != null) {
                    probs(f, right ? "sibR" : "sibL", sibling.probs());
                }
            }
            previous = n;
            if (level == 3) {
                break;
            }
        }
    }

    private static AnalyzedSentence.Node nodeWithSpan(AnalyzedSentence s, int start, int end) {
        for (AnalyzedSentence.Node n : s.nodes()) { // pre-order: the first match is the highest of a unary chain
            if (n.start() == start && n.end() == end) {
                return n;
            }
        }
        return null;
    }

    /** The RNTN's expected score (-1..1) of every single word: a sentiment lexicon learned from movie reviews. */
    private static double[] wordScores(AnalyzedSentence s) {
        double[] score = new double[s.tokens().size()];
        boolean[] seen = new boolean[score.length];
        for (AnalyzedSentence.Node n : s.nodes()) {
            if (n.length() == 1 && n.start() < score.length && !seen[n.start()]) {
                seen[n.start()] = true;
                double v = 0;
                for (int i = 0; i < n.probs().length; i++) {
                    v += n.probs()[i] * Sentiment.CLASS_VALUES[i];
                }
                score[n.start()] = v;
            }
        }
        return score;
    }

    private static void wordFeatures(Map<String, Double> f, List<AnalyzedSentence.Token> tokens, int ts, int te,
                                     double[] wordScore) {
        String prev = "<S>";
        int quoteMarksBefore = 0;
        boolean negated = false;
        for (int i = 0; i < tokens.size(); i++) {
            if (i >= ts && i < te) {
                if (i == ts) {
                    add(f, "bg:" + prev + "_" + TARGET);
                    prev = TARGET;
                }
                continue;
            }
            String w = norm(tokens.get(i).word());
            if (QUOTE_MARKS.contains(w) && i < ts) {
                quoteMarksBefore++;
            }
            negated |= NEGATIONS.contains(w);
            add(f, "w:" + w);
            add(f, "bg:" + prev + "_" + w);
            prev = w;
            int distance = i < ts ? ts - i : i - te + 1;
            String side = i < ts ? "L" : "R";
            if (distance <= 2) {
                add(f, side + distance + ":" + w);
            }
            double ws = wordScore[i];
            if (distance <= WINDOW) {
                add(f, side + "w:" + w);
                f.merge("lex:" + side + "win", ws, Double::sum);
                if (NEGATIONS.contains(w)) {
                    add(f, "neg:win");
                }
            }
            f.merge("lex:sent", ws / tokens.size(), Double::sum);
            if (ws <= -0.3) {
                f.merge("lex:negwords", 1.0, Double::sum);
            } else if (ws >= 0.3) {
                f.merge("lex:poswords", 1.0, Double::sum);
            }
        }
        add(f, "bg:" + prev + "_</S>");
        if (negated) {
            add(f, "neg:sent");
        }
        if (quoteMarksBefore % 2 == 1) {
            add(f, "tgt:inquote");
        }
        if (ts == 0) {
            add(f, "tgt:first");
        }
        add(f, "tgt:pos:" + tokens.get(te - 1).pos());
        add(f, "tgt:len" + Math.min(te - ts, 4));
    }

    private static void dependencyFeatures(Map<String, Double> f, List<AnalyzedSentence.Token> tokens, int ts, int te,
                                           double[] wordScore) {
        int head = te - 1; // the target token governed from outside the target
        for (int i = ts; i < te; i++) {
            int h = tokens.get(i).head();
            if (h < ts || h >= te) {
                head = i;
                break;
            }
        }
        String rel = tokens.get(head).rel();
        add(f, "rel:" + rel);
        int gov = tokens.get(head).head();
        if (gov >= 0 && gov < tokens.size()) {
            String g = norm(tokens.get(gov).word());
            add(f, "gov:" + g);
            add(f, "govrel:" + rel + "_" + g);
            f.put("lex:gov", wordScore[gov]);
            for (int i = 0; i < tokens.size(); i++) { // negation and other dependents of the governing predicate
                if (tokens.get(i).head() == gov && (i < ts || i >= te)) {
                    String w = norm(tokens.get(i).word());
                    if (NEGATIONS.contains(w)) {
                        add(f, "neg:gov");
                    }
                    add(f, "govdep:" + tokens.get(i).rel() + "_" + w);
                }
            }
            int gov2 = tokens.get(gov).head();
            if (gov2 >= 0 && gov2 < tokens.size()) {
                add(f, "gov2:" + tokens.get(gov).rel() + "_" + norm(tokens.get(gov2).word()));
            }
        }
        for (int i = 0; i < tokens.size(); i++) { // words that modify the target itself (adjectives, appositions)
            int h = tokens.get(i).head();
            if ((i < ts || i >= te) && h >= ts && h < te) {
                add(f, "mod:" + tokens.get(i).rel() + "_" + norm(tokens.get(i).word()));
                f.merge("lex:mod", wordScore[i], Double::sum);
            }
        }
    }

    private static void probs(Map<String, Double> f, String prefix, double[] probs) {
        double score = 0;
        for (int i = 0; i < probs.length && i < P.length; i++) {
            f.put(prefix + ":" + P[i], probs[i]);
            score += probs[i] * Sentiment.CLASS_VALUES[i];
        }
        f.put(prefix + ":score", score);
    }

    private static void add(Map<String, Double> f, String name) {
        f.put(name, 1.0);
    }

    static String norm(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.chars().anyMatch(Character::isDigit) ? "<num>" : w;
    }
}
