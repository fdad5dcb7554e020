package dev.slant.jobs.cli;

import dev.slant.jobs.sentiment.TrainSentimentCommand;

/** `./slant train WHAT`: rebuilds one of the bundled models. */
public final class TrainVerb implements Verb {
    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "rebuild a bundled model from its training data (sentiment)";
    }

    @Override
    public String help() {
        return "usage: ./slant train sentiment [options]\n\n" + TrainSentimentCommand.HELP;
    }

    @Override
    public int run(Options options) throws Exception {
        String what = options.positional().isEmpty() ? "" : options.positional().get(0);
        switch (what) {
            case "sentiment":
                return TrainSentimentCommand.run(options);
            default:
                throw new Options.UsageException("train what? expected: sentiment");
        }
    }
}
