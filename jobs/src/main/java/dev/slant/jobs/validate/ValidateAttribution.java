package dev.slant.jobs.validate;

import dev.slant.jobs.cli.Options;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.validate.AttributionScore;
import dev.slant.models.validate.AttributionValidation;
import dev.slant.models.validate.GoldArticle;
import dev.slant.models.validate.GoldReaders;
import dev.slant.models.validate.NameScore;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/** `validate attribution`: reads the gold, runs the models' attribution, prints the scores. No Spark needed. */
final class ValidateAttribution {
    private ValidateAttribution() {
    }

    static int run(Options o) throws Exception {
        Path gold = Paths.get(o.require("gold"));
        ActorRegistry registry = o.has("actors") ? ActorRegistry.load(Paths.get(o.get("actors", null)))
                : ActorRegistry.defaults();
        List<GoldArticle> articles;
        if (Files.isDirectory(gold)) {
            if (gold.toString().contains("test")) {
                throw new Options.UsageException("refusing a test split: validate on train or dev");
            }
            articles = GoldReaders.polnear(gold, o.getInt("limit", 0));
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
        if (o.flag("misses")) {
            s.misses().forEach(System.out::println);
            if (names != null) {
                names.misses().forEach(System.out::println);
            }
        }
        return 0;
    }
}
