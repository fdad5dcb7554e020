package dev.slant.jobs.validate;

import com.fasterxml.jackson.databind.JsonNode;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.ProjectPaths;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.sentiment.ArticleStance;
import dev.slant.models.sentiment.EncoderSentiment;
import dev.slant.models.sentiment.StanceHead;
import org.apache.spark.sql.SparkSession;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `./slant train stance`: rebuilds the article-stance head (stance-head.json) from the hand-coded training pairs of
 * data/handcoded/stance-train/: the pair head with its L2 strength chosen by cross-validation on those pairs, then the
 * neutral bias of its combination with the stance branch, chosen on the pair head's out-of-fold logits. The
 * validation set (data/handcoded/stance/) is refused: it only measures the head (`./slant validate stance`). The
 * branch (stance-branch.onnx) is trained on coded sentences by models/training/train_stance_branch.py; rerun this
 * after it.
 */
public final class TrainStanceVerb implements Verb {
    private static final long SEED = 14;
    private static final VerbOptions OPTIONS = VerbOptions.builder("[options]")
            .description("""
                    Scores every naming of each training pair's person in its excerpt with the bundled encoder,
                    averages the span vectors of the namings in writer's-voice sentences per pair, fits Spark MLlib's
                    multinomial logistic regression (class-balanced, L2) for each strength, keeps the one with the
                    best macro-F1 in repeated 5-fold cross-validation on the training pairs; then averages its
                    out-of-fold logits with the stance branch's mean logits over every naming (--head-share) and
                    chooses the bias on the neutral logit with the best macro-F1 (its held-out figure from 10 x
                    5-fold cross-validation, the bias chosen inside each fold, is printed and recorded). Writes
                    stance-head.json into DIR. About five minutes.""")
            .add(OptionSpec.text("train", "FILE", null, "the training pairs' gold (default "
                            + "data/handcoded/stance-train/gold.jsonl)"),
                    OptionSpec.text("penalty", "LIST", "0.03,0.1,0.3,1",
                            "comma-separated L2 strengths (MLlib regParam) to try"),
                    OptionSpec.text("head-share", "X", "0.5", "the pair head's share of the article's logits, the "
                            + "stance branch's the rest (1: the pair head alone)"),
                    OptionSpec.text("neutral-bias", "LIST", "-1.5,-1.25,-1,-0.75,-0.5,-0.25,0,0.25,0.5",
                            "comma-separated biases on the neutral logit to choose from"),
                    OptionSpec.text("out", "DIR", null, "where the head goes (default "
                            + "models/src/main/resources/dev/slant/models/sentiment)"),
                    CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "stance";
    }

