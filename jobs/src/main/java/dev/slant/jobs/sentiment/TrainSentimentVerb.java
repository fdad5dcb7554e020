package dev.slant.jobs.sentiment;

import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.sentiment.LinearTargetModel;
import dev.slant.models.sentiment.NewsMtsc;
import dev.slant.models.sentiment.SentimentAnalyzer;
import dev.slant.models.sentiment.TargetSentimentScorer;
import org.apache.spark.sql.SparkSession;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `./slant train sentiment`: rebuilds a bundled target-sentiment model from NewsMTSC, the encoder (default, see
 * {@link EncoderTraining}) or the old logistic regression ({@code --scorer lr}, here).
 */
public final class TrainSentimentVerb implements Verb {
    /** Shared with `validate sentiment`. */
    static final OptionSpec CACHE = OptionSpec.text("cache", "FILE", null,
            "RNTN analyses cache (default target/sentiment-cache/rntn-sr.jsonl)");
    static final OptionSpec THREADS = OptionSpec.integer("threads", null,
            "CoreNLP threads for sentences not yet cached (default: available cores)");

    private static final VerbOptions OPTIONS = VerbOptions.builder("[options]")
            .description("""
                    --scorer encoder (default): fine-tunes MiniLM-L6 on NewsMTSC train with python3-torch via
                    models/training/train_target_sentiment.sh (dev split by article, the 15% hold-out scored once) and
                    writes target-sentiment-minilm.onnx into DIR; 10 min plus about 35 min per epoch on 2 busy cores.
                    --scorer lr: trains the target-sentiment classifier (MLlib logistic regression over RNTN-based features) on the
                    NewsMTSC training file minus its fixed 15% hold-out part, picks the regularisation by K-fold
                    cross-validation (folds by sentence), reports macro-F1 on the hold-out part for the trained model
                    and for the raw RNTN, and writes target-sentiment-lr.json into DIR.""")
            .add(OptionSpec.text("scorer", "encoder|lr", "encoder", "which model to rebuild: the fine-tuned encoder "
                            + "or the old logistic regression"),
                    OptionSpec.integer("epochs", 2, "encoder: passes over the training part"),
                    OptionSpec.text("lr", "X", "1e-4", "encoder: learning rate of the trained encoder layers"),
                    OptionSpec.integer("freeze-layers", 3, "encoder: lower encoder layers kept frozen (of 6)"),
                    OptionSpec.integer("batch", 16, "encoder: sentences per step"))
            .add(OptionSpec.text("data", "FILE", null, "NewsMTSC JSON lines (default "
                            + "../shared/data/sentiment/newsmtsc-train.jsonl)"),
                    OptionSpec.text("out", "DIR", null, "where the model goes (default "
                            + "models/src/main/resources/dev/slant/models/sentiment)"),
                    OptionSpec.integer("folds", 5, "cross-validation folds (0 or 1 skips cross-validation, needs one "
                            + "--reg)"),
                    OptionSpec.text("reg", "LIST", "0.003,0.01,0.03", "comma-separated L2 strengths to try"),
                    OptionSpec.integer("min-count", 2, "minimum targets a word feature must occur in"),
                    CACHE, THREADS, CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "sentiment";
    }

