package dev.slant.jobs.warehouse;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.desc;

/**
 * The `runs` table: one row per stage run, so that every table can be traced to the options, registry, models and
 * code that made it, and a comparison to the ingest and quotes runs it read. A stage calls {@link #start} before it
 * works and {@link Started#finish} once its tables are swapped in; a run that dies leaves no row.
 */
public final class Runs {
    public static final String INGEST = "ingest";
    public static final String QUOTES = "quotes";
    public static final String COMPARE = "compare";

    /** The stages whose tables a stage reads: their latest runs are its `inputs`. */
    private static final Map<String, List<String>> READS = Map.of(INGEST, List.of(), QUOTES, List.of(INGEST),
            COMPARE, List.of(INGEST, QUOTES));
    private static final DateTimeFormatter ID_TIME = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private Runs() {
    }

    /** One row of `runs`. */
    public record Run(String runId, String stage, Instant started, Instant finished, Map<String, String> options,
                      String registryHash, Map<String, String> models, String codeVersion, List<String> tables,
                      List<String> inputs) {

        /** `compare run compare-20261201T225001Z-3fa2c1 (finished 2026-12-01T22:50:09Z, git 3e58e5e)`. */
        public String describe() {
            return stage + " run " + runId + " (finished " + finished.truncatedTo(ChronoUnit.SECONDS) + ", "
                    + codeVersion + ")";
        }

        Row toRow() {
            return RowFactory.create(runId, stage, Timestamp.from(started), Timestamp.from(finished), options,
                    registryHash, models, codeVersion, tables, inputs);
        }

        static Run of(Row r) {
            return new Run(r.getAs("run_id"), r.getAs("stage"), r.<Timestamp>getAs("started").toInstant(),
                    r.<Timestamp>getAs("finished").toInstant(), new TreeMap<>(r.getJavaMap(r.fieldIndex("options"))),
                    r.getAs("registry_hash"), new TreeMap<>(r.getJavaMap(r.fieldIndex("models"))),
                    r.getAs("code_version"), r.getList(r.fieldIndex("tables")), r.getList(r.fieldIndex("inputs")));
        }
    }

    /** A stage run under way: its id and start time, and the options it was given. */
    public static final class Started {
        private final String runId;
        private final String stage;
        private final Instant started;
        private final Map<String, String> options;

        private Started(String stage, Map<String, String> options) {
            this.stage = stage;
            this.started = Instant.now();
            this.options = new TreeMap<>(options);
            this.runId = stage + "-" + ID_TIME.format(started) + "-"
                    + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt()).substring(0, 6);
        }

        public String runId() {
            return runId;
        }

        /**
         * Records the finished run in `runs` and returns it. {@code registryOrigin} (the actor registry's file, or
         * `classpath:/...`) is given by the stages that use the registry; the models are recorded for the quotes
         * stage, the only one that runs them.
         */
        public Run finish(Warehouse wh, String registryOrigin, List<Table> written) {
            return finish(wh, registryOrigin, written, Map.of());
        }

        /** As {@link #finish(Warehouse, String, List)}, recording {@code models} too (compare: the sentiment model). */
        public Run finish(Warehouse wh, String registryOrigin, List<Table> written, Map<String, String> models) {
            List<String> inputs = new ArrayList<>();
            for (String upstream : READS.getOrDefault(stage, List.of())) {
                latest(wh, upstream).ifPresent(r -> inputs.add(r.runId()));
            }
            Map<String, String> used = new TreeMap<>(QUOTES.equals(stage) ? Provenance.models() : Map.of());
            used.putAll(models);
            Run run = new Run(runId, stage, started, Instant.now(), options, Provenance.registryHash(registryOrigin),
                    used, Provenance.codeVersion(),
                    written.stream().map(Table::name).toList(), inputs);
            Dataset<Row> row = wh.spark().createDataFrame(List.of(run.toRow()), Tables.RUNS.schema());
            wh.replace(Tables.RUNS, wh.readOrEmpty(Tables.RUNS).unionByName(row).coalesce(1));
            return run;
        }
    }

    /**
     * Call before a stage starts work, with the stage's typed options (a record, as every verb and `run`/`weekly`
     * build them): they are recorded by component name, so a run is described the same whichever verb started it.
     */
    public static Started start(String stage, Record options) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (java.lang.reflect.RecordComponent c : options.getClass().getRecordComponents()) {
            try {
                Object v = c.getAccessor().invoke(options);
                if (v != null) {
                    m.put(c.getName(), String.valueOf(v));
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot read option " + c.getName(), e);
            }
        }
        return start(stage, m);
    }

    /** As {@link #start(String, Record)}, with options already as name → value. */
    public static Started start(String stage, Map<String, String> options) {
        return new Started(stage, options == null ? Map.of() : options);
    }

    /** The last finished run of a stage in this warehouse, if any (e.g. the compare run a report shows). */
    public static Optional<Run> latest(Warehouse wh, String stage) {
        if (!wh.exists(Tables.RUNS)) {
            return Optional.empty();
        }
        List<Row> rows = wh.read(Tables.RUNS).filter(col("stage").equalTo(stage))
                .orderBy(desc("finished"), desc("run_id")).limit(1).collectAsList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Run.of(rows.get(0)));
    }

    /** As {@link #latest(Warehouse, String)}, for callers holding a session and a warehouse folder. */
    public static Optional<Run> latest(SparkSession spark, String warehouse, String stage) {
        return latest(new Warehouse(spark, warehouse), stage);
    }

    /** A run by id. */
    public static Optional<Run> byId(Warehouse wh, String runId) {
        if (!wh.exists(Tables.RUNS)) {
            return Optional.empty();
        }
        List<Row> rows = wh.read(Tables.RUNS).filter(col("run_id").equalTo(runId)).collectAsList();
        return rows.isEmpty() ? Optional.empty() : Optional.of(Run.of(rows.get(0)));
    }

    /**
     * The lines a stage prints about the run it made: which run this is, and which runs of the stages it read fed it
     * (`compare run ... / fed by ingest run ..., quotes run ...`).
     */
    public static String describe(Warehouse wh, Run run) {
        StringBuilder sb = new StringBuilder("Run: ").append(run.describe()).append('\n');
        if (!run.inputs().isEmpty()) {
            List<String> fed = new ArrayList<>();
            for (String id : run.inputs()) {
                fed.add(byId(wh, id).map(Run::describe).orElse(id));
            }
            sb.append("Fed by: ").append(String.join("; ", fed)).append('\n');
        }
        return sb.toString();
    }
}
