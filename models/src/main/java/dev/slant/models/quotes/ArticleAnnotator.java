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
 * attribution (a quotation mark, a reporting cue or a registered actor). No parser, NER or coreference: that is what
 * keeps Slant at many articles per second per core (DESIGN §3).
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

    public static AnnotatedArticle annotate(String text, LocalDate date, ActorRegistry registry) {
        ANNOTATED.incrementAndGet();
        String t = text == null ? "" : text;
        Annotation doc = new Annotation(t);
        splitter().annotate(doc);
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
                        chosen[i] ? tok.tag() : null));
            }
            sentences.add(new Sentence(i, start, end, para, toks, chosen[i]));
        }
        return new AnnotatedArticle(t, date, sentences, actors, marked);
    }
}
