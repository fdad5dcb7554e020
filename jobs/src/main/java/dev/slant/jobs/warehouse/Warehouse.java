package dev.slant.jobs.warehouse;

import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The folder of Parquet tables (`articles`, `rejects`, `quotes`, ...). Every table is replaced whole and atomically:
 * it is written under `.staging/`, then swapped in with two renames. A run killed before the swap leaves the old table
 * untouched; one killed between the two renames is repaired on the next open (the old copy is put back).
 */
public final class Warehouse {
    private static final String STAGING = ".staging";
    private static final String RETIRED = ".retired";

    private final SparkSession spark;
    private final Path root;
    private final FileSystem fs;

    public Warehouse(SparkSession spark, String location) {
        this.spark = spark;
        // Timestamps as instants (Parquet TIMESTAMP_MICROS, UTC-adjusted), not Spark's default INT96, which other
        // readers (DuckDB, pyarrow, R arrow) take for wall-clock times without a zone.
        spark.conf().set("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS");
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        try {
            Path p = new Path(location);
            this.fs = p.getFileSystem(conf);
            this.root = fs.makeQualified(p);
            fs.mkdirs(root);
            repairInterruptedSwaps();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open warehouse " + location + ": " + e.getMessage(), e);
        }
    }

    public SparkSession spark() {
        return spark;
    }

    public Path root() {
        return root;
    }

    public String location(String table) {
        return new Path(root, table).toString();
    }

    public boolean exists(String table) {
        try {
            return fs.exists(new Path(new Path(root, table), "_SUCCESS"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public boolean exists(Table table) {
        return exists(table.name());
    }

    /**
     * A table by folder name; a table of the contract ({@link Tables}) is read in today's columns even when an older
     * Slant wrote it (see {@link Table#legacy}).
     */
    public Dataset<Row> read(String table) {
        if (!exists(table)) {
            throw new IllegalStateException("no table '" + table + "' in warehouse " + root
                    + ": run the stage that writes it first (see ./slant --help)");
        }
        Dataset<Row> stored = spark.read().parquet(location(table));
        return Tables.byName(table).map(t -> t.legacy().apply(stored)).orElse(stored);
    }

    public Dataset<Row> read(Table table) {
        return read(table.name());
    }

    /** The table, or an empty one with the contract's columns when no stage has written it yet. */
    public Dataset<Row> readOrEmpty(Table table) {
        return exists(table) ? read(table) : table.empty(spark);
    }

    /** Tables present, by folder name, for `query` to register as views. */
    public List<String> tables() {
        List<String> names = new ArrayList<>();
        try {
            for (FileStatus s : fs.listStatus(root)) {
                String name = s.getPath().getName();
                if (s.isDirectory() && !name.startsWith(".") && !name.startsWith("_") && exists(name)) {
                    names.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        names.sort(String::compareTo);
        return names;
    }

    /** Registers every table as a temp view named after it. */
    public void registerViews() {
        for (String t : tables()) {
            read(t).createOrReplaceTempView(t);
        }
    }

    /** As {@link #replace(String, Dataset, String...)}, after checking `data` against the table's contract. */
    public void replace(Table table, Dataset<Row> data, String... partitionBy) {
        replace(table.name(), table.conform(data), partitionBy);
    }

    /**
     * Writes `data` as the new content of `table`, replacing the old one atomically. The data is fully materialised
     * under staging first, so `data` may itself read the old table.
     */
    public void replace(String table, Dataset<Row> data, String... partitionBy) {
        Path staged = new Path(new Path(root, STAGING), table + "-" + UUID.randomUUID());
        var writer = data.write().mode(SaveMode.ErrorIfExists);
        if (partitionBy.length > 0) {
            writer = writer.partitionBy(partitionBy);
        }
        writer.parquet(staged.toString());
        swapIn(table, staged);
    }

    private void swapIn(String table, Path staged) {
        Path target = new Path(root, table);
        Path retired = new Path(new Path(root, RETIRED), table + "-" + UUID.randomUUID());
        try {
            fs.mkdirs(retired.getParent());
            boolean had = fs.exists(target);
            if (had && !fs.rename(target, retired)) {
                throw new IOException("could not move " + target + " aside");
            }
            if (!fs.rename(staged, target)) {
                throw new IOException("could not move " + staged + " into place");
            }
            if (had) {
                fs.delete(retired, true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("writing table " + table + " failed: " + e.getMessage(), e);
        }
    }

    private void repairInterruptedSwaps() throws IOException {
        Path retiredDir = new Path(root, RETIRED);
        if (fs.exists(retiredDir)) {
            for (FileStatus s : fs.listStatus(retiredDir)) {
                String name = s.getPath().getName();
                String table = name.substring(0, Math.max(0, name.length() - 37));
                Path target = new Path(root, table);
                if (!table.isEmpty() && !fs.exists(target)) {
                    fs.rename(s.getPath(), target);
                } else {
                    fs.delete(s.getPath(), true);
                }
            }
        }
        fs.delete(new Path(root, STAGING), true);
    }
}
