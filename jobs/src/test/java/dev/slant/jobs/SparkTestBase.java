package dev.slant.jobs;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

/**
 * One local[2] SparkSession for the test JVM, shared by the test classes: a session per test made deequ's suite three
 * times slower, and a session per class cost the fast tier a start-up for each of its Spark classes. A class that
 * stops the session (verbs such as `ingest` and `query` stop theirs) gets a fresh one for the next class.
 */
public abstract class SparkTestBase {
    protected static SparkSession spark;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("slant-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.session.timeZone", "UTC")
                .config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1")
                .getOrCreate();
    }

    /** The session stays up for the next class (Spark stops it when the JVM exits); cached tables are dropped. */
    @AfterAll
    static void releaseSpark() {
        if (spark != null && !spark.sparkContext().isStopped()) {
            spark.catalog().clearCache();
        }
        spark = null;
    }

    protected static List<Row> sql(String query) {
        return spark.sql(query).collectAsList();
    }

    protected static List<Row> rows(Dataset<Row> ds) {
        return ds.collectAsList();
    }

    /** ../shared/data, as the test JVM was told by Surefire (or found from the working directory). */
    public static Path sharedData() {
        String p = System.getProperty("slant.shared.data");
        if (p != null && Files.isDirectory(Paths.get(p))) {
            return Paths.get(p).normalize();
        }
        for (Path d = Paths.get("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path c = d.resolve("../shared/data").normalize();
            if (Files.isDirectory(c)) {
                return c;
            }
        }
        throw new IllegalStateException("cannot find ../shared/data next to the project");
    }

    /** The project root (where pom.xml, data/ and slant live). */
    public static Path projectDir() {
        String p = System.getProperty("slant.project.dir");
        return p != null ? Paths.get(p) : Paths.get("").toAbsolutePath().getParent();
    }
}
