package dev.slant.jobs.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * Array columns between Spark and plain Java: Spark hands them to Java UDFs as Scala sequences, and a Row's array
 * column must hold a Scala sequence, not a Java list or array.
 */
public final class SparkArrays {
    private SparkArrays() {
    }

    /** A double[] as the value of an array&lt;double&gt; column. */
    public static scala.collection.Seq<Double> of(double[] values) {
        List<Double> boxed = new ArrayList<>(values.length);
        for (double v : values) {
            boxed.add(v);
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(boxed).toSeq();
    }

    /** A numeric array column's value, as a UDF receives it, as doubles. */
    public static double[] doubles(scala.collection.Seq<Object> values) {
        double[] out = new double[values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.apply(i)).doubleValue();
        }
        return out;
    }

    /** A whole-number array column's value, as a UDF receives it, as longs. */
    public static long[] longs(scala.collection.Seq<Object> values) {
        long[] out = new long[values.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) values.apply(i)).longValue();
        }
        return out;
    }
}
