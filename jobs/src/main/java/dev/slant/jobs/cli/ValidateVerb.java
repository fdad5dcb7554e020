package dev.slant.jobs.cli;

import dev.slant.jobs.sentiment.ValidateSentimentCommand;

/** `./slant validate WHAT`: accuracy of one part of Slant against hand-coded gold data. */
public final class ValidateVerb implements Verb {
    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String summary() {
        return "measure a component against gold data (sentiment)";
    }

    @Override
    public String help() {
        return "usage: ./slant validate sentiment [options]\n\n" + ValidateSentimentCommand.HELP;
    }

    @Override
    public int run(Options options) throws Exception {
        String what = options.positional().isEmpty() ? "" : options.positional().get(0);
        switch (what) {
            case "sentiment":
                return ValidateSentimentCommand.run(options);
            default:
                throw new Options.UsageException("validate what? expected: sentiment");
        }
    }
}
