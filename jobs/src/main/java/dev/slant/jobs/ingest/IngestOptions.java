package dev.slant.jobs.ingest;

import dev.slant.jobs.verbs.ProjectPaths;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * How to ingest: defaults for inputs without a source or date, the size cap per article, and where the outlet rating
 * files are (null: look in the usual places, see {@link #findOutletsDir()}).
 */
public record IngestOptions(String defaultSource, String defaultPublished, long maxBytes, Path outletsDir) {
    public static final long DEFAULT_MAX_BYTES = 1L << 20;

    public static IngestOptions defaults() {
        return new IngestOptions(null, null, DEFAULT_MAX_BYTES, null);
    }

    /**
     * The folder with `mbfc-acl2020.tsv` / `allsides-2019.csv`: the option, else system property
     * `slant.outlets`, else `data/outlets` in the Slant home, else `../shared/data/outlets` above the working directory
     * or the Slant home; null when none exists (ratings stay null; the run says so).
     */
    public Path findOutletsDir() {
        if (outletsDir != null) {
            return outletsDir;
        }
        String prop = System.getProperty("slant.outlets");
        if (prop != null) {
            return Paths.get(prop);
        }
        String home = System.getProperty("slant.home", System.getProperty("slant.project.dir"));
        if (home != null && Files.isDirectory(Paths.get(home, "data", "outlets"))) {
            return Paths.get(home, "data", "outlets");
        }
        Path shared = ProjectPaths.sharedData().resolve("outlets");
        if (Files.isDirectory(shared)) {
            return shared;
        }
        for (String start : new String[] {home, System.getProperty("user.dir")}) {
            if (start == null) {
                continue;
            }
            for (Path d = Paths.get(start).toAbsolutePath(); d != null; d = d.getParent()) {
                Path c = d.resolve("shared/data/outlets");
                if (Files.isDirectory(c)) {
                    return c;
                }
            }
        }
        return null;
    }
}