    @Override
    public String summary() {
        return "rebuild the bundled target-sentiment model from NewsMTSC";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        String scorer = o.text("scorer");
        if (scorer.equals("encoder")) {
            return EncoderTraining.run(o);
        } else if (!scorer.equals("lr")) {
            throw new UsageException("--scorer takes encoder or lr, got '" + scorer + "'");
        }
        Path data = SentimentPaths.existing(o.has("data") ? Paths.get(o.text("data"))
                : SentimentPaths.defaultTrainingData(), "--data");
        Path out = Paths.get(o.has("out") ? o.text("out") : SentimentPaths.defaultModelDir().toString());
        int folds = o.integer("folds");
        int minCount = o.integer("min-count");
        // Features are not standardised: most are 0/1 word indicators, and scaling them to unit variance lets rare
        // words escape the L2 penalty (one CV fold: macro-F1 0.625 standardised vs 0.640 not).
        List<TargetSentimentTrainer.Settings> grid = new ArrayList<>();
        for (String r : o.text("reg").split(",")) {
            try {
                grid.add(new TargetSentimentTrainer.Settings(Double.parseDouble(r.trim()), minCount, false));
            } catch (NumberFormatException e) {
                throw new UsageException("--reg takes numbers separated by commas, got '" + r + "'");
            }
        }
        if (folds < 2 && grid.size() > 1) {
            throw new UsageException("without cross-validation (--folds < 2) give exactly one --reg");
        }
        SentimentAnalyzer analyzer = SentimentAnalyzer.shiftReduce();
        Path cacheFile = cacheFile(o, analyzer);
        int threads = threads(o);

        NewsMtscFile.Contents contents = NewsMtscFile.read(data);
        List<NewsMtsc.Sentence> train = contents.holdout(false);
        List<NewsMtsc.Sentence> holdout = contents.holdout(true);
        System.err.printf("sentiment: %s: %d sentences (%d targets), %d rejected; training on %d sentences, "
                        + "holding out %d%n", data, contents.sentences().size(), contents.targets(),
                contents.rejects().size(), train.size(), holdout.size());
        AnalysisCache cache = new AnalysisCache(cacheFile, analyzer);
        cache.ensure(contents.sentences().stream().map(NewsMtsc.Sentence::text).toList(), threads);
        List<TargetSentimentTrainer.Example> trainExamples = TargetSentimentTrainer.examples(train, cache::get);
        List<TargetSentimentTrainer.Example> holdoutExamples = TargetSentimentTrainer.examples(holdout, cache::get);

        SparkSession spark = SparkSessions.forCli("slant-train-sentiment", o.text("master"));
        try {
            TargetSentimentTrainer.Settings best = grid.get(0);
            List<TargetSentimentTrainer.CvResult> cv = List.of();
            if (folds >= 2) {
                cv = TargetSentimentTrainer.crossValidate(spark, trainExamples, folds, grid);
                best = cv.stream().max(Comparator.comparingDouble(TargetSentimentTrainer.CvResult::meanMacroF1))
                        .orElseThrow().settings();
            }
            System.err.println("sentiment: fitting the final model with " + best);
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("data", "NewsMTSC training split (Hamborg & Donnay, EACL 2021; github fhamborg/NewsMTSC; MIT), "
                    + "minus the sentences whose SHA-256(primary_gid) falls in the 15% hold-out part");
            about.put("trained", LocalDate.now().toString());
            about.put("command", "./slant train sentiment --scorer lr --folds " + folds + " --reg " + o.text("reg") + " --min-count " + minCount);
            about.put("features", "dev.slant.models.sentiment.TargetFeatures over CoreNLP 4.5.10 RNTN analyses "
                    + "(shift-reduce parser, binarized trees, parse.maxlen " + SentimentAnalyzer.MAX_SENTENCE_TOKENS
                    + ")");
            about.put("model", "Spark MLlib multinomial LogisticRegression, L2, " + best);
            about.put("training_targets", trainExamples.size());
            List<String> cvLines = cv.stream().map(Object::toString).toList();
            about.put("cross_validation", cvLines);
            LinearTargetModel model = TargetSentimentTrainer.fit(spark, trainExamples, best, about);

            TargetSentimentValidation.Result held = TargetSentimentValidation.validate(holdout, cache::get,
                    new TargetSentimentScorer(model, analyzer));
            about.put("holdout", String.format(Locale.ROOT,
                    "%d targets: trained macro-F1 %.3f accuracy %.3f; raw RNTN macro-F1 %.3f accuracy %.3f",
                    held.trained().total(), held.trained().macroF1(), held.trained().accuracy(),
                    held.rntn().macroF1(), held.rntn().accuracy()));
            Files.createDirectories(out);
            Path modelFile = out.resolve("target-sentiment-lr.json");
            try (OutputStream os = Files.newOutputStream(modelFile)) {
                model.write(os);
            }
            System.out.println("Cross-validation (" + folds + " folds by sentence, " + trainExamples.size()
                    + " targets):");
            cvLines.forEach(l -> System.out.println("  " + l));
            System.out.println("Chosen: " + best + "; " + model.weights().size() + " features with weights");
            System.out.println();
            System.out.print(held.rntn().format("Hold-out, raw RNTN sentence label"));
            System.out.print(held.trained().format("Hold-out, trained target scorer"));
            System.out.println("\nModel written to " + modelFile);
            return 0;
        } finally {
            spark.stop();
        }
    }

    static Path cacheFile(ParsedOptions o, SentimentAnalyzer analyzer) {
        return o.has("cache") ? Paths.get(o.text("cache"))
                : AnalysisCache.defaultFile(SentimentPaths.projectDir(), analyzer);
    }

    static int threads(ParsedOptions o) {
        return o.has("threads") ? o.integer("threads") : Runtime.getRuntime().availableProcessors();
    }
}
