package dev.slant.models.quotes;

import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Attributes the quotations of one article to speakers with news-writing patterns over POS-tagged tokens, and finds
 * the sentences naming registered actors, as stages over the one annotated article ({@link AttributionContext}):
 * <ol>
 *   <li>{@link NamedAntecedents} seeds the {@link DiscourseHistory} with the people and bodies the article names;</li>
 *   <li>{@link ActorMentionFinder} lists the actor sentences, resolving subject pronouns;</li>
 *   <li>sentence by sentence, {@link MarkedQuotes} attributes the quotations in marks and {@link UnmarkedSpeech}
 *       finds reported speech in sentences without marks.</li>
 * </ol>
 * Both use {@link CueFinder} (reporting cues), {@link NounPhrases} and {@link NameRuns} (the phrases and names
 * around them) and {@link SpeakerResolver} (who a phrase refers to); {@link QuoteRows} makes the table rows.
 */
public final class QuoteAttributor {
    private final AnnotatedArticle a;
    private final DiscourseHistory history;
    private final ActorMentionFinder actorMentions;
    private final MarkedQuotes marked;
    private final UnmarkedSpeech unmarked;

    private QuoteAttributor(AnnotatedArticle a, ActorRegistry registry, SpeakerModel model,
                            Consumer<CandidateSet> sink) {
        this.a = a;
        AttributionContext ctx = AttributionContext.of(a, registry);
        NounPhrases phrases = new NounPhrases(ctx);
        this.history = NamedAntecedents.seed(ctx, phrases);
        SpeakerResolver resolver = new SpeakerResolver(ctx, phrases, new NameRuns(ctx), history);
        CueFinder cues = new CueFinder(ctx, phrases, resolver);
        SpeakerRanker ranker = new SpeakerRanker(a, ctx.quoted().mask(), resolver, model, sink);
        this.actorMentions = new ActorMentionFinder(a, cues, history);
        this.marked = new MarkedQuotes(ctx, cues, resolver, history, ranker);
        this.unmarked = new UnmarkedSpeech(a, phrases, cues, history);
    }

    /** Every quotation of the article (marked and indirect), attributed, in text order. */
    public static List<Quote> attribute(AnnotatedArticle article, ActorRegistry registry) {
        return attribute(article, registry, SpeakerModel.bundled(), null);
    }

    /**
     * Every quotation, with this speaker model (null: the rules alone); sink (may be null) receives the candidate
     * speakers of each quotation in marks as the ranker saw them.
     */
    static List<Quote> attribute(AnnotatedArticle article, ActorRegistry registry, SpeakerModel model,
                                 Consumer<CandidateSet> sink) {
        return new QuoteAttributor(article, registry, model, sink).run();
    }

    /** Sentences naming registered actors, including subject pronouns resolved to one (see ActorMentions). */
    static List<ActorSentence> mentions(AnnotatedArticle article, ActorRegistry registry) {
        return new QuoteAttributor(article, registry, null, null).actorMentions.find();
    }

    /**
     * The actor sentences and the quotations of one article from this one attributor (see {@link ArticleNlp}). The
     * mentions' pronouns resolve against the names the article gives (registry matches, titled people) and the
     * subjects resolved before them, as they always have; the quotations then start again from those names alone, so
     * both come out exactly as from two attributors of their own.
     */
    static ArticleAnalysis analyse(AnnotatedArticle article, ActorRegistry registry, SpeakerModel model) {
        QuoteAttributor qa = new QuoteAttributor(article, registry, model, null);
        List<DiscourseHistory.Antecedent> named = qa.history.snapshot();
        List<ActorSentence> mentions = qa.actorMentions.find();
        qa.history.restore(named);
        return new ArticleAnalysis(article, qa.run(), mentions);
    }

    private List<Quote> run() {
        List<Quote> out = new ArrayList<>();
        List<MarkedSpan> inMarks = a.marked();
        boolean[] sentenceHasQuote = new boolean[a.sentences().size()];
        int mi = 0;
        for (Sentence s : a.sentences()) {
            Interrupts.check();
            // indirect speech only in sentences without quotation marks; quotes first, in order
            List<MarkedSpan> here = new ArrayList<>();
            while (mi < inMarks.size() && inMarks.get(mi).openMark() < s.end()) {
                here.add(inMarks.get(mi));
                mi++;
            }
            for (MarkedSpan m : here) {
                // per quotation, not only per sentence: one sentence of a pathological article can hold hundreds
                Interrupts.check();
                if (m.scare()) {
                    continue;
                }
                for (int k = a.sentenceAt(m.start()); k <= a.sentenceAt(Math.max(m.start(), m.end() - 1)); k++) {
                    sentenceHasQuote[k] = true;
                }
                Quote q = marked.attribute(m, inMarks);
                if (q != null) {
                    out.add(q);
                }
            }
            // a mark that opens here a quotation of the next sentence (`… the same way. ''It's a …`, where the
            // tokenizer leaves the opening `''` on this sentence) does not keep this sentence's reported speech out
            if (!sentenceHasQuote[s.index()] && here.stream().allMatch(m -> m.scare() || m.start() >= s.end())) {
                out.addAll(unmarked.in(s));
            }
        }
        out.sort((x, y) -> Integer.compare(x.charStart(), y.charStart()));
        return out;
    }

    /**
     * The title or descriptor before the name in the mention (`Nova Scotia Liberal MP` in `Nova Scotia Liberal MP Sean
     * Fraser`), or null (see {@link QuoteRows#titleOf}).
     */
    static String titleOf(String mention, String name) {
        return QuoteRows.titleOf(mention, name);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
