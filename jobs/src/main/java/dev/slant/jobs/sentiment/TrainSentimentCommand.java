package dev.slant.jobs.sentiment;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.spark.SparkSessions;
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
 * {@link TrainEncoderCommand}) or the old logistic regression ({@code --scorer lr}, here).
 */
public final class TrainSentimentCommand {
    public static final String HELP = """
            usage: ./slant train sentiment [--scorer encoder|lr] [--data FILE] [--out DIR] [options]
            Rebuilds a bundled target-sentiment model from NewsMTSC.
            """ + TrainEncoderCommand.HELP + """
            --scorer lr [--folds K] [--reg LIST] [--min-count N] [--cache FILE] [--threads N] [--master URL]:
            the old model, kept for comparison: MLlib logistic regression over RNTN-based features, trained on
            the NewsMTSC training file minus its fixed 15% hold-out part; picks the regularisation by K-fold
            cross-validation (folds by sentence), reports macro-F1 on the hold-out part for the trained model and
            for the raw RNTN, and writes target-sentiment-lr.json into DIR.
              --data FILE     NewsMTSC JSON lines (default ../shared/data/sentiment/newsmtsc-train.jsonl)
              --out DIR       where the model goes (default models/src/main/resources/dev/slant/models/sentiment)
              --folds K       cross-validation folds (default 5; 0 or 1 skips cross-validation, needs one --reg)
              --reg LIST      comma-separated L2 strengths to try (default 0.003,0.01,0.03)
              --min-count N   minimum targets a word feature must occur in (default 2)
              --cache FILE    RNTN analyses cache (default target/sentiment-cache/rntn-sr.jsonl)
              --threads N     CoreNLP threads for sentences not yet cached (default: available cores)
            """;

    private TrainSentimentCommand() {
    }

    public static int run(Options o) throws Exception {
        String scorer = o.get("scorer", "encoder");
        if (scorer.equals("encoder")) {
            return TrainEncoderCommand.run(o);
        } else if (!scorer.equals("lr")) {
            throw new Options.UsageException("--scorer takes encoder or lr, got '" + scorer + "'");
        }
        Path data = SentimentPaths.existing(Paths.get(o.get("data", SentimentPaths.defaultTrainingData().toString())),
                "--data");
        Path out = Paths.get(o.get("out", SentimentPaths.defaultModelDir().toString()));
        int folds = o.getInt("folds", 5);
        int minCount = o.getInt("min-count", 2);
        // Features are not standardised: most are 0/1 word indicators, and scaling them to unit variance lets rare
        // words escape the L2 penalty (one CV fold: macro-F1 0.625 standardised vs 0.640 not).
        List<TargetSentimentTrainer.Settings> grid = new ArrayList<>();
        for (String r : o.get("reg", "0.003,0.01,0.03").split(",")) {
            try {
                grid.add(new TargetSentimentTrainer.Settings(Double.parseDouble(r.trim()), minCount, false));
            } catch (NumberFormatException e) {
                throw new Options.UsageException("--reg takes numbers separated by commas, got '" + r + "'");
            }
        }
        if (folds < 2 && grid.size() > 1) {
            throw new Options.UsageException("without cross-validation (--folds < 2) give exactly one --reg");
        }
        SentimentAnalyzer analyzer = SentimentAnalyzer.shiftReduce();
        Path cacheFile = Paths.get(o.get("cache", AnalysisCache.defaultFile(SentimentPaths.projectDir(), analyzer)
                .toString()));
        int threads = o.getInt("threads", Runtime.getRuntime().availableProcessors());

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

        SparkSession spark = SparkSessions.forCli("slant-train-sentiment", o.get("master", null));
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
            about.put("command", "./slant train sentiment --scorer lr --folds " + folds + " --reg " + o.get("reg",
                    "0.003,0.01,0.03") + " --min-count " + minCount);
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
}
