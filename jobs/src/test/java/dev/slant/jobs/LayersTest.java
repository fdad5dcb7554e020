package dev.slant.jobs;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The code reads as layers: the command line (`cli`) is the top of the house and nothing else uses it; the report
 * sits on the stages' tables, so no stage, nor the warehouse, stats or Spark plumbing below them, uses `report`.
 * A plain scan of the main sources: an import or a qualified name counts, a comment does not.
 */
class LayersTest {
    /** The packages below the report: the stages and what they stand on. */
    static final Set<String> BELOW_REPORT = Set.of("ingest", "quotes", "pipeline", "compare", "mentions", "sentiment",
            "warehouse", "stats", "spark");
    private static final Pattern USE = Pattern.compile("\\bdev\\.slant\\.jobs\\.(\\w+)\\.");

    @Test
    void onlyTheCommandLineUsesTheCommandLineAndNoStageUsesTheReport() throws IOException {
        Path root = SparkTestBase.projectDir();
        Map<String, String> sources = JavaSource.mainSources(root);
        Set<String> packages = new TreeSet<>();
        sources.keySet().forEach(f -> packages.add(packageOf(f)));
        // The scan must see the packages it judges, or it passes on nothing.
        assertTrue(packages.containsAll(BELOW_REPORT) && packages.contains("cli") && packages.contains("report"),
                packages.toString());
        assertEquals(List.of(), violations(sources));
    }

    @Test
    void theScanFindsImportsAndQualifiedNamesButNotComments() {
        Map<String, String> sources = new TreeMap<>(Map.of(
                "jobs/src/main/java/dev/slant/jobs/compare/A.java", """
                        package dev.slant.jobs.compare;
                        import dev.slant.jobs.report.IsoWeek; // was dev.slant.jobs.cli.Slant
                        /** Unlike {@link dev.slant.jobs.cli.Slant}, ... */
                        class A {
                            Object o = dev.slant.jobs.cli.Slant.VERBS;
                        }""",
                "jobs/src/main/java/dev/slant/jobs/weekly/B.java", """
                        package dev.slant.jobs.weekly;
                        import dev.slant.jobs.report.WeeklyReport;
                        """,
                "jobs/src/main/java/dev/slant/jobs/cli/C.java", "import dev.slant.jobs.cli.D;",
                "notebooks/kernel/src/main/java/dev/slant/kernel/K.java", "import static dev.slant.jobs.cli.Slant.run;"));
        assertEquals(List.of("jobs/src/main/java/dev/slant/jobs/compare/A.java (compare) uses report",
                        "jobs/src/main/java/dev/slant/jobs/compare/A.java (compare) uses cli",
                        "notebooks/kernel/src/main/java/dev/slant/kernel/K.java (dev.slant.kernel) uses cli"),
                violations(sources));
    }

    /** `compare/X.java (compare) uses report`, one per source and package it may not use. */
    static List<String> violations(Map<String, String> sources) {
        List<String> out = new ArrayList<>();
        sources.forEach((file, text) -> {
            String own = packageOf(file);
            Set<String> used = new LinkedHashSet<>();
            Matcher m = USE.matcher(JavaSource.of(text).code());
            while (m.find()) {
                used.add(m.group(1));
            }
            for (String p : used) {
                boolean cli = p.equals("cli") && !own.equals("cli");
                boolean report = p.equals("report") && BELOW_REPORT.contains(own);
                if (cli || report) {
                    out.add(file + " (" + own + ") uses " + p);
                }
            }
        });
        return out;
    }

    /** `jobs/.../dev/slant/jobs/compare/sub/X.java` → `compare`; another module's by its whole package name. */
    static String packageOf(String file) {
        String path = file.substring(file.indexOf("src/main/java/") + "src/main/java/".length());
        return path.startsWith("dev/slant/jobs/") ? path.split("/")[3]
                : path.substring(0, path.lastIndexOf('/')).replace('/', '.');
    }
}
