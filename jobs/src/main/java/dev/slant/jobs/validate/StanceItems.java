package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.TargetSentiment;

import java.util.ArrayList;
import java.util.List;

/**
 * The namings of each hand-coded article × person pair's person in its excerpt, as the encoder scores them: every
 * naming (full name, surname, alias or dated role, as the registry finds them) in the excerpt's sentences after the
 * title. The title is left out because the `mentions` table that compare aggregates comes from the article's text,
 * which has no title; so validation and training see what the pipeline sees.
 */
final class StanceItems {
    private final List<EncoderSentiment.Request> requests = new ArrayList<>();
    private final List<Integer> owner = new ArrayList<>();
    private final int items;

    StanceItems(List<JsonNode> items, ActorRegistry registry) {
        this.items = items.size();
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
    }

    /** Per item, the scored mentions: the sentence, the target head's sentiment and the stance head's logits. */
    List<List<Scored>> score(EncoderSentiment encoder) {
        List<EncoderSentiment.SpanScores> scored = encoder.scoreAll(requests);
        List<List<Scored>> out = perItem();
        for (int r = 0; r < requests.size(); r++) {
            EncoderSentiment.SpanScores s = scored.get(r);
            for (int k = 0; k < s.target().size(); k++) {
                out.get(owner.get(r)).add(new Scored(requests.get(r).text(), s.target().get(k),
                        s.stanceLogits() == null ? null : s.stanceLogits().get(k)));
            }
        }
        return out;
    }

    /** Per item, the mean span vector of the namings in writer's-voice sentences; null for an item without any. */
    List<double[]> voicedFeatureMeans(EncoderSentiment encoder) {
        return means(encoder.spanFeatures(requests), r -> ArticleStance.writersVoice(requests.get(r).text()));
    }

    /** Per item, the mean stance-branch logits of all its namings; null for an item without any. */
    List<double[]> branchMeans(EncoderSentiment encoder) {
        return means(encoder.branchLogits(requests), r -> true);
    }

    /** Per item, the mean of the vectors of its requests that {@code keep} accepts; null for an item without any. */
    private List<double[]> means(List<List<float[]>> perRequest, java.util.function.IntPredicate keep) {
        double[][] sum = new double[items][];
        int[] n = new int[items];
        for (int r = 0; r < requests.size(); r++) {
            if (!keep.test(r)) {
                continue;
            }
            int i = owner.get(r);
            for (float[] f : perRequest.get(r)) {
                if (sum[i] == null) {
                    sum[i] = new double[f.length];
                }
                for (int j = 0; j < f.length; j++) {
                    sum[i][j] += f[j];
                }
                n[i]++;
            }
        }
        List<double[]> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            if (sum[i] != null) {
                for (int j = 0; j < sum[i].length; j++) {
                    sum[i][j] /= n[i];
                }
            }
            out.add(sum[i]);
        }
        return out;
    }

    private <T> List<List<T>> perItem() {
        List<List<T>> out = new ArrayList<>(items);
        for (int i = 0; i < items; i++) {
            out.add(new ArrayList<>());
        }
        return out;
    }

    /**
     * One naming: its sentence, the target head's sentiment toward it, its stance logits (the pair head's three, then
     * the branch's three; null: no head).
     */
    record Scored(String sentence, TargetSentiment target, double[] stanceLogits) {
        ArticleStance.Mention mention() {
            return new ArticleStance.Mention(sentence, target);
        }
    }
}
