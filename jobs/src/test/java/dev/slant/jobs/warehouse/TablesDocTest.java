package dev.slant.jobs.warehouse;

import dev.slant.jobs.SparkTestBase;
import org.apache.spark.sql.types.StructField;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `docs/tables.md` and the contract ({@link Tables}) name the same tables, columns and types. */
class TablesDocTest {
    /** `## \`quotes\` (quotes stage)`: a heading that names one table first. */
    private static final Pattern HEADING = Pattern.compile("^#{2,3} `([a-z_]+)`.*");
    /** `| \`title\`, \`text\`, \`url\` | string | meaning |` */
    private static final Pattern ROW = Pattern.compile("^\\| ((?:`[a-z_]+`(?:, )?)+) \\| ([a-z<>,_]+) \\|.*");
    private static final Pattern NAME = Pattern.compile("`([a-z_]+)`");

    @Test
    void docNamesEveryTableAndColumnWithItsTypeAndNothingElse() throws Exception {
        Map<String, Map<String, String>> doc = documented(Files.readAllLines(
                SparkTestBase.projectDir().resolve("docs/tables.md")));
        List<String> problems = new ArrayList<>();
        for (Table t : Tables.ALL) {
            Map<String, String> columns = doc.get(t.name());
            if (columns == null) {
                problems.add("no section for table " + t.name());
                continue;
            }
            for (StructField f : t.schema().fields()) {
                String type = columns.get(f.name());
                if (type == null) {
                    problems.add(t.name() + "." + f.name() + " is not documented");
                } else if (!type.equals(docType(f))) {
                    problems.add(t.name() + "." + f.name() + " is documented as " + type + ", is " + docType(f));
                }
            }
            for (String c : columns.keySet()) {
                if (!List.of(t.columns()).contains(c)) {
                    problems.add(t.name() + "." + c + " is documented but not in the schema");
                }
            }
        }
        for (String name : doc.keySet()) {
            if (Tables.byName(name).isEmpty()) {
                problems.add("the doc has a section for " + name + ", which is no table of the contract");
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void theCheckReadsColumnsAndTypes() {
        // The parser must see what the page shows, or the check above passes vacuously.
        Map<String, Map<String, String>> doc = documented(List.of("## `quotes` (quotes stage)", "",
                "| column | type | meaning |", "|---|---|---|", "| `char_start`, `char_end` | int | offsets |",
                "| `sentiment_probs` | array<double> | the 5 |", "## Comparison tables (`framing_*`)",
                "| `source_week` | outlet × actor | x |"));
        assertEquals(Map.of("quotes", Map.of("char_start", "int", "char_end", "int", "sentiment_probs",
                "array<double>")), doc);
        assertTrue(docType(new StructField("n", org.apache.spark.sql.types.DataTypes.LongType, true,
                org.apache.spark.sql.types.Metadata.empty())).equals("long"));
    }

    /** table → column → type, from the sections whose heading names a table. */
    static Map<String, Map<String, String>> documented(List<String> lines) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        String table = null;
        for (String line : lines) {
            Matcher h = HEADING.matcher(line);
            if (line.startsWith("#")) {
                table = h.matches() ? h.group(1) : null;
                continue;
            }
            Matcher r = ROW.matcher(line);
            if (table != null && r.matches()) {
                Matcher n = NAME.matcher(r.group(1));
                while (n.find()) {
                    out.computeIfAbsent(table, k -> new LinkedHashMap<>()).put(n.group(1), r.group(2));
                }
            }
        }
        return out;
    }

    /** The type as the page writes it: Spark's names, but `long` for bigint. */
    static String docType(StructField f) {
        return f.dataType().simpleString().replace("bigint", "long");
    }
}
