package dev.slant.jobs.sentiment;

import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.LinearTargetModel;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.SentimentAnalyzer;
import dev.slant.models.sentiment.TargetSentimentScorer;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** `./slant validate sentiment`: raw RNTN, the logistic target scorer and the encoder on NewsMTSC-format gold data. */
public final class ValidateSentimentVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("--gold FILE [options]")
            .description("""
                    Predicts the polarity of every target in a NewsMTSC-format file (sentence_normalized, targets with
                    Input.gid/from/to/mention/polarity) three ways, side by side: the raw RNTN sentence label, the
                    logistic target scorer over RNTN features (the old model), and the fine-tuned MiniLM encoder;
                    prints accuracy, macro-F1 and a confusion matrix for each, and the encoder's speed.""")
            .add(OptionSpec.text("gold", "FILE", null, "NewsMTSC JSON lines"),
                    OptionSpec.flag("holdout", "only the fixed 15% hold-out part of the training file (never "
                            + "trained on)"),
                    OptionSpec.text("predictions-out", "FILE", null, "one JSON line per target: {\"gid\": "
                            + "\"<Input.gid>\", \"polarity\": 2|4|6}"),
                    OptionSpec.text("predictions-of", "encoder|lr", "encoder", "whose predictions --predictions-out "
                            + "writes"),
                    OptionSpec.text("model", "FILE", null, "a logistic model written by ./slant train sentiment "
                            + "--scorer lr (default: the bundled one)"),
                    TrainSentimentVerb.CACHE, TrainSentimentVerb.THREADS)
            .build();

    @Override
    public String name() {
        return "sentiment";
    }

    @Override
    public String summary() {
        return "RNTN, logistic target scorer and encoder on NewsMTSC-format gold data";
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

        String predictionsOf = o.text("predictions-of");
        if (!predictionsOf.equals("encoder") && !predictionsOf.equals("lr")) {
            throw new UsageException("--predictions-of takes encoder or lr, got '" + predictionsOf + "'");
        }
        TargetSentimentValidation.Result r = TargetSentimentValidation.validate(sentences, cache::get, scorer);
        EncoderSentimentValidation.Result enc = EncoderSentimentValidation.validate(sentences, EncoderSentiment.get());
        System.out.printf("%s%s: %d sentences, %d targets%n%n", gold, o.flag("holdout") ? " (hold-out part)" : "",
                sentences.size(), r.predictions().size());
        System.out.print(r.rntn().format("Raw RNTN sentence label (5 classes collapsed to 3)"));
        System.out.println();
        System.out.print(r.trained().format("Logistic target scorer over RNTN features (target-sentiment-lr.json)"));
        System.out.println();
        System.out.print(enc.metrics().format("Fine-tuned encoder (" + EncoderSentiment.MODEL_NAME + ")"));
        System.out.printf(java.util.Locale.ROOT, "  encoder speed: %d sentences in %.1f s, %.1f sentences/s "
                + "(one pass per sentence for all its targets)%n", enc.sentences(), enc.seconds(),
                enc.sentencesPerSecond());
        if (o.has("predictions-out")) {
            Path p = Paths.get(o.text("predictions-out"));
            if (predictionsOf.equals("encoder")) {
                TargetSentimentValidation.writePredictions(enc.predictions(), EncoderSentimentValidation.Prediction::gid,
                        EncoderSentimentValidation.Prediction::predicted, p);
            } else {
                TargetSentimentValidation.writePredictions(r.predictions(), p);
            }
            System.out.println("\n" + predictionsOf + " predictions written to " + p);
        }
        System.out.printf("%nrejected lines: %d %s%n", contents.rejects().size(),
                contents.rejects().isEmpty() ? "" : contents.rejectCounts());
        contents.rejects().stream().limit(5).forEach(x -> System.err.printf("  line %d: %s%n", x.position(),
                x.reason()));
        return 0;
    }
}
