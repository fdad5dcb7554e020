package dev.slant.jobs.warehouse;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

import static org.apache.spark.sql.functions.col;

/**
 * One warehouse table's contract: its folder name, its columns and their types, the columns that identify a row, and
 * a line saying what a row is. {@link Tables} holds one per table; writers go through {@link #conform}, so a stage
 * cannot write columns the contract (and `docs/tables.md`) does not name.
 *
 * @param legacy how a table written by an older Slant is read in today's columns (identity for most tables)
 */
public record Table(String name, StructType schema, List<String> key, String description,
                    UnaryOperator<Dataset<Row>> legacy) {

    public Table(String name, StructType schema, List<String> key, String description) {
        this(name, schema, key, description, UnaryOperator.identity());
    }

    public String[] columns() {
        return schema.fieldNames();
    }

    /** The table's columns as {@link Column}s, in contract order (for `select`). */
    public Column[] cols() {
        return Arrays.stream(columns()).map(c -> col(c)).toArray(Column[]::new);
    }

    /** An empty Dataset with the table's columns. */
    public Dataset<Row> empty(SparkSession spark) {
        return spark.createDataFrame(new ArrayList<Row>(), schema);
    }

    /**
     * {@code data} in the contract's column order. Fails, naming the differences, when a column is missing, extra or
     * of another type: a stage that drifts from the contract fails in its tests rather than in a reader's hands.
     */
    public Dataset<Row> conform(Dataset<Row> data) {
        List<String> problems = differences(data.schema());
        if (!problems.isEmpty()) {
            throw new IllegalStateException("table '" + name + "' does not match its contract (Tables): "
                    + String.join("; ", problems));
        }
        return data.select(cols());
    }

    /** How {@code actual} differs from the contract (column names and types; nullability is not part of it). */
    public List<String> differences(StructType actual) {
        List<String> out = new ArrayList<>();
        for (StructField f : schema.fields()) {
            if (!Arrays.asList(actual.fieldNames()).contains(f.name())) {
                out.add("missing column " + f.name());
            } else if (!DataType.equalsStructurally(actual.apply(f.name()).dataType(), f.dataType(), true)) {
                out.add("column " + f.name() + " is " + actual.apply(f.name()).dataType().simpleString() + ", not "
                        + f.dataType().simpleString());
            }
        }
        for (String c : actual.fieldNames()) {
            if (!Arrays.asList(columns()).contains(c)) {
                out.add("unexpected column " + c);
            }
        }
        return out;
    }

    @Override
    public String toString() {
        return name;
    }
}
