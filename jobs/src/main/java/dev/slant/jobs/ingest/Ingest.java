package dev.slant.jobs.ingest;

import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Table;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.storage.StorageLevel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;

/**
 * The ingest stage: inputs → `articles` and `rejects` in the warehouse. Both tables are the union of what they held
 * and what this run adds, written with one atomic swap each, so a run can be repeated or extended safely.
 */
public final class Ingest {
    /** The tables the stage writes. */
    public static final List<Table> WRITES = List.of(Tables.ARTICLES, Tables.REJECTS);
    private Ingest() {
    }

    public static IngestReport run(SparkSession spark, Warehouse warehouse, List<String> inputs,
                                   IngestOptions options) {
        long t0 = System.nanoTime();
        List<InputFile> files = InputFiles.expand(inputs, spark.sparkContext().hadoopConfiguration());
        progress("ingest: reading %,d file(s)", files.size());
        Dataset<Row> raw = readRecords(spark, files, options.maxBytes()).persist(StorageLevel.MEMORY_AND_DISK());
        long read = raw.count();
        Dataset<Row> rejected = rejects(raw);
        Map<String, Long> byReason = new TreeMap<>();
        for (Row r : rejected.groupBy("reason").count().collectAsList()) {
            byReason.put(r.getString(0), r.getLong(1));
        }
        long rejectedCount = byReason.values().stream().mapToLong(Long::longValue).sum();
        progress("ingest: read %,d records (%,d rejected) in %.1f s", read, rejectedCount, seconds(t0));

        Dataset<Row> accepted = raw.filter(col("reason").isNull());
        Dataset<Row> existing = warehouse.exists(Tables.ARTICLES) ? warehouse.read(Tables.ARTICLES) : null;
        OutletDirectory outlets = OutletDirectory.build(options.findOutletsDir(), observedOutlets(accepted, existing, options.defaultSource()));
        if (options.findOutletsDir() == null) {
            progress("ingest: WARNING no outlet rating files found (--outlets DIR); bias_* and fact_mbfc stay null");
        }
        Broadcast<OutletDirectory> outletsBc = JavaSparkContext.fromSparkContext(spark.sparkContext())
                .broadcast(outlets);
        ArticleNormalizer.Defaults defaults = new ArticleNormalizer.Defaults(options.defaultSource(),
                options.defaultPublished(), LocalDate.now());
        Dataset<Row> normalized = ArticleNormalizer.normalize(accepted, defaults, outletsBc)
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> added = ExactDuplicates.newArticles(normalized, existing).persist(StorageLevel.MEMORY_AND_DISK());
        long written = added.count();
        long uniqueInInput = existing == null ? written : ExactDuplicates.newArticles(normalized, null).count();
        long duplicates = read - rejectedCount - written;
        Map<String, Long> dateIssues = new TreeMap<>();
        for (Row r : added.filter(col("date_issue").isNotNull()).groupBy("date_issue").count().collectAsList()) {
            dateIssues.put(r.getString(0), r.getLong(1));
        }
        long datesMissing = dateIssues.values().stream().mapToLong(Long::longValue).sum();
        progress("ingest: %,d new articles, %,d duplicates; finding near-duplicates (MinHash LSH) ... (%.1f s)",
                written, duplicates, seconds(t0));

        Dataset<Row> all = added.select(cols(ArticleNormalizer.ARTICLE_COLUMNS));
        if (existing != null) {
            all = existing.select(cols(ArticleNormalizer.ARTICLE_COLUMNS)).unionByName(all);
        }
        warehouse.replace(Tables.ARTICLES, NearDuplicates.mark(spark, all));
        warehouse.replace(Tables.REJECTS, mergeRejects(rejected,
                warehouse.exists(Tables.REJECTS) ? warehouse.read(Tables.REJECTS) : null));

        Dataset<Row> stored = warehouse.read(Tables.ARTICLES);
        long inTable = stored.count();
        long near = stored.filter(col("duplicate_of").isNotNull()).count();
        raw.unpersist();
        normalized.unpersist();
        added.unpersist();
        outletsBc.destroy();
        progress("ingest: done in %.1f s", seconds(t0));
        return new IngestReport(read, written, duplicates, uniqueInInput - written, rejectedCount, datesMissing,
                dateIssues.getOrDefault("unparseable", 0L), dateIssues.getOrDefault("impossible_year", 0L), near,
                inTable, byReason);
    }

