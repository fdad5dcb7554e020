package dev.slant.jobs.sentiment;

import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.sentiment.LinearTargetModel;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.SentimentAnalyzer;
import dev.slant.models.sentiment.TargetSentimentScorer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** `./slant validate sentiment`: raw RNTN vs the trained target scorer on NewsMTSC-format gold data. */
public final class ValidateSentimentVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold FILE [options]")
            .description("""
                    Predicts the polarity of every target in a NewsMTSC-format file (sentence_normalized, targets with
                    Input.gid/from/to/mention/polarity) with the raw RNTN sentence label and with the trained target
                    scorer; prints accuracy, macro-F1 and a confusion matrix for each.""")
            .add(OptionSpec.text("gold", "FILE", null, "NewsMTSC JSON lines"),
                    OptionSpec.flag("holdout", "only the fixed 15% hold-out part of the training file (never "
                            + "trained on)"),
                    OptionSpec.text("predictions-out", "FILE", null, "one JSON line per target: {\"gid\": "
                            + "\"<Input.gid>\", \"polarity\": 2|4|6}"),
                    OptionSpec.text("model", "FILE", null, "a model written by ./slant train sentiment (default: "
                            + "the bundled one)"),
                    TrainSentimentVerb.CACHE, TrainSentimentVerb.THREADS)
            .build();

    @Override
    public String name() {
        return "sentiment";
    }

    @Override
    public String summary() {
        return "raw RNTN vs the trained target scorer on NewsMTSC-format gold data";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        Path gold = SentimentPaths.existing(Paths.get(o.require("gold")), "--gold");
        SentimentAnalyzer analyzer = SentimentAnalyzer.shiftReduce();
        TargetSentimentScorer scorer = TargetSentimentScorer.get();
        if (o.has("model")) {
            try (InputStream in = Files.newInputStream(SentimentPaths.existing(Paths.get(o.text("model")),
                    "--model"))) {
                scorer = new TargetSentimentScorer(LinearTargetModel.read(in), analyzer);
            }
        }
        Path cacheFile = TrainSentimentVerb.cacheFile(o, analyzer);
        NewsMtscFile.Contents contents = NewsMtscFile.read(gold);
        List<NewsMtsc.Sentence> sentences = o.flag("holdout") ? contents.holdout(true) : contents.sentences();
        AnalysisCache cache = new AnalysisCache(cacheFile, analyzer);
        cache.ensure(sentences.stream().map(NewsMtsc.Sentence::text).toList(),
                TrainSentimentVerb.threads(o));

        TargetSentimentValidation.Result r = TargetSentimentValidation.validate(sentences, cache::get, scorer);
        System.out.printf("%s%s: %d sentences, %d targets%n%n", gold, o.flag("holdout") ? " (hold-out part)" : "",
                sentences.size(), r.predictions().size());
        System.out.print(r.rntn().format("Raw RNTN sentence label (5 classes collapsed to 3)"));
        System.out.println();
        System.out.print(r.trained().format("Trained target scorer"));
        if (o.has("predictions-out")) {
            Path p = Paths.get(o.text("predictions-out"));
            TargetSentimentValidation.writePredictions(r.predictions(), p);
            System.out.println("\npredictions written to " + p);
        }
        System.out.printf("%nrejected lines: %d %s%n", contents.rejects().size(),
                contents.rejects().isEmpty() ? "" : contents.rejectCounts());
        contents.rejects().stream().limit(5).forEach(x -> System.err.printf("  line %d: %s%n", x.position(),
                x.reason()));
        return 0;
    }
}
