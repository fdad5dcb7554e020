package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.TargetSentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `validate stance`: an article's stance toward a person against the hand-coded article × person set. Every naming of
 * the person (full name, surname, alias or dated role, as the registry finds them) in the excerpt's sentences is
 * scored by the encoder's target head; the title is left out, because the `mentions` table that compare aggregates
 * comes from the article's text, which has no title. The mention scores are then aggregated three ways, printed side
 * by side: the majority of the mention labels, the mean over every mention with a neutral band (the first
 * {@link ArticleStance}), and the mean over the writer's-voice mentions with a neutral band (today's ArticleStance,
 * what compare writes to `article_stance`). Bands are chosen by 5-fold cross-validation by article, repeated 10 times
 * ({@link BandCrossValidation}); the figures printed are the held-out folds'.
 */
final class ValidateStanceVerb implements Verb {
    private static final long SEED = 14;

    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold data/handcoded/stance/gold.jsonl")
            .description("""
                    Scores the hand-coded article x person pairs: the encoder's sentiment toward each naming of the
                    person in the excerpt's sentences (title left out, as in the mentions table), aggregated by the
                    majority of mention labels, by the mean over every mention with a neutral band, and by the mean
                    over the mentions in the writer's own voice with a neutral band (ArticleStance, what compare
                    writes to article_stance). Bands chosen by 5-fold cross-validation by article, repeated 10
                    times; the held-out figures are printed.""")
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
        List<List<ArticleStance.Mention>> mentions = score(items, ActorRegistry.defaults(), EncoderSentiment.get());
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
        System.out.print(cvReport("Mean over the writer's-voice mentions with a neutral band (ArticleStance, "
                + "compare's article_stance)", items, neu, meanVoiced, labels));
        System.out.printf(Locale.ROOT, "%nArticleStance.DEFAULT_BAND is %.2f%n", ArticleStance.DEFAULT_BAND);
        return 0;
    }

    /** Per item, every registry naming of its person in the excerpt's sentences after the title, scored in one batch. */
    static List<List<ArticleStance.Mention>> score(List<JsonNode> items, ActorRegistry registry,
                                                   EncoderSentiment encoder) {
        List<EncoderSentiment.Request> requests = new ArrayList<>();
        List<Integer> owner = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            JsonNode item = items.get(i);
            String actor = item.path("actor_id").asText();
            JsonNode excerpt = item.path("excerpt");
            for (int s = 1; s < excerpt.size(); s++) {
                String text = excerpt.get(s).asText();
                List<EncoderSentiment.Span> spans = registry.find(text, null).stream()
                        .filter(m -> m.actorId().equals(actor))
                        .map(m -> new EncoderSentiment.Span(m.start(), m.end())).toList();
                if (!spans.isEmpty()) {
                    requests.add(new EncoderSentiment.Request(text, spans));
                    owner.add(i);
                }
            }
        }
        List<EncoderSentiment.SpanScores> scored = encoder.scoreAll(requests);
        List<List<ArticleStance.Mention>> out = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            out.add(new ArrayList<>());
        }
        for (int r = 0; r < requests.size(); r++) {
            for (TargetSentiment t : scored.get(r).target()) {
                out.get(owner.get(r)).add(new ArticleStance.Mention(requests.get(r).text(), t));
            }
        }
        return out;
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
