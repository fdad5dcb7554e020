package dev.slant.jobs.ingest;

import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.ml.feature.HashingTF;
import org.apache.spark.ml.feature.MinHashLSH;
import org.apache.spark.ml.feature.MinHashLSHModel;
import org.apache.spark.ml.linalg.SQLDataTypes;
import org.apache.spark.ml.linalg.Vectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;

import java.sql.Date;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;

/**
 * Syndicated copies: articles whose word 5-shingle sets have Jaccard similarity ≥ 0.9 (the same wire story in many
 * outlets, or a lightly edited version). MinHash LSH proposes candidate pairs, Spark checks their exact Jaccard
 * distance; linked articles form a group whose earliest member (by published, then article_id) is the original and
 * every other member gets `duplicate_of` = that original. Rows are kept: later stages decide how to count them.
 */
public final class NearDuplicates {
    public static final double MIN_JACCARD = 0.9;
    public static final int SHINGLE_WORDS = 5;
    /** Texts with fewer distinct shingles (about 15 words) are too short to call copies with confidence. */
    public static final int MIN_SHINGLES = 10;
    /** 2^28 hash buckets: collisions between two articles' shingles stay negligible. */
    public static final int NUM_FEATURES = 1 << 28;
    /** A pair at Jaccard 0.9 shares a min-hash in each table with p = 0.9; missing it in all 4 has p = 1e-4. */
    public static final int HASH_TABLES = 4;

    private static final StructType FEATURES = new StructType()
            .add("article_id", DataTypes.StringType, false)
            .add("features", SQLDataTypes.VectorType(), false);

    private NearDuplicates() {
    }

    /** A duplicate and the original it copies. */
    public record Link(String articleId, String duplicateOf) {
    }

    /** {@code articles} with `duplicate_of` recomputed over all of them (any previous value is replaced). */
    public static Dataset<Row> mark(SparkSession spark, Dataset<Row> articles) {
        List<Link> links = find(articles);
        StructType linkSchema = new StructType().add("_id", DataTypes.StringType, false)
                .add("_dup_of", DataTypes.StringType, false);
        List<Row> rows = new ArrayList<>();
        for (Link l : links) {
            rows.add(RowFactory.create(l.articleId(), l.duplicateOf()));
        }
        Dataset<Row> linkTable = spark.createDataFrame(rows, linkSchema);
        List<String> cols = new ArrayList<>(Arrays.asList(articles.columns()));
        Dataset<Row> joined = articles.drop("duplicate_of")
                .join(org.apache.spark.sql.functions.broadcast(linkTable),
                        col("article_id").equalTo(col("_id")), "left")
                .withColumn("duplicate_of", col("_dup_of"));
        return joined.selectExpr(cols.stream().map(c -> "`" + c + "`").toArray(String[]::new));
    }

    /** The duplicate → original links among {@code articles} (columns article_id, published, text). */
    public static List<Link> find(Dataset<Row> articles) {
        long t0 = System.nanoTime();
        Dataset<Row> features = articles.select("article_id", "text")
                .mapPartitions((MapPartitionsFunction<Row, Row>) NearDuplicates::shingleVectors, Encoders.row(FEATURES))
                .persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> hashed = null;
        try {
            long n = features.count();
            if (n < 2) {
                return List.of();
            }
            Ingest.progress("near-duplicates: %,d texts with >= %d shingles (%.1f s)", n, MIN_SHINGLES, seconds(t0));
            MinHashLSHModel model = new MinHashLSH().setNumHashTables(HASH_TABLES).setSeed(20211207L)
                    .setInputCol("features").setOutputCol("hashes").fit(features);
            hashed = model.transform(features).persist(StorageLevel.MEMORY_AND_DISK());
            List<Row> pairs = model.approxSimilarityJoin(hashed, hashed, 1.0 - MIN_JACCARD + 1e-9, "distance")
                    .select(col("datasetA.article_id").as("a"), col("datasetB.article_id").as("b"))
                    .filter(col("a").lt(col("b")))
                    .collectAsList();
            Ingest.progress("near-duplicates: %,d pairs with Jaccard >= %.2f (%.1f s)", pairs.size(), MIN_JACCARD,
                    seconds(t0));
            if (pairs.isEmpty()) {
                return List.of();
            }
            Set<String> ids = new HashSet<>();
            for (Row p : pairs) {
                ids.add(p.getString(0));
                ids.add(p.getString(1));
            }
            Map<String, Date> published = new HashMap<>();
            for (Row r : articles.select("article_id", "published")
                    .filter(col("article_id").isin(ids.toArray())).collectAsList()) {
                published.put(r.getString(0), r.getDate(1));
            }
            return group(pairs, published);
        } finally {
            features.unpersist();
            if (hashed != null) {
                hashed.unpersist();
            }
        }
    }

    private static double seconds(long t0) {
        return (System.nanoTime() - t0) / 1e9;
    }

    /** Connected components of the pairs (union-find); each member but the earliest links to the earliest. */
    static List<Link> group(List<Row> pairs, Map<String, Date> published) {
        Map<String, String> parent = new HashMap<>();
        for (Row p : pairs) {
            union(parent, p.getString(0), p.getString(1));
        }
        Map<String, List<String>> groups = new HashMap<>();
        for (String id : parent.keySet()) {
            groups.computeIfAbsent(root(parent, id), k -> new ArrayList<>()).add(id);
        }
        Comparator<String> earliest = Comparator
                .comparing((String id) -> published.get(id), Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(Comparator.naturalOrder());
        List<Link> links = new ArrayList<>();
        for (List<String> members : groups.values()) {
            members.sort(earliest);
            for (String m : members.subList(1, members.size())) {
                links.add(new Link(m, members.get(0)));
            }
        }
        links.sort(Comparator.comparing(Link::articleId));
        return links;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = root(parent, a);
        String rb = root(parent, b);
        if (!ra.equals(rb)) {
            parent.put(ra, rb);
        }
    }

    private static String root(Map<String, String> parent, String id) {
        parent.putIfAbsent(id, id);
        String r = id;
        while (!parent.get(r).equals(r)) {
            r = parent.get(r);
        }
        parent.put(id, r);
        return r;
    }

    /** Each text as the set of its hashed word 5-shingles (HashingTF's hashing); short texts are left out. */
    static java.util.Iterator<Row> shingleVectors(java.util.Iterator<Row> rows) {
        HashingTF tf = new HashingTF().setNumFeatures(NUM_FEATURES);
        List<Row> out = new ArrayList<>();
        while (rows.hasNext()) {
            Row r = rows.next();
            int[] idx = shingleIndices(r.getString(1), tf);
            if (idx.length >= MIN_SHINGLES) {
                double[] ones = new double[idx.length];
                Arrays.fill(ones, 1.0);
                out.add(RowFactory.create(r.getString(0), Vectors.sparse(NUM_FEATURES, idx, ones)));
            }
        }
        return out.iterator();
    }

    static int[] shingleIndices(String text, HashingTF tf) {
        String[] words = text == null ? new String[0]
                : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
        List<String> w = new ArrayList<>(words.length);
        for (String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        if (w.size() < SHINGLE_WORDS) {
            return new int[0];
        }
        int[] idx = new int[w.size() - SHINGLE_WORDS + 1];
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < idx.length; i++) {
            b.setLength(0);
            for (int j = 0; j < SHINGLE_WORDS; j++) {
                if (j > 0) {
                    b.append(' ');
                }
                b.append(w.get(i + j));
            }
            idx[i] = tf.indexOf(b.toString());
        }
        return Arrays.stream(idx).sorted().distinct().toArray();
    }
}
