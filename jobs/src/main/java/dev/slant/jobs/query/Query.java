package dev.slant.jobs.query;

import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

import java.io.PrintStream;
import java.util.List;

/** Runs one SQL statement over the warehouse's tables. */
public final class Query {
    private Query() {
    }

    /** The result of {@code sql} with every table registered as a view; throws on bad SQL or a missing table. */
    public static Dataset<Row> sql(SparkSession spark, Warehouse warehouse, String sql) {
        warehouse.registerViews();
        return spark.sql(sql);
    }

    /** Prints the result (at most {@code limit} rows when ≥ 0); exit code 0, or 2 with a message for bad SQL. */
    public static int run(SparkSession spark, Warehouse warehouse, String sqlText, ResultPrinter.Format format,
                          int limit, PrintStream out, PrintStream err) {
        Dataset<Row> result;
        long total = -1;
        try {
            result = sql(spark, warehouse, sqlText);
            if (limit >= 0) {
                result = result.limit(limit + 1);
            }
        } catch (Exception e) {
            if (!(e instanceof AnalysisException)) {
                throw e;
            }
            List<String> tables = warehouse.tables();
            err.println("slant query: " + e.getMessage().lines().findFirst().orElse("bad SQL"));
            String where = "file".equals(warehouse.root().toUri().getScheme())
                    ? warehouse.root().toUri().getPath() : warehouse.root().toString();
            err.println("tables in " + where + ": "
                    + (tables.isEmpty() ? "(none yet: run ./slant ingest first)" : String.join(", ", tables)));
            return 2;
        }
        Dataset<Row> shown = limit >= 0 ? result.limit(limit) : result;
        long printed = ResultPrinter.print(shown, format, out);
        if (limit >= 0 && printed == limit && result.count() > limit) {
            total = printed;
            err.println("(first " + total + " rows; --limit N for more)");
        } else if (format == ResultPrinter.Format.TABLE) {
            out.println("(" + printed + (printed == 1 ? " row)" : " rows)"));
        }
        return 0;
    }
}