    /** Every record of every file (schema {@link RawRecords#SCHEMA}); files are read in parallel, one per task. */
    public static Dataset<Row> readRecords(SparkSession spark, List<InputFile> files, long maxBytes) {
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        int parallelism = Math.max(1, jsc.defaultParallelism());
        if (files.isEmpty()) {
            return spark.createDataFrame(new ArrayList<Row>(), RawRecords.SCHEMA);
        }
        JavaRDD<Row> rows = jsc.parallelize(files, Math.min(files.size(), parallelism * 4))
                .flatMap((FlatMapFunction<InputFile, Row>) f -> InputReaders.read(f, maxBytes));
        // One big .gz file is one task; spread its records so the later stages use every core.
        return spark.createDataFrame(rows, RawRecords.SCHEMA).repartition(parallelism * 2);
    }

    /** The reject rows of a raw read, in the `rejects` table's columns (stage ingest, the record's line). */
    public static Dataset<Row> rejects(Dataset<Row> raw) {
        return raw.filter(col("reason").isNotNull()).select(lit(Rejects.INGEST).as("stage"), col("input"),
                col("position").cast("long").as("line"), lit(null).cast("string").as("article_id"), col("reason"),
                col("raw"));
    }

    /**
     * Stored rejects (of every stage) plus new ones, one row per key (stage, input, line, article_id): re-reading a
     * bad file adds nothing.
     */
    public static Dataset<Row> mergeRejects(Dataset<Row> fresh, Dataset<Row> stored) {
        Dataset<Row> all = fresh.select(Tables.REJECTS.cols()).withColumn("_age", lit(1));
        if (stored != null) {
            all = stored.select(Tables.REJECTS.cols()).withColumn("_age", lit(0)).unionByName(all);
        }
        return all.withColumn("_rank", row_number().over(Window.partitionBy(Tables.REJECTS.key().stream()
                                .map(org.apache.spark.sql.functions::col).toArray(org.apache.spark.sql.Column[]::new))
                        .orderBy(col("_age"), col("reason"))))
                .filter(col("_rank").equalTo(1)).select(Tables.REJECTS.cols());
    }

    /** (name, address, count) of the outlets in the input and the warehouse, for {@link OutletDirectory}. */
    static List<OutletDirectory.Observed> observedOutlets(Dataset<Row> accepted, Dataset<Row> existing,
                                                          String defaultSource) {
        List<OutletDirectory.Observed> out = new ArrayList<>();
        Dataset<Row> pairs = accepted.groupBy(coalesce(col("source"), lit(defaultSource)).as("source"),
                        coalesce(col("source_url"), col("url")).as("address"))
                .count();
        if (existing != null) {
            pairs = pairs.unionByName(existing.groupBy(col("source"), col("source_key").as("address")).count());
        }
        for (Row r : pairs.collectAsList()) {
            out.add(new OutletDirectory.Observed(r.getString(0), r.getString(1), r.getLong(2)));
        }
        return out;
    }

    private static org.apache.spark.sql.Column[] cols(String... names) {
        org.apache.spark.sql.Column[] c = new org.apache.spark.sql.Column[names.length];
        for (int i = 0; i < names.length; i++) {
            c[i] = col(names[i]);
        }
        return c;
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    static void progress(String format, Object... args) {
        System.err.println(String.format(Locale.ROOT, format, args));
    }
}
