package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.StanceHead;
import dev.slant.models.sentiment.TargetSentiment;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * `validate stance`: an article's stance toward a person against the hand-coded article × person set. Every naming of
 * the person in the excerpt's sentences after the title is scored by the encoder ({@link StanceItems}). Four
 * aggregations are printed side by side: the majority of the target head's mention labels, the mean target score over
 * every mention with a neutral band (the first {@link ArticleStance}), the mean over the writer's-voice mentions with
 * a neutral band (the second), their bands chosen by 5-fold cross-validation on this set, repeated 10 times
 * ({@link BandCrossValidation}; the figures printed are the held-out folds'); and the learned stance head
 * ({@link StanceHead}, what compare writes to `article_stance`), fitted on other articles (data/handcoded/stance-train/,
 * stance-sentences2/) and applied here as it is, with its pair head and its stance branch each alone: nothing of it is
 * chosen on this set.
 */
final class ValidateStanceVerb implements Verb {
    private static final long SEED = 14;

    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold data/handcoded/stance/gold.jsonl")
            .description("""
                    Scores the hand-coded article x person pairs: the encoder's sentiment toward each naming of the
                    person in the excerpt's sentences (title left out, as in the mentions table), aggregated by the
                    majority of mention labels, by the mean over every mention with a neutral band, and by the mean
                    over the mentions in the writer's own voice with a neutral band (bands chosen by 5-fold
                    cross-validation by article, repeated 10 times; the held-out figures are printed), and by the
                    learned stance head (StanceHead, what compare writes to article_stance: the pair head over the
                    writer's-voice mentions averaged with the stance branch over every mention; trained on
                    data/handcoded/stance-train and stance-sentences2, applied here as it is), with each of its
                    two halves alone for comparison.""")
            .add(OptionSpec.text("gold", "FILE", null, "the hand-coded set's gold.jsonl"))
            .build();

    @Override
    public String name() {
        return "stance";
    }

    @Override
    public String summary() {
        return "article stance toward a person against the hand-coded set";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        Path gold = Path.of(o.require("gold"));
        List<JsonNode> items = HandCodedGold.read(gold);
        List<List<StanceItems.Scored>> scored = new StanceItems(items, ActorRegistry.defaults())
                .score(EncoderSentiment.get());
        List<List<ArticleStance.Mention>> mentions = scored.stream()
                .map(ms -> ms.stream().map(StanceItems.Scored::mention).toList()).toList();
        List<String> labels = items.stream().map(n -> n.path("label").asText()).toList();
        int voiced = 0;
        int all = 0;
        for (List<ArticleStance.Mention> ms : mentions) {
            all += ms.size();
            voiced += (int) ms.stream().filter(m -> ArticleStance.writersVoice(m.sentence())).count();
        }
        System.out.printf(Locale.ROOT, "stance on %s: %d article x person pairs both coders labelled alike; %d "
                + "mentions scored (%s), %d of them in the writer's voice%n%n", gold, items.size(), all,
                EncoderSentiment.MODEL_NAME, voiced);

        List<String> majority = mentions.stream().map(ms -> ArticleStance.majority(targets(ms))).toList();
        System.out.print(HandCodedGold.report("Majority of mention labels", items, majority));
        System.out.println();

        List<Double> meanAll = mentions.stream().map(ms -> ArticleStance.meanScore(targets(ms))).toList();
        BandCrossValidation old = BandCrossValidation.run(meanAll, labels, SEED);
        System.out.print(cvReport("Mean over every mention with a neutral band", items, old, meanAll, labels));
        System.out.println();

        List<Double> meanVoiced = mentions.stream().map(ArticleStance::voicedScore).toList();
        BandCrossValidation neu = BandCrossValidation.run(meanVoiced, labels, SEED);
        System.out.print(cvReport("Mean over the writer's-voice mentions with a neutral band ", items, neu, meanVoiced, labels));
        System.out.printf(Locale.ROOT, "  ArticleStance.DEFAULT_BAND is %.2f%n%n", ArticleStance.DEFAULT_BAND);

        StanceHead head = StanceHead.bundled();
        if (head == null) {
            System.out.println("No stance head bundled (./slant train stance builds one).");
            return 0;
        }
        // each half alone, for comparison: the pair head (the model before the branch) and the branch with the bias
        StanceHead pairAlone = new StanceHead(head.classes(), head.weights(), head.intercepts(), 1, 0, head.about());
        System.out.print(HandCodedGold.report("Pair head alone over the writer's-voice mentions (the learned head "
                + "before the stance branch)", items, scored.stream().map(ms -> headLabel(pairAlone, ms)).toList()));
        System.out.println();
        StanceHead branchAlone = new StanceHead(head.classes(), head.weights(), head.intercepts(), 0,
                head.neutralBias(), head.about());
        System.out.print(HandCodedGold.report("Stance branch alone over every mention, with the same neutral bias",
                items, scored.stream().map(ms -> headLabel(branchAlone, ms)).toList()));
        System.out.println();
        List<String> learned = scored.stream().map(ValidateStanceVerb::headLabel).toList();
        System.out.print(HandCodedGold.report(String.format(Locale.ROOT, "Learned stance head (StanceHead, compare's "
                + "article_stance): pair head over the writer's-voice mentions (L2 %s) and stance branch over every "
                + "mention, head share %s, neutral bias %s; fitted on data/handcoded/stance-train and "
                + "stance-sentences2, nothing chosen on this set", head.about().get("chosen_l2"), head.headShare(),
                head.neutralBias()), items, learned));
        return 0;
    }

    /**
     * The bundled head's stance from the mentions' stance logits: the pair head's over the writer's-voice mentions,
     * the branch's over all of them (as compare's article_stance).
     */
    static String headLabel(List<StanceItems.Scored> mentions) {
        return headLabel(StanceHead.bundled(), mentions);
    }

    private static String headLabel(StanceHead head, List<StanceItems.Scored> mentions) {
        return head.article(mentions.stream().map(StanceItems.Scored::sentence).toList(),
                mentions.stream().map(StanceItems.Scored::stanceLogits).toList()).label();
    }

    private static List<TargetSentiment> targets(List<ArticleStance.Mention> ms) {
        return ms.stream().map(ArticleStance.Mention::target).toList();
    }

    private static String cvReport(String title, List<JsonNode> items, BandCrossValidation cv, List<Double> scores,
                                   List<String> labels) {
        String head = String.format(Locale.ROOT, "%s; held-out macro-F1 over %d x %d-fold CV by article: "
                        + "%.3f +- %.3f (bands chosen %.2f..%.2f); first run", title, BandCrossValidation.REPEATS,
                BandCrossValidation.FOLDS, cv.meanF1(), cv.sdF1(), cv.minBand(), cv.maxBand());
        double whole = ArticleStance.chooseBand(scores, labels);
        return HandCodedGold.report(head, items, cv.firstRun()) + String.format(Locale.ROOT,
                "  band chosen on the whole set: %.2f (in-sample macro-F1 %.3f, not a held-out figure)%n", whole,
                ArticleStance.macroF1(scores.stream().map(new ArticleStance(whole)::label).toList(), labels));
    }
}
