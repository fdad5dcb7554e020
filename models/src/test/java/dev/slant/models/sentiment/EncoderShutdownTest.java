package dev.slant.models.sentiment;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A JVM that is stopped while the encoder is scoring ends cleanly: ONNX Runtime's own shutdown hook used to release
 * the native environment under threads still inside {@code OrtSession.run}, and a SIGTERM during a whole-corpus run
 * ended in a SIGSEGV in libonnxruntime.so. Real child JVMs, the real model; a few rounds each, as the race is timing.
 */
class EncoderShutdownTest {
    private static final int ROUNDS = 2;

    @Test
    void exitWhileScoringEndsWithoutACrash() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertEquals(0, runChild("exit", false), "System.exit during scoring, round " + round);
        }
    }

    @Test
    void sigtermWhileScoringEndsWithoutACrash() throws Exception {
        for (int round = 0; round < ROUNDS; round++) {
            assertEquals(143, runChild("wait", true), "SIGTERM during scoring, round " + round + " (143 = 128 + 15)");
        }
    }

    private static int runChild(String mode, boolean terminate) throws Exception {
        Path dir = Files.createTempDirectory("encoder-shutdown");
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx1g");
        // The same JVM flags as the tests (the opens of jvm.options among them), without the agent lines.
        for (String arg : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (!arg.startsWith("-javaagent") && !arg.startsWith("-Xmx")) {
                cmd.add(arg);
            }
        }
        cmd.add(EncoderShutdownChild.class.getName());
        cmd.add(mode);
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true);
        // The class path goes in CLASSPATH: ONNX Runtime crashes at start on a long command line (see README).
        pb.environment().put("CLASSPATH", System.getProperty("java.class.path"));
        Process p = pb.start();
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                out.append(line).append('\n');
                if (terminate && line.equals("scoring")) {
                    // kill, not Process.destroy(): destroy also closes the streams this loop reads.
                    new ProcessBuilder("kill", "-TERM", Long.toString(p.pid())).inheritIO().start().waitFor();
                }
            }
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "child ended");
        assertTrue(out.toString().contains("scoring"), out::toString);
        File[] crashLogs = dir.toFile().listFiles((d, name) -> name.startsWith("hs_err"));
        assertFalse(crashLogs != null && crashLogs.length > 0, () -> "the JVM crashed:\n" + out);
        return p.exitValue();
    }
}
