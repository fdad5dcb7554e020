package dev.slant.models.quotes;

import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.nlp.CoreNlpPipelines;
import dev.slant.models.nlp.Interrupts;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * The cheap pass: tokenize and split the whole article, then POS-tag only the sentences that could carry an
 * attribution (a quotation mark, a reporting cue or `according`), and run CoreNLP's CRF NER (PERSON, ORGANIZATION,
 * LOCATION; no SUTime, numbers or fine-grained classes) on those and on the two sentences before each sentence with a
 * quotation mark, where a speaker is often named first. No parser or coreference: that is what keeps Slant at many
 * articles per second per core (DESIGN §3).
 */
public final class ArticleAnnotator {
    /** Articles annotated in this JVM: the NLP stage's tests check that each article is annotated once per run. */
    private static final java.util.concurrent.atomic.AtomicLong ANNOTATED = new java.util.concurrent.atomic.AtomicLong();

    private ArticleAnnotator() {
    }

    /** How many times {@link #annotate} has been called in this JVM. */
    public static long annotatedArticles() {
        return ANNOTATED.get();
    }

    static StanfordCoreNLP splitter() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        p.setProperty("ssplit.newlineIsSentenceBreak", "always");
        return CoreNlpPipelines.get(p);
    }

    static StanfordCoreNLP tagger() {
        Properties p = new Properties();
        p.setProperty("annotators", "pos");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("pos.maxlen", "150");
        return CoreNlpPipelines.get(p);
    }

    /** The CRF model of the recogniser: three classes, trained on the most data (CoNLL, MUC, ACE, OntoNotes, …). */
    static final String NER_MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";
    /** Sentences before a sentence with a quotation mark that get NER: where its speaker is often named first. */
    static final int NER_SENTENCES_BEFORE = 2;

    /** -Dslant.ner=off: no NER pass (the chunker alone decides names), to compare and to measure NER's cost. */
    static boolean nerEnabled() {
        return !"off".equals(System.getProperty("slant.ner"));
    }

    /**
     * Per-sentence CRF NER without its usual requirements: the model's features are words, shapes and distributional
     * clusters, so it needs neither POS tags nor lemmas, and it labels each sentence on its own.
     */
    static StanfordCoreNLP recognizer() {
        Properties p = new Properties();
        p.setProperty("annotators", "ner");
        p.setProperty("enforceRequirements", "false");
        p.setProperty("ner.model", NER_MODEL);
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "false");
        p.setProperty("ner.language", "en");
        return CoreNlpPipelines.get(p);
    }

    public static AnnotatedArticle annotate(String text, LocalDate date, ActorRegistry registry) {
        ANNOTATED.incrementAndGet();
        String t = text == null ? "" : text;
        Annotation doc = new Annotation(t);
        splitter().annotate(doc);
        TitleAbbreviations.mend(doc, t);
        Interrupts.check();
        List<CoreMap> coreSentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
        List<MarkedSpan> marked = QuoteExtractor.find(t);
        List<ActorMatch> actors = registry.find(t, date);
        List<int[]> paragraphs = QuoteExtractor.paragraphs(t);
        Interrupts.check();

        List<CoreMap> selected = new ArrayList<>();
        boolean[] chosen = new boolean[coreSentences.size()];
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            Interrupts.check();
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            boolean want = false;
            for (CoreLabel tok : s.get(CoreAnnotations.TokensAnnotation.class)) {
                String w = tok.originalText();
                if (want) {
                    break;
                }
                if (w.indexOf('"') >= 0 || w.indexOf('“') >= 0 || w.indexOf('”') >= 0 || w.indexOf('‘') >= 0
                        || w.equals("'") || w.equals("’") || w.equals("``") || w.equals("''")
                        || Cues.isSpeech(Cues.lemma(w)) || w.equalsIgnoreCase("according")) {
                    want = true;
                }
            }
            if (want) {
                chosen[i] = true;
                selected.add(s);
            }
        }
        if (!selected.isEmpty()) {
            Annotation part = new Annotation(t);
            part.set(CoreAnnotations.SentencesAnnotation.class, selected);
            tagger().annotate(part);
        }
        boolean[] recognised = nerSentences(coreSentences, chosen);
        List<CoreMap> forNer = new ArrayList<>();
        for (int i = 0; i < coreSentences.size(); i++) {
            if (recognised[i]) {
                forNer.add(coreSentences.get(i));
            }
        }
        if (!forNer.isEmpty()) {
            Interrupts.check();
            Annotation part = new Annotation(t);
            part.set(CoreAnnotations.SentencesAnnotation.class, forNer);
            // the annotator also walks the document's token list: give it the recognised sentences' tokens only
            List<CoreLabel> tokens = new ArrayList<>();
            for (CoreMap s : forNer) {
                tokens.addAll(s.get(CoreAnnotations.TokensAnnotation.class));
            }
            part.set(CoreAnnotations.TokensAnnotation.class, tokens);
            recognizer().annotate(part);
        }
        List<Sentence> sentences = new ArrayList<>(coreSentences.size());
        int para = 0;
        for (int i = 0; i < coreSentences.size(); i++) {
            CoreMap s = coreSentences.get(i);
            Interrupts.check();
            int start = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int end = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            while (para + 1 < paragraphs.size() && paragraphs.get(para + 1)[0] <= start) {
                para++;
            }
            List<Token> toks = new ArrayList<>();
            for (CoreLabel tok : s.get(CoreAnnotations.TokensAnnotation.class)) {
                toks.add(new Token(tok.originalText(), tok.beginPosition(), tok.endPosition(),
                        chosen[i] ? tok.tag() : null, recognised[i] ? entity(tok) : null));
            }
            sentences.add(new Sentence(i, start, end, para, toks, chosen[i]));
        }
        return new AnnotatedArticle(t, date, sentences, actors, marked);
    }

    /** The POS-tagged sentences and the two before each sentence with a quotation mark; none with -Dslant.ner=off. */
    private static boolean[] nerSentences(List<CoreMap> sentences, boolean[] chosen) {
        boolean[] out = new boolean[sentences.size()];
        if (!nerEnabled()) {
            return out;
        }
        for (int i = 0; i < sentences.size(); i++) {
            if (!chosen[i]) {
                continue;
            }
            out[i] = true;
            if (hasQuoteMark(sentences.get(i))) {
                for (int k = Math.max(0, i - NER_SENTENCES_BEFORE); k < i; k++) {
                    out[k] = true;
                }
            }
        }
        return out;
    }

    private static boolean hasQuoteMark(CoreMap s) {
        for (CoreLabel tok : s.get(CoreAnnotations.TokensAnnotation.class)) {
            String w = tok.originalText();
            if (w.indexOf('"') >= 0 || w.indexOf('“') >= 0 || w.indexOf('”') >= 0 || w.equals("``")
                    || w.equals("''")) {
                return true;
            }
        }
        return false;
    }

    private static String entity(CoreLabel tok) {
        String n = tok.ner();
        return n == null ? "O" : n;
    }
}
