package dev.slant.jobs.report;

import dev.slant.jobs.compare.Compare;
import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

import java.io.IOException;
import java.time.Instant;

/**
 * Which compare run the report shows, and with which options it selected its rows. The one place that reads it:
 * until the warehouse records its runs (a `runs` table), it is the time compare's `framing_cells` was written and
 * compare's default options; when runs are recorded, {@link #of} reads the last compare run instead.
 *
 * @param description one line for the page and the notebooks ("compare tables written 2026-12-01T22:14:03Z")
 * @param options     the options compare ran with (its selection and --min-count, --resamples, --trailing-weeks)
 */
public record CompareRun(String description, CompareOptions options) {

    public static CompareRun of(Warehouse wh) {
        if (!wh.exists(Compare.CELLS)) {
            return new CompareRun("no compare run in this warehouse", CompareOptions.defaults());
        }
        return new CompareRun("compare tables written " + writtenAt(wh, Compare.CELLS)
                + " (options not recorded; compare's defaults assumed)", CompareOptions.defaults());
    }

    private static String writtenAt(Warehouse wh, String table) {
        try {
            Path success = new Path(wh.location(table), "_SUCCESS");
            FileSystem fs = success.getFileSystem(wh.read(table).sparkSession().sparkContext().hadoopConfiguration());
            return Instant.ofEpochMilli(fs.getFileStatus(success).getModificationTime()).toString();
        } catch (IOException e) {
            return "at an unknown time (" + e.getMessage() + ")";
        }
    }
}
