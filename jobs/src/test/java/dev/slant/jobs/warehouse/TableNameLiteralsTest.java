package dev.slant.jobs.warehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.JavaSource;
import dev.slant.jobs.SparkTestBase;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Tables are named through the contract ({@link Tables}) and nowhere else: no main source of any module and no
 * notebook cell names one by a string. Three table names are also ordinary words of the data (`quotes` and `articles`
 * are columns, `quotes` and `mentions` values of `framing_words.corpus`, `quotes` a stage), so those count as table
 * names only where a table is meant: the argument of a warehouse or Spark call that takes a table, a path ending in
 * one, or SQL after FROM/JOIN. The others count wherever they stand alone in a string.
 */
class TableNameLiteralsTest {
    private static final Path CONTRACT = Path.of("jobs/src/main/java/dev/slant/jobs/warehouse/Tables.java");
    /** The values of `framing_words.corpus`: the table each distinctive word was counted in, as data. */
    private static final List<String> CORPORA = List.of(Tables.QUOTES.name(), Tables.MENTIONS.name());
    /** Calls whose first argument is a table: Warehouse's, Tables.byName, Spark's table/parquet, Path.resolve. */
    private static final Pattern TABLE_ARGUMENT = Pattern.compile(
            "\\b(read|readOrEmpty|exists|location|replace|byName|table|parquet|load|resolve)\\s*\\(\\s*$");

    @Test
    void noMainSourceOrNotebookCellNamesATableByString() throws IOException {
        Path root = SparkTestBase.projectDir();
        List<String> found = new ArrayList<>();
        Map<String, String> sources = JavaSource.mainSources(root);
        sources.forEach((file, text) -> {
            if (!Path.of(file).equals(CONTRACT)) {
                found.addAll(tableNameLiterals(file, text));
            }
        });
        List<Path> notebooks;
        try (Stream<Path> files = Files.list(root.resolve("notebooks"))) {
            notebooks = files.filter(p -> p.toString().endsWith(".ipynb")).sorted().toList();
        }
        for (Path nb : notebooks) {
            found.addAll(notebookCells(nb).stream()
                    .flatMap(c -> tableNameLiterals(nb.getFileName() + " " + c.name(), c.source()).stream())
                    .toList());
        }
        // The scan must have read every module's main sources and the notebooks' cells, or it proves nothing.
        assertEquals(Set.of("jobs", "models", "notebooks"), sources.keySet().stream()
                .map(f -> Path.of(f).getName(0).toString()).collect(Collectors.toCollection(TreeSet::new)));
        assertTrue(sources.containsKey(CONTRACT.toString()), "the contract itself is among the sources scanned");
        assertTrue(notebooks.size() >= 3 && notebookCells(notebooks.get(1)).size() > 5, notebooks.toString());
        assertEquals(List.of(), found);
    }

    @Test
    void theCheckFindsTableNamesWhereATableIsMeantAndOnlyThere() {
        String code = """
                class X {
                    // wh.read("quotes") in a comment is no use of a table
                    Dataset<Row> a = wh.read("quotes");
                    Dataset<Row> b = wh.readOrEmpty( "articles").filter(col("quotes").gt(0));
                    boolean c = warehouse.exists("framing_cells");
                    String d = root + "/mentions";
                    Row e = spark.sql("SELECT count(*) FROM quotes JOIN articles USING (article_id)").first();
                    String f = "runs", g = "a \\"quoted\\" runs word", h = 'q';
                    Column i = col("articles"), j = lit("mentions"), k = lit("quotes").as("corpus");
                    String l = \"""
                        SELECT * FROM framing_tests
                        \""";
                    Dataset<Row> m = spark.read().parquet(dir.resolve("nlp_articles").toString());
                }
                """;
        assertEquals(List.of("X.java: \"quotes\" (read)", "X.java: \"articles\" (readOrEmpty)",
                        "X.java: \"framing_cells\"", "X.java: \"/mentions\" (a path)",
                        "X.java: \"SELECT count(*) FROM quotes JOIN articles USING (article_id)\" (SQL)",
                        "X.java: \"runs\"", "X.java: \"SELECT * FROM framing_tests\" (SQL)",
                        "X.java: \"nlp_articles\""),
                tableNameLiterals("X.java", code).stream().map(s -> s.replaceAll("\\s+", " ")).toList());
    }

    @Test
    void theCheckReadsNotebookCellsAsCode() throws IOException {
        Path nb = Files.createTempFile("cells", ".ipynb");
        Files.writeString(nb, """
                {"cells": [
                  {"cell_type": "markdown", "source": ["wh.read(\\"quotes\\") is how not to do it"]},
                  {"cell_type": "code", "source": ["Dataset<Row> q = wh.read(\\"quotes\\");\\n", "q.count()"],
                   "outputs": [{"text": ["wh.read(\\"articles\\")"]}]}
                ]}""");
        List<Cell> cells = notebookCells(nb);
        assertEquals(1, cells.size());
        assertEquals(List.of("nb cell 2: \"quotes\" (read)"), tableNameLiterals("nb " + cells.get(0).name(),
                cells.get(0).source()));
        Files.delete(nb);
    }

    /** One code cell of a notebook: its place ("cell 3") and its Java source. */
    record Cell(String name, String source) {
    }

    static List<Cell> notebookCells(Path notebook) throws IOException {
        JsonNode cells = new ObjectMapper().readTree(notebook.toFile()).path("cells");
        List<Cell> out = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            JsonNode cell = cells.get(i);
            if ("code".equals(cell.path("cell_type").asText())) {
                StringBuilder source = new StringBuilder();
                cell.path("source").forEach(line -> source.append(line.asText()));
                out.add(new Cell("cell " + (i + 1), source.toString()));
            }
        }
        return out;
    }

    /** Where {@code code} names a table by a string literal, one line each: `where: "literal" (why)`. */
    static List<String> tableNameLiterals(String where, String code) {
        Set<String> names = Tables.ALL.stream().map(Table::name).collect(Collectors.toSet());
        Set<String> words = new TreeSet<>(CORPORA);
        Tables.ALL.forEach(t -> words.addAll(Arrays.asList(t.columns())));
        words.addAll(List.of(Runs.INGEST, Runs.QUOTES, Runs.COMPARE));
        String alternatives = String.join("|", names);
        Pattern sql = Pattern.compile("(?is)\\b(from|join|into|table)\\s+`?(" + alternatives + ")\\b(?![.(])");
        Pattern path = Pattern.compile(".*[/\\\\](" + alternatives + ")[/\\\\]?");
        List<String> out = new ArrayList<>();
        for (JavaSource.Literal l : JavaSource.of(code).literals()) {
            String v = l.value();
            var call = TABLE_ARGUMENT.matcher(l.before());
            String why = null;
            if (names.contains(v) && !words.contains(v)) {
                why = "";
            } else if (names.contains(v) && call.find()) {
                why = " (" + call.group(1) + ")";
            } else if (path.matcher(v).matches()) {
                why = " (a path)";
            } else if (sql.matcher(v).find()) {
                why = " (SQL)";
            }
            if (why != null) {
                out.add(where + ": \"" + v.strip() + "\"" + why);
            }
        }
        return out;
    }
}
