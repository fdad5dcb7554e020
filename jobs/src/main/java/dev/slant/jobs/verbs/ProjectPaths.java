package dev.slant.jobs.verbs;

import java.nio.file.Path;
import java.nio.file.Paths;

/**
 * Where verbs look for things they are not told: the Slant checkout ({@code slant.home}, set by the launcher) and the
 * shared data next to it ({@code slant.shared.data} overrides {@code ../shared/data}).
 */
public final class ProjectPaths {
    private ProjectPaths() {
    }

    /** The Slant checkout; the working directory when not launched by {@code ./slant}. */
    public static Path projectDir() {
        String home = System.getProperty("slant.home", System.getProperty("slant.project.dir"));
        return home != null ? Paths.get(home) : Paths.get("").toAbsolutePath();
    }

    /** The shared data folder (PolNeAR, NewsMTSC, the corpora, outlet ratings). */
    public static Path sharedData() {
        String shared = System.getProperty("slant.shared.data");
        return (shared != null ? Paths.get(shared) : projectDir().resolve("../shared/data")).normalize();
    }
}
