package dev.slant.kernel;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.dflib.jjava.jupyter.kernel.ReplacementOptions;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;
import org.dflib.jjava.jupyter.kernel.display.mime.MIMEType;

import java.io.IOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The kernel's evaluation, errors and completion, in process (the wire protocol is KernelOverJupyterTest's job). */
class SlantKernelTest {

    private static SlantKernel kernel;

    @BeforeAll
    static void start() {
        kernel = new SlantKernel(System.getProperty("surefire.test.class.path", System.getProperty("java.class.path")));
    }

    @AfterAll
    static void stop() {
        kernel.onShutdown(false);
    }

    @Test
    void stateLivesAcrossCellsAndTheLastExpressionIsTheValue() {
        assertNull(kernel.evalRaw("List<String> outlets = new ArrayList<>(List.of(\"TASS\"));"));
        assertEquals(2, kernel.evalRaw("outlets.add(\"RT\");\noutlets.size()"));
        assertEquals(List.of("TASS", "RT"), kernel.evalRaw("outlets"));
    }

    @Test
    void commentOnlyAndEmptyCellsHaveNoValue() {
        assertNull(kernel.evalRaw(""));
        assertNull(kernel.evalRaw("// a note to the reader\n/* and another */"));
        assertEquals(7, kernel.evalRaw("int seven = 7; // counted by hand\nseven // the answer"));
    }

    @Test
    void compileErrorsPointAtTheCellLineAndColumn() {
        CompilationError e = assertThrows(CompilationError.class,
                () -> kernel.evalRaw("int fine = 1;\nString broken = undefinedName.trim();"));
        assertTrue(e.getMessage().startsWith("line 2, column 17: cannot find symbol"), e.getMessage());
        List<String> shown = kernel.formatError(e);
        assertTrue(shown.contains("    String broken = undefinedName.trim();"), shown.toString());
        assertTrue(shown.contains("    " + " ".repeat(16) + "^"), shown.toString());
    }

    @Test
    void runtimeExceptionsKeepTheirClassMessageAndCellFrame() {
        ArithmeticException e = assertThrows(ArithmeticException.class, () -> kernel.evalRaw("int zero = 0;\n10 / zero"));
        assertEquals("/ by zero", e.getMessage());
        List<String> shown = kernel.formatError(e);
        assertTrue(shown.get(0).contains("java.lang.ArithmeticException: / by zero"), shown.toString());
        assertTrue(shown.get(shown.size() - 1).contains("REPL."), "trace ends at the cell's frame: " + shown);
    }

    @Test
    void checkedExceptionsAndErrorsDoNotEscapeAsErrors() {
        Exception checked = assertThrows(Exception.class,
                () -> kernel.evalRaw("throw new java.io.IOException(\"disk gone\");"));
        assertInstanceOf(IOException.class, checked);
        SlantKernel.UserCodeFailure error = assertThrows(SlantKernel.UserCodeFailure.class,
                () -> kernel.evalRaw("throw new AssertionError(\"invariant broken\");"));
        assertTrue(error.getMessage().contains("java.lang.AssertionError: invariant broken"), error.getMessage());
    }

    @Test
    void interruptStopsABusyCellAndTheKernelKeepsWorking() throws Exception {
        java.util.concurrent.CompletableFuture<Object> cell = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> kernel.evalRaw("long spins = 0;\nwhile (true) { spins++; }"));
        Thread.sleep(1500);
        kernel.interrupt();
        java.util.concurrent.ExecutionException stopped = assertThrows(java.util.concurrent.ExecutionException.class,
                () -> cell.get(20, java.util.concurrent.TimeUnit.SECONDS));
        assertInstanceOf(SlantKernel.CellInterrupted.class, stopped.getCause());
        assertEquals(3, kernel.evalRaw("1 + 2"));
    }

    @Test
    void completesFromTheSnippetUnderTheCursor() {
        kernel.evalRaw("String speakerName = \"Peskov\";");
        String cell = "int n = 1;\nspeakerName.toLower";
        ReplacementOptions options = kernel.complete(cell, cell.length());
        assertTrue(options.getReplacements().stream().anyMatch(r -> r.startsWith("toLowerCase(")),
                options.getReplacements().toString());
        assertEquals(cell.indexOf("toLower"), options.getSourceStart());
    }

    @Test
    void tellsIncompleteFromCompleteCode() {
        assertEquals(SlantKernel.IS_COMPLETE_YES, kernel.isComplete("int a = 1;\nint b = 2;"));
        assertEquals("    ", kernel.isComplete("for (int i = 0; i < 3; i++) {"));
    }

    @Test
    void datasetsRenderAsHtmlTablesOfTheirFirstRows() {
        kernel.evalRaw("SparkSession spark = SparkSession.builder().master(\"local[1]\").appName(\"kernel-test\")\n"
                + "    .config(\"spark.ui.enabled\", \"false\").config(\"spark.driver.host\", \"127.0.0.1\")\n"
                + "    .config(\"spark.driver.bindAddress\", \"127.0.0.1\").getOrCreate();");
        try {
            Object value = kernel.evalRaw("spark.range(25).selectExpr(\"id AS n\", \"concat('row-', id) AS label\", "
                    + "\"id / 3.0D AS share\")");
            DisplayData shown = kernel.eval("spark.range(25).selectExpr(\"id AS n\", \"concat('row-', id) AS label\", "
                    + "\"id / 3.0D AS share\")");
            assertTrue(value instanceof org.apache.spark.sql.Dataset<?>, String.valueOf(value));
            String html = (String) shown.getData(MIMEType.TEXT_HTML);
            assertTrue(html.contains("<th>n</th><th>label</th><th>share</th>"), html);
            assertTrue(html.contains("<td style=\"text-align:left\">row-19</td>"), html);
            assertTrue(html.contains("<td style=\"text-align:right\">0.3333</td>"), html);
            assertTrue(!html.contains("row-20") && html.contains("first 20 rows shown"), html);
            DatasetTable two = (DatasetTable) kernel.evalRaw("table(spark.range(3).toDF(), 2)");
            assertEquals(2, two.rowCount());
            assertTrue(two.truncated());
        } finally {
            kernel.evalRaw("spark.stop();");
        }
    }

    @Test
    void chartsAreSvgWithOneMarkPerLabel() {
        Object chart = kernel.evalRaw("Charts.dotWhisker(\"t\", List.of(\"a\", \"b\", \"c\"), List.of(1, 2, 3), "
                + "List.of(0, 1, 2), List.of(2, 3, 4))");
        Svg svg = assertInstanceOf(Svg.class, chart);
        assertEquals(3, svg.markup().split("<circle", -1).length - 1);
        assertTrue(svg.markup().startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(svg.markup().contains("class=\"whisker\" stroke="), "styled without the report page's CSS");
        // The report's chart and escaping code: a hostile label is text, quotes and backticks included.
        Svg bars = assertInstanceOf(Svg.class, kernel.evalRaw("Charts.bar(\"<b>'quoted'</b>\", "
                + "List.of(\"`a`\", \"b\"), List.of(3, -2))"));
        assertEquals(2, bars.markup().split("<rect ", -1).length - 1);
        assertFalse(bars.markup().contains("<b>"), bars.markup());
        assertTrue(bars.markup().contains("&lt;b&gt;&#39;quoted&#39;&lt;/b&gt;") && bars.markup().contains("&#96;a&#96;"));
    }
}
