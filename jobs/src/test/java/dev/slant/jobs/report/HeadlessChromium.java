package dev.slant.jobs.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Debian's headless Chromium, run as a process: the DOM after rendering, console output, and a screenshot. */
final class HeadlessChromium {
    static final Path BINARY = Path.of("/usr/bin/chromium");

    record Run(String dom, String log, int exitCode) {
    }

    private HeadlessChromium() {
    }

    static boolean available() {
        return Files.isExecutable(BINARY);
    }

    /** `--dump-dom` (DOM after layout and any script) with console messages logged to stderr. */
    static Run dumpDom(Path html, Path work) throws IOException, InterruptedException {
        return run(work, "dom", "--enable-logging=stderr", "--v=0", "--dump-dom", html.toUri().toString());
    }

    static Run screenshot(Path html, Path png, Path work) throws IOException, InterruptedException {
        return run(work, "shot", "--screenshot=" + png.toAbsolutePath(), "--window-size=1280,2000",
                "--hide-scrollbars", html.toUri().toString());
    }

    private static Run run(Path work, String name, String... args) throws IOException, InterruptedException {
        Files.createDirectories(work);
        List<String> cmd = new ArrayList<>(List.of(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-extensions", "--user-data-dir=" + work.resolve(name + "-profile")));
        cmd.addAll(List.of(args));
        Path out = work.resolve(name + ".out");
        Path err = work.resolve(name + ".err");
        Process p = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!p.waitFor(90, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("chromium did not finish in 90 s: " + cmd);
        }
        return new Run(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8),
                p.exitValue());
    }
}
