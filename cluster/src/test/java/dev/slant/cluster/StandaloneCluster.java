package dev.slant.cluster;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A real Spark standalone cluster on 127.0.0.1: one Master and N Workers, each its own JVM, started from the Maven
 * jars (no Spark distribution can be downloaded here). A SPARK_HOME is synthesised with a jars/ folder of links so
 * Workers can build executor command lines exactly as on a real installation. Closing it kills every JVM it started.
 */
final class StandaloneCluster implements AutoCloseable {
    private final Path home;
    private final Path jvmOptions;
    private final List<Process> processes = new ArrayList<>();
    private final int masterPort;

    private StandaloneCluster(Path home, Path jvmOptions, int masterPort) {
        this.home = home;
        this.jvmOptions = jvmOptions;
        this.masterPort = masterPort;
    }

    /** Starts a master and `workers` workers of `cores` cores and `memory` each; waits until all have registered. */
    static StandaloneCluster start(Path work, Path jvmOptions, int workers, int cores, String memory) throws Exception {
        Path home = Files.createDirectories(work.resolve("spark-home"));
        linkSparkJars(Files.createDirectories(home.resolve("jars")));
        Files.createDirectories(home.resolve("logs"));
        StandaloneCluster c = new StandaloneCluster(home, jvmOptions, freePort());
        try {
            c.launch("master", "org.apache.spark.deploy.master.Master",
                    "--host", "127.0.0.1", "--port", String.valueOf(c.masterPort), "--webui-port", String.valueOf(freePort()));
            waitForPort(c.masterPort, Duration.ofSeconds(60));
            for (int i = 0; i < workers; i++) {
                Path dir = Files.createDirectories(work.resolve("worker-" + i));
                c.launch("worker-" + i, "org.apache.spark.deploy.worker.Worker", c.masterUrl(),
                        "--host", "127.0.0.1", "--cores", String.valueOf(cores), "--memory", memory,
                        "--webui-port", String.valueOf(freePort()), "--work-dir", dir.toString());
            }
            c.awaitWorkers(workers, Duration.ofSeconds(90));
            return c;
        } catch (Exception e) {
            c.close();
            throw e;
        }
    }

    String masterUrl() {
        return "spark://127.0.0.1:" + masterPort;
    }

    Path sparkHome() {
        return home;
    }

    /** The Spark jars only: Slant and CoreNLP must come from the application jar, as on a real cluster. */
    static String sparkClasspath(Path home) {
        return home.resolve("jars") + File.separator + "*";
    }

    private static void linkSparkJars(Path jars) throws IOException {
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            Path p = Path.of(entry);
            String name = p.getFileName().toString();
            if (!name.endsWith(".jar") || name.startsWith("slant-") || name.startsWith("stanford-corenlp")
                    || name.startsWith("junit-") || name.startsWith("opentest4j") || name.startsWith("apiguardian")
                    || name.startsWith("surefire") || name.startsWith("failsafe")) {
                continue;
            }
            Path link = jars.resolve(name);
            if (!Files.exists(link)) {
                Files.createSymbolicLink(link, p.toAbsolutePath());
            }
        }
    }

    private void launch(String name, String mainClass, String... args) throws IOException {
        List<String> cmd = new ArrayList<>(List.of(javaBin(), "-Xmx512m", "@" + jvmOptions,
                "-cp", sparkClasspath(home), mainClass));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(home.resolve("logs").resolve(name + ".log").toFile());
        pb.environment().put("SPARK_HOME", home.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        pb.environment().put("SPARK_LOCAL_IP", "127.0.0.1");
        processes.add(pb.start());
    }

    private void awaitWorkers(int expected, Duration timeout) throws Exception {
        Path masterLog = home.resolve("logs").resolve("master.log");
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            long registered = Files.exists(masterLog)
                    ? Files.readAllLines(masterLog).stream().filter(l -> l.contains("Registering worker")).count() : 0;
            if (registered >= expected) {
                return;
            }
            for (Process p : processes) {
                if (!p.isAlive()) {
                    throw new IllegalStateException("a cluster JVM died at start; logs in " + home.resolve("logs"));
                }
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("workers did not register within " + timeout + "; logs in " + home.resolve("logs"));
    }

    static String javaBin() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static void waitForPort(int port, Duration timeout) throws Exception {
        Instant end = Instant.now().plus(timeout);
        while (Instant.now().isBefore(end)) {
            try (Socket ignored = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                Thread.sleep(300);
            }
        }
        throw new IllegalStateException("master did not open port " + port + " within " + timeout);
    }

    @Override
    public void close() {
        for (Process p : processes) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
        for (Process p : processes) {
            try {
                p.waitFor();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
