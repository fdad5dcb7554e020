package dev.slant.jobs.sentiment;

import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;

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
final class EncoderTraining {
    private EncoderTraining() {
    }

    static int run(ParsedOptions o) throws Exception {
        Path project = SentimentPaths.projectDir();
        Path script = project.resolve("models/training/train_target_sentiment.sh");
        if (!Files.isRegularFile(script)) {
            throw new UsageException("the training script " + script + " is missing (run from the project)");
        }
        Path data = SentimentPaths.existing((o.has("data") ? Paths.get(o.text("data")) : SentimentPaths.defaultTrainingData()),
                "--data");
        Path out = Paths.get(o.has("out") ? o.text("out") : SentimentPaths.defaultModelDir().toString());
        List<String> cmd = new ArrayList<>(List.of(script.toString(), "--epochs", o.text("epochs"), "--lr",
                o.text("lr"), "--freeze-layers", o.text("freeze-layers"), "--batch", o.text("batch")));
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
