package dev.slant.kernel;

import org.apache.spark.sql.Dataset;
import org.dflib.jjava.jupyter.kernel.BaseKernel;
import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/**
 * What notebook cells call to show things; statically imported into every Slant kernel session. A cell's last
 * expression is shown the same way, so {@code df} alone as the last line shows a table.
 */
public final class Notebook {

    private Notebook() {
    }

    /** Shows a value as a cell output now (a Dataset as a table of its first 20 rows, a chart as SVG). */
    public static void display(Object value) {
        publish(render(value));
    }

    /** Shows the first {@code rows} rows of a Dataset as an HTML table. */
    public static void display(Dataset<?> dataset, int rows) {
        publish(DatasetTable.of(dataset, rows).toDisplayData());
    }

    /** A table of the first {@code rows} rows, to return as a cell's value or display later. */
    public static DatasetTable table(Dataset<?> dataset, int rows) {
        return DatasetTable.of(dataset, rows);
    }

    /** Raw HTML as a cell output value. */
    public static Html html(String html) {
        return Html.of(html);
    }

    /**
     * The Slant checkout the kernel was installed from (the kernelspec passes {@code -Dslant.home}); else the nearest
     * directory above the working directory that holds jvm.options. Notebooks find the warehouse and data from here.
     */
    public static java.nio.file.Path slantHome() {
        String home = System.getProperty("slant.home");
        if (home != null) {
            return java.nio.file.Path.of(home);
        }
        java.nio.file.Path dir = java.nio.file.Path.of("").toAbsolutePath();
        for (java.nio.file.Path d = dir; d != null; d = d.getParent()) {
            if (java.nio.file.Files.exists(d.resolve("jvm.options"))) {
                return d;
            }
        }
        return dir;
    }

    /** The display bundle for any value: rich for Datasets and {@link Displayable}s, else the kernel's renderers. */
    static DisplayData render(Object value) {
        if (value instanceof DisplayData data) {
            return data;
        }
        if (value instanceof Dataset<?> dataset) {
            return DatasetTable.of(dataset, DatasetTable.DEFAULT_ROWS).toDisplayData();
        }
        if (value instanceof Displayable displayable) {
            return displayable.toDisplayData();
        }
        BaseKernel kernel = runningKernel();
        return kernel != null ? kernel.getRenderer().render(value) : new DisplayData(String.valueOf(value));
    }

    private static void publish(DisplayData data) {
        BaseKernel kernel = runningKernel();
        if (kernel != null) {
            kernel.display(data);
        } else {
            // Outside a notebook (e.g. the same code in a test or jshell): still show something useful.
            System.out.println(data.getData(org.dflib.jjava.jupyter.kernel.display.mime.MIMEType.TEXT_PLAIN));
        }
    }

    private static BaseKernel runningKernel() {
        try {
            return BaseKernel.notebookKernel();
        } catch (NullPointerException notInANotebook) {
            return null;
        }
    }
}