    @Override
    public String summary() {
        return "rebuild the article-stance head from the hand-coded training pairs (L2 chosen by CV)";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        Path project = ProjectPaths.projectDir();
        Path train = o.has("train") ? Paths.get(o.text("train"))
                : project.resolve("data/handcoded/stance-train/gold.jsonl");
        if (train.toAbsolutePath().normalize().toString().contains("handcoded/stance/")) {
            throw new UsageException("--train " + train + ": that is the validation set; train on stance-train");
        }
        if (!Files.isRegularFile(train)) {
            throw new UsageException("--train " + train + " is not a file (a gold.jsonl of article x person pairs)");
        }
        Path out = o.has("out") ? Paths.get(o.text("out"))
                : project.resolve("models/src/main/resources").resolve(StanceHead.RESOURCE.substring(1)).getParent();
        List<Double> grid = new ArrayList<>();
        double[] biases;
        double share;
        try {
            for (String r : o.text("penalty").split(",")) {
                grid.add(Double.parseDouble(r.trim()));
            }
            biases = Arrays.stream(o.text("neutral-bias").split(",")).mapToDouble(b -> Double.parseDouble(b.trim()))
                    .toArray();
            share = Double.parseDouble(o.text("head-share"));
        } catch (NumberFormatException e) {
            throw new UsageException("--penalty and --neutral-bias take numbers separated by commas, --head-share one "
                    + "number");
        }
        if (share < 0 || share > 1) {
            throw new UsageException("--head-share must be between 0 and 1");
        }
        long t0 = System.nanoTime();
        List<JsonNode> items = HandCodedGold.read(train);
        List<String> gold = items.stream().map(n -> n.path("label").asText()).toList();
        StanceItems namings = new StanceItems(items, ActorRegistry.defaults());
        List<double[]> features = namings.voicedFeatureMeans(EncoderSentiment.get());
        long withVoice = features.stream().filter(f -> f != null).count();
        List<double[]> branch = namings.branchMeans(EncoderSentiment.get());
        boolean withBranch = branch.stream().anyMatch(b -> b != null);
        if (!withBranch && share < 1) {
            System.err.println("stance: no stance branch bundled (" + EncoderSentiment.STANCE_BRANCH_RESOURCE
                    + "); the pair head alone decides");
            share = 1;
        }
        System.err.printf(Locale.ROOT, "stance: %d training pairs, %d with a writer's-voice naming; span vectors in "
                + "%.0f s%n", items.size(), withVoice, (System.nanoTime() - t0) / 1e9);

        SparkSession spark = SparkSessions.forCli("slant-train-stance", o.text("master"));
        try {
            List<String> selection = new ArrayList<>();
            double best = Double.NaN;
            double bestF1 = -1;
            for (double reg : grid) {
                double[] f1 = StanceTrainer.crossValidate(spark, features, gold, reg, SEED);
                double mean = Arrays.stream(f1).average().orElseThrow();
                String line = String.format(Locale.ROOT, "L2 %s: held-out macro-F1 %.3f (%d x %d-fold CV: %s)", reg,
                        mean, StanceTrainer.REPEATS, StanceTrainer.FOLDS, Arrays.toString(round(f1)));
                System.err.println("stance: " + line);
                selection.add(line);
                if (mean > bestF1 + 1e-9) {
                    bestF1 = mean;
                    best = reg;
                }
            }
            Map<String, Object> about = new LinkedHashMap<>();
            Path shown = train.toAbsolutePath().normalize().startsWith(project.toAbsolutePath().normalize())
                    ? project.toAbsolutePath().normalize().relativize(train.toAbsolutePath().normalize()) : train;
            about.put("data", shown + ": " + items.size() + " article x person pairs both coders labelled alike "
                    + "(data/handcoded/README.md); " + withVoice + " with a naming in a writer's-voice sentence");
            about.put("features", "pair head: mean over the pair's namings in writer's-voice sentences (ArticleStance."
                    + "writersVoice) after the title of the encoder's span vector [CLS ; span mean], "
                    + EncoderSentiment.MODEL_NAME + "; branch: mean over all the pair's namings after the title of "
                    + "the stance branch's logits (stance-branch.onnx)" + (withBranch ? "" : ", not bundled"));
            about.put("model", "Spark MLlib multinomial LogisticRegression, L2 " + best + ", standardised features, "
                    + "class weights n / (3 n_class)");
            about.put("selection_by_cv_on_training_pairs", selection);
            about.put("chosen_l2", best);
            about.put("cv_macro_f1", Math.round(bestF1 * 1000) / 1000.0);
            about.put("trained", LocalDate.now().toString());
            about.put("command", "./slant train stance --penalty " + o.text("penalty") + " --head-share "
                    + o.text("head-share") + " --neutral-bias " + o.text("neutral-bias"));
            about.put("validation", "./slant validate stance --gold data/handcoded/stance/gold.jsonl (never trained "
                    + "or selected on)");
            double bias = 0;
            if (share < 1) {
                double[][] outOfFold = StanceTrainer.outOfFold(spark, features, gold, best, SEED);
                double[] f1 = StanceTrainer.crossValidateBias(outOfFold, branch, gold, share, biases, SEED);
                double cv = Arrays.stream(f1).average().orElseThrow();
                bias = StanceTrainer.chooseBias(outOfFold, branch, gold, share, biases);
                double alone = ArticleStance.macroF1(StanceTrainer.combined(outOfFold, branch, 0, bias), gold);
                String line = String.format(Locale.ROOT, "head share %s with the stance branch: held-out macro-F1 "
                                + "%.3f (%d x %d-fold CV over the out-of-fold head logits, the neutral bias chosen "
                                + "on the other folds each time: %s); bias chosen on all the pairs: %s (the branch "
                                + "alone with it: %.3f)", share, cv, f1.length, StanceTrainer.FOLDS,
                        Arrays.toString(round(f1)), bias, alone);
                System.err.println("stance: " + line);
                selection.add(line);
                about.put("combined_cv_macro_f1", Math.round(cv * 1000) / 1000.0);
            }
            about.put("head_share", share);
            about.put("neutral_bias", bias);
            StanceHead pair = StanceTrainer.fit(spark, features, gold, best, about);
            StanceHead head = new StanceHead(pair.classes(), pair.weights(), pair.intercepts(), share, bias, about);
            about.put("train_time_s", Math.round((System.nanoTime() - t0) / 1e9));
            Files.createDirectories(out);
            Path file = out.resolve(Path.of(StanceHead.RESOURCE).getFileName().toString());
            Path tmp = out.resolve(file.getFileName() + ".tmp");
            try (OutputStream os = Files.newOutputStream(tmp)) {
                head.write(os);
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            selection.forEach(l -> System.out.println("  " + l));
            System.out.printf(Locale.ROOT, "Chosen: L2 %s (cross-validated macro-F1 %.3f on the training pairs), "
                    + "head share %s, neutral bias %s%n", best, bestF1, share, bias);
            System.out.println("Head written to " + file);
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static double[] round(double[] v) {
        return Arrays.stream(v).map(x -> Math.round(x * 1000) / 1000.0).toArray();
    }
}
