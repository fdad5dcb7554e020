package dev.slant.jobs.sentiment;

import dev.slant.jobs.verbs.ProjectPaths;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the sentiment verbs look for things when not told: the project (slant.home) and its shared data. */
final class SentimentPaths {
    private SentimentPaths() {
    }

    static Path projectDir() {
        return ProjectPaths.projectDir();
    }

    static Path defaultTrainingData() {
        return ProjectPaths.sharedData().resolve("sentiment/newsmtsc-train.jsonl");
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
