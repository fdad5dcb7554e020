package dev.slant.kernel;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Starts the real kernel process the way Jupyter does (a kernelspec, a connection file, ZeroMQ) by executing a
 * notebook with {@code jupyter nbconvert --execute}, then reads what Jupyter recorded for each cell. No Spark here:
 * its start-up would double the run time, and Dataset rendering is the same code path, tested in SlantKernelTest.
 */
class KernelOverJupyterTest {

    private static final Path JUPYTER = Path.of("/usr/bin/jupyter");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String[] CELLS = {
            // 0: stdout and stderr are captured
            "int base = 41;\nSystem.out.println(\"captured \" + (base + 1));\nSystem.err.println(\"to stderr\");",
            // 1: compile error, reported with the cell's line and column
            "int fine = 1;\nString broken = undefinedName.trim();",
            // 2: runtime exception after some output: the output is kept, the error follows it
            "System.out.println(\"before the crash\");\nint zero = 0;\nint boom = base / zero;",
            // 3: state survives failed cells; the last expression is the cell's value
            "base + 1",
            // 4: an HTML value is published as text/html (Datasets take this path; SlantKernelTest covers them)
            "html(\"<table><tr><th>outlet</th></tr><tr><td>TASS</td></tr></table>\")",
            // 5: display() publishes during the cell; charts are SVG
            "display(Charts.bar(\"quotes\", List.of(\"TASS\", \"RT\"), List.of(3, 5)));",
    };

    private static List<JsonNode> executed;

    @BeforeAll
    static void executeNotebook(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(JUPYTER), "Jupyter is not installed (notebooks/ci-setup.sh installs it)");
        Path projectDir = Path.of(System.getProperty("slant.project.dir"));
        String classpath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));

        Path spec = Files.createDirectories(dir.resolve("kernels/slant-java-test"));
        ObjectNode kernelJson = JSON.createObjectNode();
        kernelJson.putArray("argv")
                .add(Path.of(System.getProperty("java.home"), "bin", "java").toString())
                .add("-Xmx1g")
                .add("@" + projectDir.resolve("jvm.options"))
                .add("-cp").add(classpath)
                .add(KernelMain.class.getName())
                .add("{connection_file}");
        kernelJson.put("display_name", "Slant (Java) test").put("language", "java").put("interrupt_mode", "message");
        JSON.writeValue(spec.resolve("kernel.json").toFile(), kernelJson);

        ObjectNode notebook = JSON.createObjectNode();
        notebook.put("nbformat", 4).put("nbformat_minor", 5);
        notebook.putObject("metadata").putObject("kernelspec")
                .put("name", "slant-java-test").put("display_name", "Slant (Java) test").put("language", "java");
        ArrayNode cells = notebook.putArray("cells");
        for (int i = 0; i < CELLS.length; i++) {
            ObjectNode cell = cells.addObject();
            cell.put("cell_type", "code").put("id", "cell-" + i).put("source", CELLS[i]);
            cell.putObject("metadata");
            cell.putArray("outputs");
            cell.putNull("execution_count");
        }
        Path in = dir.resolve("probe.ipynb");
        JSON.writeValue(in.toFile(), notebook);

        ProcessBuilder run = new ProcessBuilder(JUPYTER.toString(), "nbconvert", "--to", "notebook", "--execute",
                "--allow-errors", "--ExecutePreprocessor.kernel_name=slant-java-test",
                "--ExecutePreprocessor.timeout=120", "--output", "executed.ipynb", in.toString())
                .redirectErrorStream(true)
                .redirectOutput(dir.resolve("nbconvert.log").toFile());
        run.environment().put("JUPYTER_PATH", dir.toString());
        run.environment().put("JUPYTER_RUNTIME_DIR", dir.resolve("runtime").toString());
        Process process = run.start();
        boolean finished = process.waitFor(3, TimeUnit.MINUTES);
        if (!finished) {
            process.destroyForcibly();
        }
        String log = Files.readString(dir.resolve("nbconvert.log"));
        assertTrue(finished && process.exitValue() == 0, "nbconvert failed:\n" + log);
        executed = new ArrayList<>();
        JSON.readTree(dir.resolve("executed.ipynb").toFile()).get("cells").forEach(executed::add);
    }

    private static List<JsonNode> outputs(int cell) {
        List<JsonNode> out = new ArrayList<>();
        executed.get(cell).get("outputs").forEach(out::add);
        return out;
    }

    private static String text(JsonNode node) {
        if (node == null) {
            return "";
        }
        if (node.isArray()) {
            StringBuilder s = new StringBuilder();
            node.forEach(n -> s.append(n.asText()));
            return s.toString();
        }
        return node.asText();
    }

    @Test
    void capturesStdoutAndStderrAsStreams() {
        List<JsonNode> out = outputs(0);
        assertTrue(out.stream().anyMatch(o -> "stdout".equals(o.path("name").asText())
                && text(o.get("text")).equals("captured 42\n")), out.toString());
        assertTrue(out.stream().anyMatch(o -> "stderr".equals(o.path("name").asText())
                && text(o.get("text")).contains("to stderr")), out.toString());
    }

    @Test
    void reportsCompileErrorsWithCellPosition() {
        JsonNode error = outputs(1).get(0);
        assertEquals("error", error.get("output_type").asText());
        assertEquals("CompilationError", error.get("ename").asText());
        assertTrue(error.get("evalue").asText().startsWith("line 2, column 17: cannot find symbol"),
                error.get("evalue").asText());
        assertTrue(text(error.get("traceback")).contains("String broken = undefinedName.trim();"));
    }

    @Test
    void reportsRuntimeExceptionsAfterTheOutputBeforeThem() {
        List<JsonNode> out = outputs(2);
        assertEquals("before the crash\n", text(out.get(0).get("text")));
        JsonNode error = out.get(out.size() - 1);
        assertEquals("ArithmeticException", error.get("ename").asText());
        assertEquals("/ by zero", error.get("evalue").asText());
        assertTrue(text(error.get("traceback")).contains("at REPL."), text(error.get("traceback")));
    }

    @Test
    void keepsStateAcrossFailedCells() {
        JsonNode result = outputs(3).get(0);
        assertEquals("execute_result", result.get("output_type").asText());
        assertEquals("42", text(result.at("/data/text~1plain")));
    }

    @Test
    void publishesHtmlValuesWithAPlainTextTwin() {
        JsonNode result = outputs(4).get(0);
        assertEquals("execute_result", result.get("output_type").asText());
        assertEquals("<table><tr><th>outlet</th></tr><tr><td>TASS</td></tr></table>",
                text(result.at("/data/text~1html")));
        assertEquals("outlet TASS", text(result.at("/data/text~1plain")));
    }

    @Test
    void displaysChartsAsSvg() {
        JsonNode shown = outputs(5).get(0);
        assertEquals("display_data", shown.get("output_type").asText());
        String svg = text(shown.at("/data/image~1svg+xml"));
        assertTrue(svg.startsWith("<svg") && svg.contains(">TASS</text>") && svg.contains("<rect"), svg);
    }
}
