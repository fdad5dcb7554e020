package dev.slant.jobs.ingest;

import java.io.Serializable;
import java.util.Locale;

/** One file to read and how: found on the driver, read inside a task. */
public record InputFile(String path, Kind kind) implements Serializable {
    public enum Kind { JSON_LINES, CSV, TSV, TEXT, UNSUPPORTED, MISSING }

    /** The reading a file name calls for; `.gz` is looked through. Sidecars (`.meta.json`) are not inputs. */
    public static Kind kindOf(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".gz")) {
            n = n.substring(0, n.length() - 3);
        }
        if (n.endsWith(".jsonl") || n.endsWith(".ndjson") || n.endsWith(".json")) {
            return Kind.JSON_LINES;
        }
        if (n.endsWith(".csv")) {
            return Kind.CSV;
        }
        if (n.endsWith(".tsv")) {
            return Kind.TSV;
        }
        if (n.endsWith(".txt")) {
            return Kind.TEXT;
        }
        return Kind.UNSUPPORTED;
    }

    /**
     * Files that sit next to data without being data (a folder's README, SOURCE.md, the script that made it): a
     * folder walk passes over them (and says how many); named on the command line they are still rejected.
     */
    public static boolean isCompanion(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".md") || n.endsWith(".py") || n.endsWith(".sh") || n.startsWith("readme")
                || n.startsWith("license");
    }

    public static boolean isSidecar(String name) {
        return name.toLowerCase(Locale.ROOT).endsWith(".meta.json");
    }
}
