package dev.slant.jobs.speakers;

import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.ProjectPaths;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.SpeakerModel;
import dev.slant.models.validate.GoldArticle;
import dev.slant.models.validate.GoldReaders;
import org.apache.spark.sql.SparkSession;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * `./slant train speakers`: rebuilds the speaker ranker (speaker-ranker.json) from PolNeAR train, choosing the L2
 * strength and the feature cut-off on PolNeAR dev (never the test split).
 */
public final class TrainSpeakersVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder("[options]")
            .description("""
                    Collects the candidate speakers of every quotation in marks Slant finds in PolNeAR train (rules
                    alone), labels them from the gold source spans, fits an MLlib logistic regression for each setting,
                    keeps the one whose top candidate is right most often on PolNeAR dev, and writes
                    speaker-ranker.json into DIR. About 10 minutes on 2 busy cores.""")
            .add(OptionSpec.text("train-split", "DIR", null, "PolNeAR training split (default "
                            + "../shared/data/attribution/polnear/train)"),
                    OptionSpec.text("dev-split", "DIR", null, "PolNeAR dev split, for choosing the settings "
                            + "(default ../shared/data/attribution/polnear/dev)"),
                    OptionSpec.text("l2", "LIST", "0.0003,0.001,0.003", "comma-separated L2 strengths to try"),
                    OptionSpec.text("feature-min-count", "LIST", "3", "comma-separated cut-offs to try: training "
                            + "candidates a feature must occur in"),
                    OptionSpec.integer("limit", 0, "at most N articles of each split (0: all)"),
                    OptionSpec.text("out", "DIR", null, "where the model goes (default "
                            + "models/src/main/resources/dev/slant/models/quotes)"),
                    OptionSpec.integer("threads", null, "threads collecting candidates (default: available cores)"),
                    CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "speakers";
    }

    @Override
    public String summary() {
        return "rebuild the bundled speaker ranker from PolNeAR train (settings chosen on dev)";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        Path project = ProjectPaths.projectDir();
        Path shared = ProjectPaths.sharedData();
        Path train = split(o, "train-split", shared.resolve("attribution/polnear/train"));
        Path dev = split(o, "dev-split", shared.resolve("attribution/polnear/dev"));
        Path out = o.has("out") ? Paths.get(o.text("out"))
                : project.resolve("models/src/main/resources").resolve(SpeakerModel.RESOURCE.substring(1)).getParent();
        List<SpeakerTrainer.Settings> grid = new ArrayList<>();
        try {
            for (String r : o.text("l2").split(",")) {
                for (String c : o.text("feature-min-count").split(",")) {
                    grid.add(new SpeakerTrainer.Settings(Double.parseDouble(r.trim()), Integer.parseInt(c.trim())));
                }
            }
        } catch (NumberFormatException e) {
            throw new UsageException("--l2 and --feature-min-count take numbers separated by commas");
        }
        int threads = o.has("threads") ? o.integer("threads") : Runtime.getRuntime().availableProcessors();
        ActorRegistry registry = ActorRegistry.defaults();
        long t0 = System.nanoTime();
        List<GoldArticle> trainArticles = GoldReaders.polnear(train, o.integer("limit"));
        List<GoldArticle> devArticles = GoldReaders.polnear(dev, o.integer("limit"));
        List<SpeakerExamples.Group> trainGroups = SpeakerExamples.of(trainArticles, registry, threads);
        List<SpeakerExamples.Group> devGroups = SpeakerExamples.of(devArticles, registry, threads);
        double collectSecs = (System.nanoTime() - t0) / 1e9;
        System.err.printf(Locale.ROOT, "speakers: %d train quotations (%d learnable), %d dev (%d learnable), "
                        + "collected in %.0f s%n", trainGroups.size(), learnable(trainGroups), devGroups.size(),
                learnable(devGroups), collectSecs);

        SparkSession spark = SparkSessions.forCli("slant-train-speakers", o.text("master"));
        try {
            Map<String, Object> about = new LinkedHashMap<>();
            about.put("data", "PolNeAR (Newell, Margolin & Ruths, LREC 2018) train split, " + trainArticles.size()
                    + " articles; settings chosen on the dev split (" + devArticles.size() + " articles); the test "
                    + "split is never read");
            about.put("trained", LocalDate.now().toString());
            about.put("command", "./slant train speakers --l2 " + o.text("l2") + " --feature-min-count "
                    + o.text("feature-min-count"));
            about.put("features", "dev.slant.models.quotes.SpeakerRanker: per candidate (name, registry role, "
                    + "description, pronoun in the quotation's sentences, the 3 before and the 1 after; the previous "
                    + "speaker) 0/1 features of kind, position and distance to the quotation, paragraph, subject or "
                    + "object of a reporting verb, possessive, preposition, colon, dash, registry actor, salience, "
                    + "previous speaker, the rules' pick, and conjunctions of kind and position with the others");
            long tFit = System.nanoTime();
            SpeakerModel best = null;
            SpeakerTrainer.Ranking bestDev = null;
            SpeakerTrainer.Settings bestSettings = null;
            List<String> selection = new ArrayList<>();
            for (SpeakerTrainer.Settings s : grid) {
                SpeakerModel m = SpeakerTrainer.fit(spark, trainGroups, s, about);
                SpeakerTrainer.Ranking r = SpeakerTrainer.rank(m, devGroups);
                SpeakerTrainer.Ranking tr = SpeakerTrainer.rank(m, trainGroups);
                String line = String.format(Locale.ROOT, "%s: dev top-1 %.3f (%d/%d; rules %.3f), train %.3f, %d "
                        + "weights", s, r.model(), r.modelRight(), r.groups(), r.rules(), tr.model(), m.weights().size());
                System.err.println("speakers: " + line);
                selection.add(line);
                if (bestDev == null || r.modelRight() > bestDev.modelRight()) {
                    best = m;
                    bestDev = r;
                    bestSettings = s;
                }
            }
            double fitSecs = (System.nanoTime() - tFit) / 1e9;
            Map<String, Object> a = new LinkedHashMap<>(best.about());
            a.put("selection_on_dev", selection);
            a.put("chosen", bestSettings.toString());
            a.put("dev_top1", String.format(Locale.ROOT, "%.3f of %d dev quotations in marks that have a right "
                            + "candidate (the rules alone: %.3f)", bestDev.model(), bestDev.groups(),
                    bestDev.rules()));
            a.put("train_time", String.format(Locale.ROOT, "candidates %.0f s, %d fits %.0f s (%d threads, 2 "
                    + "shared cores)", collectSecs, grid.size(), fitSecs, threads));
            SpeakerModel model = new SpeakerModel(best.intercept(), best.weights(), a);
            Files.createDirectories(out);
            Path file = out.resolve("speaker-ranker.json");
            try (OutputStream os = Files.newOutputStream(file)) {
                model.write(os);
            }
            selection.forEach(l -> System.out.println("  " + l));
            System.out.println("Chosen: " + bestSettings + "; " + a.get("dev_top1"));
            System.out.println("Model written to " + file);
            return 0;
        } finally {
            spark.stop();
        }
    }

    private static long learnable(List<SpeakerExamples.Group> groups) {
        return groups.stream().filter(SpeakerExamples.Group::learnable).count();
    }

    private static Path split(ParsedOptions o, String option, Path fallback) {
        Path p = o.has(option) ? Paths.get(o.text(option)) : fallback.normalize();
        if (p.toString().contains("test")) {
            throw new UsageException("--" + option + ": refusing a test split");
        }
        if (!Files.isDirectory(p)) {
            throw new UsageException("--" + option + " " + p + " is not a PolNeAR split folder");
        }
        return p;
    }
}
