package dev.slant.jobs.sentiment;

import java.util.ArrayList;
import java.util.List;

/** A Row's array<double> column must hold a Scala sequence, not a Java list or array. */
public final class SparkArrays {
    private SparkArrays() {
    }

    public static scala.collection.Seq<Double> of(double[] values) {
        List<Double> boxed = new ArrayList<>(values.length);
        for (double v : values) {
            boxed.add(v);
        }
        return scala.jdk.javaapi.CollectionConverters.asScala(boxed).toSeq();
    }
}
