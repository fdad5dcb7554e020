package dev.slant.models.sentiment;

import dev.slant.models.nlp.CoreNlpPipelines;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import edu.stanford.nlp.util.IntPair;
import org.ejml.simple.SimpleMatrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Runs CoreNLP's sentiment model (RNTN over binarized constituency trees) and turns its output into
 * {@link AnalyzedSentence} values. The pipeline is shared per JVM through {@link CoreNlpPipelines}.
 */
public final class SentimentAnalyzer {
    /** Longer sentences are not parsed: parsing time grows fast with length and such "sentences" are mostly lists. */
    public static final int MAX_SENTENCE_TOKENS = 80;
    public static final String SHIFT_REDUCE_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
    public static final String PCFG_MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

    private static final SentimentAnalyzer SHIFT_REDUCE = new SentimentAnalyzer(SHIFT_REDUCE_MODEL);
    private static final SentimentAnalyzer PCFG = new SentimentAnalyzer(PCFG_MODEL);

    private final Properties properties;

    private SentimentAnalyzer(String parserModel) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        p.setProperty("parse.model", parserModel);
        p.setProperty("parse.binaryTrees", "true");
        p.setProperty("parse.maxlen", Integer.toString(MAX_SENTENCE_TOKENS));
        p.setProperty("pos.maxlen", Integer.toString(4 * MAX_SENTENCE_TOKENS));
        this.properties = p;
    }

    /** The default analyzer: the shift-reduce parser, many times faster than the PCFG one at similar accuracy. */
    public static SentimentAnalyzer shiftReduce() {
        return SHIFT_REDUCE;
    }

    /** The PCFG parser CoreNLP's sentiment model was trained with; kept to measure the shift-reduce parser against. */
    public static SentimentAnalyzer pcfg() {
        return PCFG;
    }

    public String parserModel() {
        return properties.getProperty("parse.model");
    }

    /** Every sentence of the text, analysed. Empty or blank text gives an empty list. */
    public List<AnalyzedSentence> analyze(String text) {
        List<AnalyzedSentence> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        StanfordCoreNLP pipeline = CoreNlpPipelines.get(properties);
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        for (CoreMap sentence : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
            out.add(toAnalyzed(sentence));
        }
        return out;
    }

    private static AnalyzedSentence toAnalyzed(CoreMap sentence) {
        List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<AnalyzedSentence.Token> tokens = tokens(sentence, labels);
        int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
        int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
        Tree tree = sentence.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
        boolean parsed = labels.size() <= MAX_SENTENCE_TOKENS && tree != null;
        List<AnalyzedSentence.Node> nodes = new ArrayList<>();
        if (parsed) {
            tree.setSpans();
            collect(tree, nodes);
            parsed = !nodes.isEmpty();
        }
        return new AnalyzedSentence(begin, end, parsed, tokens, parsed ? nodes : List.of());
    }

    private static List<AnalyzedSentence.Token> tokens(CoreMap sentence, List<CoreLabel> labels) {
        int[] heads = new int[labels.size()];
        String[] rels = new String[labels.size()];
        java.util.Arrays.fill(heads, -1);
        java.util.Arrays.fill(rels, "root");
        SemanticGraph graph = sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class);
        if (graph != null) {
            for (SemanticGraphEdge edge : graph.edgeIterable()) {
                IndexedWord dep = edge.getDependent();
                int i = dep.index() - 1;
                if (i >= 0 && i < heads.length) {
                    heads[i] = edge.getGovernor().index() - 1;
                    rels[i] = edge.getRelation().toString();
                }
            }
        }
        List<AnalyzedSentence.Token> tokens = new ArrayList<>(labels.size());
        for (int i = 0; i < labels.size(); i++) {
            CoreLabel l = labels.get(i);
            tokens.add(new AnalyzedSentence.Token(l.word(), l.tag(), l.beginPosition(), l.endPosition(), heads[i],
                    rels[i]));
        }
        return tokens;
    }

    /** Pre-order walk over the constituents that carry RNTN predictions (every non-leaf node). */
    private static void collect(Tree node, List<AnalyzedSentence.Node> out) {
        if (node.isLeaf()) {
            return;
        }
        SimpleMatrix predictions = RNNCoreAnnotations.getPredictions(node);
        IntPair span = node.getSpan();
        if (predictions != null && span != null) {
            double[] probs = new double[predictions.getNumElements()];
            for (int i = 0; i < probs.length; i++) {
                // 5 decimals: plenty for features, and cached analyses equal live ones exactly
                probs[i] = Math.round(predictions.get(i) * 1e5) / 1e5;
            }
            out.add(new AnalyzedSentence.Node(span.getSource(), span.getTarget() + 1, probs));
        }
        for (Tree child : node.children()) {
            collect(child, out);
        }
    }
}
