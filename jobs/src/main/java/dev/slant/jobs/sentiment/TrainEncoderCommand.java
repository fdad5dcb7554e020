package dev.slant.jobs.sentiment;

import dev.slant.jobs.cli.Options;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/**
 * `./slant train sentiment` (the default scorer, encoder): re-runs the one-off fine-tuning of MiniLM-L6 on NewsMTSC,
 * models/training/train_target_sentiment.sh. Training needs Debian's python3-torch, python3-onnx and python3-numpy
 * (and libopenblas0-pthread for speed); serving the result never does.
 */
final class TrainEncoderCommand {
    static final String HELP = """
            --scorer encoder (the default): fine-tunes MiniLM-L6 (all-MiniLM-L6-v2 from the langchain4j Maven jar)
            on NewsMTSC train with python3-torch via models/training/train_target_sentiment.sh, choosing the epoch
            on an article-level dev split, scoring the fixed 15% hold-out once, and writes
            target-sentiment-minilm.onnx (+ .about.json) into DIR. On 2 busy cores: 10 min to run the frozen
            layers once, then about 35 min per epoch.
              --data FILE          NewsMTSC JSON lines (default ../shared/data/sentiment/newsmtsc-train.jsonl)
              --out DIR            where the model goes (default models/src/main/resources/dev/slant/models/sentiment)
              --epochs N           passes over the training part (default 2)
              --lr X               learning rate of the trained encoder layers (default 1e-4)
              --freeze-layers K    lower encoder layers kept frozen (default 3 of 6)
              --batch N            sentences per step (default 16)
            """;

    private TrainEncoderCommand() {
    }

    static int run(Options o) throws Exception {
        Path project = SentimentPaths.projectDir();
        Path script = project.resolve("models/training/train_target_sentiment.sh");
        if (!Files.isRegularFile(script)) {
            throw new Options.UsageException("the training script " + script + " is missing (run from the project)");
        }
        Path data = SentimentPaths.existing(Paths.get(o.get("data", SentimentPaths.defaultTrainingData().toString())),
                "--data");
        Path out = Paths.get(o.get("out", SentimentPaths.defaultModelDir().toString()));
        List<String> cmd = new ArrayList<>(List.of(script.toString(), "--epochs", o.get("epochs", "2"), "--lr",
                o.get("lr", "1e-4"), "--freeze-layers", o.get("freeze-layers", "3"), "--batch", o.get("batch", "16")));
        ProcessBuilder pb = new ProcessBuilder(cmd).inheritIO();
        pb.environment().put("SLANT_SENTIMENT_DATA", data.toAbsolutePath().toString());
        pb.environment().put("SLANT_SENTIMENT_OUT", out.resolve("target-sentiment-minilm.onnx").toAbsolutePath()
                .toString());
        long t0 = System.nanoTime();
        int rc = pb.start().waitFor();
        System.err.printf("sentiment: encoder training %s after %.1f min%n", rc == 0 ? "finished" : "FAILED (exit "
                + rc + ")", (System.nanoTime() - t0) / 6e10);
        return rc;
    }
}
