package dev.slant.jobs.validate;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.sentiment.ValidateSentimentCommand;

import java.util.List;

/** `./slant validate WHAT ...`: accuracy against hand-coded gold data; one case per kind of gold. */
public final class ValidateVerb implements Verb {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "accuracy against hand-coded gold data (validate attribution | sentiment | agreement)";
    }

    @Override
    public String help() {
        return """
                usage: ./slant validate attribution --gold FILE.jsonl --article FILE.txt [--actors FILE] [--misses]
                       ./slant validate attribution --gold POLNEAR_SPLIT_DIR [--limit N] [--actors FILE] [--misses]

                attribution: quote recall and precision (a gold quote is found when a found quote overlaps at least
                half of the shorter span) and speaker accuracy on the gold quotes found. Seed gold: JSON lines with
                quote, speaker, also_accept, kind for one article (date from its .meta.json). PolNeAR: a split folder
                with text/ and attributions/ (never the test split).
                  --misses   list missed, extra and wrongly attributed quotes

                usage: ./slant validate agreement --coders CODER1.jsonl,CODER2.jsonl [--sample SAMPLE.jsonl]

                agreement: Krippendorff's alpha (nominal) between two hand coders of data/handcoded/ (JSON lines
                item_id, label, polar): over all four codes, over negative / neutral / positive on the items neither
                excluded, and over the polar flag; with --sample, also by the sample's lean.

                usage: ./slant validate sentiment [options]
                """ + ValidateSentimentCommand.HELP;
    }

    @Override
    public int run(Options o) throws Exception {
        List<String> pos = o.positional();
        if (pos.isEmpty()) {
            throw new Options.UsageException("say what to validate: attribution, sentiment or agreement");
        }
        switch (pos.get(0)) {
            case "attribution":
                return ValidateAttribution.run(o);
            case "sentiment":
                return ValidateSentimentCommand.run(o);
            case "agreement":
                return CodingAgreement.run(o);
            default:
                throw new Options.UsageException("unknown validation '" + pos.get(0) + "' (known: attribution, sentiment, agreement)");
        }
    }
}
