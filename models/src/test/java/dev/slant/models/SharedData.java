package dev.slant.models;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

/** ../shared/data for models tests (same lookup as the Spark test base, without Spark). */
public final class SharedData {
    private SharedData() {
    }

    public static Path dir() {
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

    public static Path projectDir() {
        String p = System.getProperty("slant.project.dir");
        return p != null ? Paths.get(p) : Paths.get("").toAbsolutePath().getParent();
    }
}
