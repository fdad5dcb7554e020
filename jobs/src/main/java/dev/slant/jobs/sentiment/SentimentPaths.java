package dev.slant.jobs.sentiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** Where the sentiment verbs look for things when not told: the project (slant.home) and its shared data. */
final class SentimentPaths {
    private SentimentPaths() {
    }

    static Path projectDir() {
        String home = System.getProperty("slant.home", System.getProperty("slant.project.dir"));
        return home != null ? Paths.get(home) : Paths.get("").toAbsolutePath();
    }

    static Path defaultTrainingData() {
        String shared = System.getProperty("slant.shared.data");
        Path base = shared != null ? Paths.get(shared) : projectDir().resolve("../shared/data");
        return base.resolve("sentiment/newsmtsc-train.jsonl").normalize();
    }

    static Path defaultModelDir() {
        return projectDir().resolve("models/src/main/resources/dev/slant/models/sentiment");
    }

    static Path existing(Path p, String what) {
        if (!Files.isRegularFile(p)) {
            throw new dev.slant.jobs.verbs.UsageException(what + " " + p + " does not exist");
        }
        return p;
    }
}
