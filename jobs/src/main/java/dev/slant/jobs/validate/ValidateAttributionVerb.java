package dev.slant.jobs.validate;

import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.validate.AttributionScore;
import dev.slant.models.validate.AttributionValidation;
import dev.slant.models.validate.GoldArticle;
import dev.slant.models.validate.GoldReaders;
import dev.slant.models.validate.JudgedPronounSample;
import dev.slant.models.validate.NameScore;
import dev.slant.models.validate.PronounSourceSample;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** `validate attribution`: reads the gold, runs the models' attribution, prints the scores. No Spark needed. */
final class ValidateAttributionVerb implements Verb {
    private static final VerbOptions OPTIONS = VerbOptions.builder(
                    "--gold FILE.jsonl --article FILE.txt [--registry FILE] [--misses]\n"
                            + "       ./slant validate attribution --gold POLNEAR_SPLIT_DIR [--limit N] [--registry FILE] [--misses]"
                            + " [--pronoun-sample N --seed S --sample-out FILE.jsonl]\n"
                            + "       ./slant validate attribution --judged FILE.jsonl [--gold POLNEAR_SPLIT_DIR]")
            .description("""
                    Quote recall and precision (a gold quote is found when a found quote overlaps at least half of the
                    shorter span) and speaker accuracy on the gold quotes found. Seed gold: JSON lines with quote,
                    speaker, also_accept, kind for one article (date from its .meta.json). PolNeAR: a split folder
                    with text/ and attributions/ (never the test split). --pronoun-sample writes N found quotes whose
                    PolNeAR source is a pronoun or a nominal, for judging by hand (data/handcoded/attribution/RULES.md);
                    --judged prints the figure of such a sample once judged, and with --gold re-scores the same items
                    with today's attributor by the judge's expected names.""")
            .add(OptionSpec.text("gold", "FILE|DIR", null, "seed gold JSON lines, or a PolNeAR split folder"),
                    OptionSpec.text("article", "FILE", null, "the article of seed gold (.txt)"),
                    OptionSpec.integer("limit", 0, "PolNeAR: at most N articles (0: all)"),
                    OptionSpec.text("registry", "FILE", null, "actor registry JSON (default: the bundled one)"),
                    OptionSpec.flag("misses", "list missed, extra and wrongly attributed quotes"),
                    OptionSpec.integer("pronoun-sample", 0,
                            "PolNeAR: write N random found quotes whose source is a pronoun or nominal (0: none)"),
                    OptionSpec.integer("seed", 1, "the random seed of --pronoun-sample"),
                    OptionSpec.text("sample-out", "FILE", "pronoun-sample.jsonl", "where --pronoun-sample writes"),
                    OptionSpec.text("judged", "FILE", null,
                            "print the figure of a hand-judged pronoun sample; with --gold (its split), re-score it with today's code"))
            .oldSpelling("actors", v -> "registry")
            .build();

    @Override
    public String name() {
        return "attribution";
    }

    @Override
    public String summary() {
        return "quote recall, precision and speaker accuracy against hand-coded gold";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        JudgedPronounSample judged = o.has("judged") ? JudgedPronounSample.read(Paths.get(o.text("judged"))) : null;
        if (judged != null) {
            System.out.println(judged.summary());
            if (!o.has("gold")) {
                return 0;
            }
        }
        Path gold = Paths.get(o.require("gold"));
        ActorRegistry registry = o.has("registry") ? ActorRegistry.load(Paths.get(o.text("registry")))
                : ActorRegistry.defaults();
        List<GoldArticle> articles;
        if (Files.isDirectory(gold)) {
            if (gold.toString().contains("test")) {
                throw new UsageException("refusing a test split: validate on train or dev");
            }
            articles = GoldReaders.polnear(gold, o.integer("limit"));
        } else {
            articles = List.of(GoldReaders.seed(gold, Paths.get(o.require("article"))));
        }
        long t0 = System.nanoTime();
        var found = AttributionValidation.find(articles, registry);
        double secs = (System.nanoTime() - t0) / 1e9;
        AttributionScore s = AttributionValidation.score(articles, found);
        System.out.printf("attribution on %s (%d articles, %.1f s)%n", gold, articles.size(), secs);
        System.out.println(s.summary());
        // full names and actor links need a source span per quote (PolNeAR); the seed gold names speakers directly
        boolean sourceSpans = articles.stream().flatMap(a -> a.quotes().stream()).anyMatch(q -> q.sourceStart() >= 0);
        NameScore names = sourceSpans ? AttributionValidation.names(articles, found, registry) : null;
        if (names != null) {
            System.out.println(names.summary());
        }
        if (o.integer("pronoun-sample") > 0) {
            if (!sourceSpans) {
                throw new UsageException("--pronoun-sample needs gold with source spans (a PolNeAR split)");
            }
            Path out = Paths.get(o.text("sample-out"));
            List<PronounSourceSample.Item> sample = PronounSourceSample.draw(
                    AttributionValidation.matches(articles, found), o.integer("pronoun-sample"), o.integer("seed"));
            PronounSourceSample.write(sample, out);
            System.out.printf("wrote %d found quotes whose source is a pronoun or nominal to %s%n", sample.size(), out);
        }
        if (judged != null) {
            System.out.println(judged.rescore(AttributionValidation.matches(articles, found)).summary());
        }
        if (o.flag("misses")) {
            s.misses().forEach(System.out::println);
            if (names != null) {
                names.misses().forEach(System.out::println);
            }
        }
        return 0;
    }
}
