package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.QuoteSentimentScorer;

import java.nio.file.Path;
import java.util.List;

/**
 * `validate tone`: the tone of quotes against the hand-coded quote set, for every scorer: the RNTN (CoreNLP's
 * sentiment of the quoted words, 5 classes collapsed to 3) and the encoder's tone head (the quote read in its context).
 */
final class ValidateToneVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold data/handcoded/quotes/gold.jsonl")
            .description("""
                    Scores every quote of the hand-coded quote set with the RNTN and the encoder's tone head and prints
                    macro-F1 over negative / neutral / positive, the share of polar quotes given the right sign, and
                    accuracy by outlet lean with the gap between leans.""")
            .add(OptionSpec.text("gold", "FILE", null, "the hand-coded set's gold.jsonl"))
            .build();

    @Override
    public String name() {
        return "tone";
    }

    @Override
    public String summary() {
        return "quote tone against the hand-coded quote set, every scorer";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) {
        Path gold = Path.of(o.require("gold"));
        List<JsonNode> items = HandCodedGold.read(gold);
        System.out.printf("tone on %s: %d quotes both coders labelled alike%n%n", gold, items.size());
        QuoteSentimentScorer rntn = new QuoteSentimentScorer();
        System.out.print(HandCodedGold.report("RNTN (CoreNLP sentiment of the quoted words, 3 classes)", items,
                HandCodedGold.label(items, item -> rntn.score(item.path("quote").asText()).threeClassLabel())));
        System.out.println();
        EncoderSentiment encoder = EncoderSentiment.get();
        System.out.print(HandCodedGold.report("Encoder tone head (" + EncoderSentiment.MODEL_NAME
                + ", the quote in its context)", items, HandCodedGold.label(items, item -> {
                    String context = item.path("context").asText();
                    String quote = item.path("quote").asText();
                    int at = context.indexOf(quote);
                    // the quote's own words; a context that does not hold them verbatim is scored as the quote alone
                    return at < 0 ? encoder.quoteTone(quote, 0, quote.length()).label()
                            : encoder.quoteTone(context, at, at + quote.length()).label();
                })));
        return 0;
    }
}
