package dev.slant.cluster;

import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The main job submitted with spark-submit to a real standalone cluster (a Master and two Workers, separate JVMs)
 * writes the same tables as the same job submitted in local mode.
 */
class StandaloneClusterIT {
    private static final List<String> TABLES = Stream.of(Tables.ARTICLES, Tables.QUOTES, Tables.MENTIONS)
            .map(Table::name).toList();
    private static final Path PROJECT = Path.of(System.getProperty("slant.project.dir", "..")).toAbsolutePath().normalize();
    private static final Path APP_JAR = PROJECT.resolve("cluster/target/slant-cluster-0.1.0-SNAPSHOT.jar");

    @TempDir
    static Path work;
    private static SparkSession spark;

    @BeforeAll
    static void session() {
        spark = SparkSession.builder().master("local[2]").appName("cluster-it-compare")
                .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
                .config("spark.driver.bindAddress", "127.0.0.1").config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void clusterRunWritesTheSameTablesAsLocalRun() throws Exception {
        Path input = sampleInput();
        Path clusterWarehouse = work.resolve("w-cluster");
        Path localWarehouse = work.resolve("w-local");
        try (StandaloneCluster cluster = StandaloneCluster.start(work, PROJECT.resolve("jvm.options"), 2, 1, "3g")) {
            submit(cluster.sparkHome(), cluster.masterUrl(), input, clusterWarehouse, "cluster");
            String log = Files.readString(work.resolve("submit-cluster.log"));
            assertTrue(log.contains("ExecutorAdded") || countExecutorDirs(work) >= 2 || log.contains("Granted executor"),
                    "the job ran on the cluster's executors");
            submit(cluster.sparkHome(), "local[2]", input, localWarehouse, "local");
        }
        for (String table : TABLES) {
            Dataset<Row> a = spark.read().parquet(clusterWarehouse.resolve(table).toString());
            Dataset<Row> b = spark.read().parquet(localWarehouse.resolve(table).toString());
            assertTrue(a.count() > 0, table + " is empty");
            assertEquals(b.count(), a.count(), table + " row counts differ");
            assertEquals(0, a.exceptAll(b).count(), table + ": rows in the cluster run that the local run lacks");
            assertEquals(0, b.exceptAll(a).count(), table + ": rows in the local run that the cluster run lacks");
        }
    }

    private static long countExecutorDirs(Path work) throws IOException {
        long n = 0;
        for (int i = 0; i < 2; i++) {
            Path w = work.resolve("worker-" + i);
            if (Files.isDirectory(w)) {
                try (Stream<Path> s = Files.walk(w, 2)) {
                    n += s.filter(p -> p.getFileName().toString().matches("\\d+")).count();
                }
            }
        }
        return n;
    }

    private static Path sampleInput() throws IOException {
        Path dir = Files.createDirectories(work.resolve("input"));
        Path seed = PROJECT.resolve("data/seed");
        Files.copy(seed.resolve("putin-biden-summit.txt"), dir.resolve("putin-biden-summit.txt"));
        Files.copy(seed.resolve("putin-biden-summit.meta.json"), dir.resolve("putin-biden-summit.meta.json"));
        try (Stream<String> lines = Files.lines(PROJECT.resolve("data/sample/articles.jsonl"))) {
            Files.write(dir.resolve("sample.jsonl"), lines.limit(12).toList());
        }
        return dir;
    }

    private static void submit(Path sparkHome, String master, Path input, Path warehouse, String name) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(StandaloneCluster.javaBin(), "-Xmx2g",
                "@" + PROJECT.resolve("jvm.options"), "-cp", StandaloneCluster.sparkClasspath(sparkHome),
                "org.apache.spark.deploy.SparkSubmit", "--master", master, "--deploy-mode", "client",
                "--class", "dev.slant.jobs.cli.Slant", "--executor-memory", "2g", "--total-executor-cores", "2",
                "--conf", "spark.driver.host=127.0.0.1", "--conf", "spark.driver.bindAddress=127.0.0.1",
                "--conf", "spark.ui.enabled=false", "--conf", "spark.sql.shuffle.partitions=4",
                APP_JAR.toString(), "run", input.toString(), "--warehouse", warehouse.toString(),
                "--skip-compare"));
        Path log = work.resolve("submit-" + name + ".log");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SPARK_HOME", sparkHome.toString());
        pb.environment().put("SPARK_SCALA_VERSION", "2.13");
        Process p = pb.start();
        try {
            if (!p.waitFor(15, TimeUnit.MINUTES)) {
                throw new AssertionError("spark-submit (" + name + ") did not finish in 15 minutes; log: " + log);
            }
            int code = p.exitValue();
            if (code != 0) {
                List<String> lines = Files.readAllLines(log);
                throw new AssertionError("spark-submit (" + name + ") exited " + code + "; last lines:\n"
                        + String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size())));
            }
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

}
