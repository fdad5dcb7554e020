package dev.slant.jobs.spark;

import org.apache.spark.sql.SparkSession;

/**
 * Builds the session for the launcher. Under spark-submit the master is already set by the submitter, so an explicit
 * --master only applies when none is configured (precedence: spark-submit conf, then --master, then local[*]).
 */
public final class SparkSessions {
    public static final String DEFAULT_MASTER = "local[*]";

    private SparkSessions() {
    }

    public static SparkSession forCli(String appName, String masterOption) {
        SparkSession.Builder b = SparkSession.builder().appName(appName);
        String submitted = System.getProperty("spark.master");
        if (submitted == null) {
            b.master(masterOption == null ? DEFAULT_MASTER : masterOption);
        }
        if (masterOption == null || masterOption.startsWith("local")) {
            b.config("spark.ui.enabled", "false");
            // The machine's hostname may resolve to an address nothing listens on; embedded Spark stays on loopback.
            b.config("spark.driver.bindAddress", "127.0.0.1");
            b.config("spark.driver.host", "127.0.0.1");
        }
        b.config("spark.sql.shuffle.partitions", System.getProperty("slant.shuffle.partitions", "8"));
        b.config("spark.sql.session.timeZone", "UTC");
        b.config("spark.sql.parquet.compression.codec", "zstd");
        return b.getOrCreate();
    }
}
