package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.TargetSentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * `validate stance`: an article's stance toward a person against the hand-coded article × person set. Every
 * sentence of the excerpt that names the person is scored toward each naming (the encoder's target head); the
 * mention scores are then aggregated two ways: the majority of the mention labels (what a reader of `mentions`
 * gets by counting) and {@link ArticleStance} (the mean score with a neutral band). The band is chosen by two-fold
 * cross-validation over the set's items (odd / even), and the figure printed is the held-out folds'.
 */
final class ValidateStanceVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold data/handcoded/stance/gold.jsonl")
            .description("""
                    Scores the hand-coded article x person pairs: the encoder's sentiment toward each naming of the
                    person in the excerpt, aggregated by majority of mention labels and by the mean with a neutral
                    band (ArticleStance; the band chosen by two-fold cross-validation, held-out folds reported).""")
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
        ActorRegistry registry = ActorRegistry.defaults();
        EncoderSentiment encoder = EncoderSentiment.get();
        List<List<TargetSentiment>> mentions = new ArrayList<>();
        for (JsonNode item : items) {
            String actor = item.path("actor_id").asText();
            List<TargetSentiment> scores = new ArrayList<>();
            for (JsonNode sentence : item.path("excerpt")) {
                String text = sentence.asText();
                List<EncoderSentiment.Span> spans = registry.find(text, null).stream()
                        .filter(m -> m.actorId().equals(actor))
                        .map(m -> new EncoderSentiment.Span(m.start(), m.end())).toList();
                if (!spans.isEmpty()) {
                    scores.addAll(encoder.targets(text, spans));
                }
            }
            mentions.add(scores);
        }
        System.out.printf("stance on %s: %d article x person pairs both coders labelled alike%n%n", gold,
                items.size());
        System.out.print(HandCodedGold.report("Majority of mention labels (encoder target head)", items,
                mentions.stream().map(ArticleStance::majority).toList()));
        System.out.println();
        // two-fold cross-validation of the band: choose on one half, label the other
        String[] predicted = new String[items.size()];
        double[] chosen = new double[2];
        for (int fold = 0; fold < 2; fold++) {
            List<JsonNode> trainItems = new ArrayList<>();
            List<List<TargetSentiment>> trainMentions = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                if (i % 2 != fold) {
                    trainItems.add(items.get(i));
                    trainMentions.add(mentions.get(i));
                }
            }
            chosen[fold] = ArticleStance.chooseBand(trainMentions,
                    trainItems.stream().map(n -> n.path("label").asText()).toList());
            for (int i = fold; i < items.size(); i += 2) {
                predicted[i] = new ArticleStance(chosen[fold]).label(mentions.get(i));
            }
        }
        double all = ArticleStance.chooseBand(mentions, items.stream().map(n -> n.path("label").asText()).toList());
        System.out.print(HandCodedGold.report(String.format(Locale.ROOT, "Mean score with a neutral band "
                + "(ArticleStance; bands %.2f / %.2f chosen on the other half)", chosen[0], chosen[1]), items,
                List.of(predicted)));
        System.out.printf(Locale.ROOT, "%nband chosen on the whole set: %.2f (ArticleStance.DEFAULT_BAND is %.2f)%n",
                all, ArticleStance.DEFAULT_BAND);
        return 0;
    }
}
