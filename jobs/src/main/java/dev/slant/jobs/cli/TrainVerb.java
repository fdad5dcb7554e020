package dev.slant.jobs.cli;

import dev.slant.jobs.sentiment.TrainSentimentVerb;
import dev.slant.jobs.speakers.TrainSpeakersVerb;
import dev.slant.jobs.validate.TrainStanceVerb;
import dev.slant.jobs.verbs.VerbGroup;

import java.util.List;

/** `./slant train WHAT`: rebuilds one of the bundled models. */
public final class TrainVerb extends VerbGroup {
    public TrainVerb() {
        super(List.of(new TrainSentimentVerb(), new TrainSpeakersVerb(), new TrainStanceVerb()));
    }

    @Override
    public String name() {
        return "train";
    }

    @Override
    public String summary() {
        return "rebuild a bundled model from its training data (sentiment, speakers, stance)";
    }
}
