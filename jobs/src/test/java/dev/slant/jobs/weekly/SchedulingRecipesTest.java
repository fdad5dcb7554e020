package dev.slant.jobs.weekly;

import dev.slant.jobs.SparkTestBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The recipes under docs/scheduling: valid for their tool, and using only options `weekly` knows. */
class SchedulingRecipesTest {
    static final Path DIR = SparkTestBase.projectDir().resolve("docs/scheduling");

    @TempDir
    Path tmp;

    @Test
    void cronLineIsWellFormed() throws Exception {
        List<String> jobs = Files.readAllLines(DIR.resolve("slant-weekly.cron")).stream()
                .filter(l -> !l.isBlank() && !l.startsWith("#") && !l.contains("=")).toList();
        assertEquals(1, jobs.size(), "one job line");
        String[] f = jobs.get(0).split("\\s+", 7);
        int[][] ranges = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
        for (int i = 0; i < 5; i++) {
            if (!f[i].equals("*")) {
                int v = Integer.parseInt(f[i]);
                assertTrue(v >= ranges[i][0] && v <= ranges[i][1], "cron field " + i + ": " + f[i]);
            }
        }
        assertEquals("slant", f[5], "/etc/cron.d lines name the user");
        assertTrue(f[6].contains("./slant weekly "), f[6]);
        assertOptionsKnown(f[6]);
    }

    @Test
    void systemdUnitsVerify() throws Exception {
        String service = Files.readString(DIR.resolve("slant-weekly.service"));
        String timer = Files.readString(DIR.resolve("slant-weekly.timer"));
        for (String s : List.of("[Unit]", "[Service]", "Type=oneshot", "ExecStart=/opt/slant/slant weekly ")) {
            assertTrue(service.contains(s), s);
        }
        for (String s : List.of("[Timer]", "OnCalendar=", "Persistent=true", "[Install]", "WantedBy=timers.target")) {
            assertTrue(timer.contains(s), s);
        }
        assertOptionsKnown(service.lines().filter(l -> l.startsWith("ExecStart=")).findFirst().orElseThrow());

        Path analyze = Path.of("/usr/bin/systemd-analyze");
        assumeTrue(Files.isExecutable(analyze), "systemd-analyze not installed: unit syntax checked above only");
        // verify insists the ExecStart binary exists and the user is known: point it at this checkout, run as root.
        Path project = SparkTestBase.projectDir().toAbsolutePath();
        Files.writeString(tmp.resolve("slant-weekly.service"), service.replace("/opt/slant", project.toString())
                .replace("User=slant", "User=root").replace("Group=slant", "Group=root"));
        Files.writeString(tmp.resolve("slant-weekly.timer"), timer);
        Process p = new ProcessBuilder(analyze.toString(), "verify", "--man=no",
                tmp.resolve("slant-weekly.service").toString(), tmp.resolve("slant-weekly.timer").toString())
                .redirectErrorStream(true).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes());
        List<String> ours = out.lines().filter(l -> l.contains("slant-weekly")).toList();
        assertEquals(0, p.exitValue(), out);
        assertTrue(ours.isEmpty(), "systemd-analyze complains about our units:\n" + out);
    }

    @Test
    void airflowDagCompiles() throws Exception {
        Path dag = DIR.resolve("slant_weekly_dag.py");
        String text = Files.readString(dag);
        assertTrue(text.contains("SparkSubmitOperator(") && text.contains("java_class=\"dev.slant.jobs.cli.Slant\""));
        assertOptionsKnown(text);
        Process p;
        try {
            p = new ProcessBuilder("python3", "-m", "py_compile", dag.toString())
                    .redirectErrorStream(true).start();
        } catch (java.io.IOException e) {
            assumeTrue(false, "python3 not installed");
            return;
        }
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), new String(p.getInputStream().readAllBytes()));
        // py_compile leaves __pycache__ next to the DAG; do not leave it in docs/.
        Path cache = DIR.resolve("__pycache__");
        if (Files.isDirectory(cache)) {
            try (var s = Files.walk(cache)) {
                for (Path x : s.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(x);
                }
            }
        }
    }

    /**
     * The CI setup of the report's browser, run for real twice: the first run leaves Chromium installed (installing it
     * when missing), the second finds it and changes nothing: the package database, apt's state and the browser
     * untouched, the same version printed.
     */
    @Test
    void ciBrowserSetupRunTwiceChangesNothingTheSecondTime() throws Exception {
        Path script = SparkTestBase.projectDir().resolve("docs/ci-browser-setup.sh");
        Run first = Run.of(script);
        assumeTrue(first.exit() == 0, "Chromium cannot be installed on this machine (no root or no network): "
                + first.output());
        Path browser = Path.of("/usr/bin/chromium");
        Path dpkgStatus = Path.of("/var/lib/dpkg/status");
        long browserChanged = Files.getLastModifiedTime(browser).toMillis();
        long packagesChanged = Files.getLastModifiedTime(dpkgStatus).toMillis();
        String packages = Files.readString(dpkgStatus);
        Path aptState = Path.of("/var/lib/apt");
        long aptChanged = Files.getLastModifiedTime(aptState).toMillis();

        Run second = Run.of(script);
        assertEquals(0, second.exit(), second.output());
        assertTrue(first.lastLine().startsWith("Chromium "), first.output());
        assertEquals(first.lastLine(), second.lastLine(), "the same browser, still there");
        assertEquals(browserChanged, Files.getLastModifiedTime(browser).toMillis());
        assertEquals(packagesChanged, Files.getLastModifiedTime(dpkgStatus).toMillis());
        assertEquals(packages, Files.readString(dpkgStatus));
        assertEquals(aptChanged, Files.getLastModifiedTime(aptState).toMillis(), "apt's state was touched");
    }

    private record Run(int exit, String output) {
        String lastLine() {
            return output.strip().lines().reduce((a, b) -> b).orElse("");
        }

        static Run of(Path script) throws Exception {
            Process p = new ProcessBuilder("bash", script.toString()).redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(p.waitFor(15, TimeUnit.MINUTES), "the setup did not finish");
            return new Run(p.exitValue(), out);
        }
    }

    /** Every `--option` a recipe passes is declared by `weekly`, so a renamed option breaks this test. */
    private static void assertOptionsKnown(String text) {
        var declared = new WeeklyVerb().options();
        Matcher m = Pattern.compile("(?<![\\w-])--([a-z][a-z-]+)").matcher(text);
        List<String> unknown = new ArrayList<>();
        while (m.find()) {
            if (!declared.declares(m.group(1))) {
                unknown.add(m.group(1));
            }
        }
        assertTrue(unknown.isEmpty(), "options weekly does not know: " + unknown);
    }
}
