package dev.slant.jobs.quotes;

import dev.slant.jobs.warehouse.Rejects;
import dev.slant.jobs.warehouse.Tables;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ArticleQuotes;
import dev.slant.models.quotes.Quote;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

/**
 * Quote extraction over a Dataset of articles: finds and attributes the quotations of each article, giving rows of the
 * `quotes` table (DESIGN §2) or one reject row per failed article. Writes nothing: {@code pipeline.NlpStage} stores
 * the rows in the warehouse. Each partition runs the models' rule-based
 * attribution with the JVM's shared CoreNLP pipelines and registry; an article whose processing throws becomes a
 * reject row instead of failing the task.
 */
public final class QuoteExtraction {
    /** Column holding the failure reason in the combined output of {@link #process}; null for quote rows. */
    public static final String ERROR = "_error";
    private static final Map<String, ActorRegistry> REGISTRIES = new ConcurrentHashMap<>();

    public static final StructType QUOTES = Tables.QUOTES.schema();

    private static final StructType COMBINED = QUOTES.add(ERROR, DataTypes.StringType, true)
            .add("_raw", DataTypes.StringType, true);

    private QuoteExtraction() {
    }

    /** The `quotes` table of these articles (articles that fail are left out: see {@link #process}). */
    public static Dataset<Row> extract(Dataset<Row> articles, String registryPath) {
        return quotesOf(process(articles, registryPath));
    }

    /** Quote rows plus one row per failed article (ERROR set); split with {@link #quotesOf} / {@link #rejectsOf}. */
    public static Dataset<Row> process(Dataset<Row> articles, String registryPath) {
        return process(articles, registryPath, ArticleBudget.DEFAULT_MILLIS);
    }

    /** As {@link #process(Dataset, String)}, an article over {@code budgetMillis} becoming a `timeout` reject. */
    public static Dataset<Row> process(Dataset<Row> articles, String registryPath, long budgetMillis) {
        Dataset<Row> in = articles.select(col("article_id"), col("source"), col("week"),
                col("published").cast("date").as("published"), col("text"));
        return in.mapPartitions(
                (MapPartitionsFunction<Row, Row>) rows -> new PartitionRun(rows, registryPath, budgetMillis),
                org.apache.spark.sql.Encoders.row(COMBINED));
    }

    public static Dataset<Row> quotesOf(Dataset<Row> combined) {
        return combined.filter(col(ERROR).isNull()).drop(ERROR, "_raw");
    }

    /** Rejects in the `rejects` table's columns: stage quotes, input `articles`, the article's id. */
    public static Dataset<Row> rejectsOf(Dataset<Row> combined) {
        return combined.filter(col(ERROR).isNotNull()).select(lit(Rejects.QUOTES).as("stage"),
                lit(Tables.ARTICLES.name()).as("input"), lit(null).cast("long").as("line"), col("article_id"),
                col(ERROR).as("reason"), col("_raw").as("raw"));
    }

    /** The registry of this JVM for a path (null: the default registry), loaded once. */
    public static ActorRegistry registry(String path) {
        if (path == null || path.isBlank()) {
            return ActorRegistry.defaults();
        }
        return REGISTRIES.computeIfAbsent(path, p -> ActorRegistry.load(Paths.get(p)));
    }

    public static String quoteId(String articleId, int start, int end) {
        try {
            byte[] h = MessageDigest.getInstance("SHA-1").digest((articleId + ":" + start + ":" + end)
                    .getBytes(StandardCharsets.UTF_8));
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                sb.append(String.format("%02x", h[i]));
            }
            return sb.toString();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An article the English models cannot read; its message is the reject reason's tail. */
    static final class UnsupportedScript extends RuntimeException {
        UnsupportedScript(String why) {
            super("unsupported_script: " + why);
        }
    }

    private static volatile boolean warm;

    /**
     * Loads this JVM's pipelines (tokenizer, tagger) with a tiny article outside any budget: loading the models takes
     * seconds, which must not count against the first article of a task.
     */
    public static void warmUp(ActorRegistry registry) {
        if (!warm) {
            synchronized (QuoteExtraction.class) {
                if (!warm) {
                    ArticleQuotes.find("\"We are ready,\" he said.", null, registry);
                    warm = true;
                }
            }
        }
    }

    static LocalDate dateOf(Object o) {
        if (o instanceof LocalDate d) {
            return d;
        }
        if (o instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return null;
    }

    /** Processes one partition lazily, article by article, printing progress to stderr. */
    private static final class PartitionRun implements Iterator<Row> {
        private final Iterator<Row> articles;
        private final String registryPath;
        private final long budgetMillis;
        private final List<Row> pending = new ArrayList<>();
        private int next;
        private long done;
        private boolean finished;
        private final long started = System.nanoTime();
        private long lastReport = started;

        PartitionRun(Iterator<Row> articles, String registryPath, long budgetMillis) {
            this.articles = articles;
            this.registryPath = registryPath;
            this.budgetMillis = budgetMillis;
            warmUp(registry(registryPath));
        }

        @Override
        public boolean hasNext() {
            while (next >= pending.size()) {
                if (!articles.hasNext()) {
                    if (done > 0 && !finished) {
                        finished = true;
                        report(true);
                    }
                    return false;
                }
                pending.clear();
                next = 0;
                one(articles.next());
            }
            return true;
        }

        @Override
        public Row next() {
            if (!hasNext()) {
                throw new java.util.NoSuchElementException();
            }
            return pending.get(next++);
        }

        private void one(Row r) {
            String id = r.getString(0);
            String source = r.getString(1);
            String week = r.getString(2);
            String text = r.getString(4);
            try {
                if (text == null) {
                    throw new IllegalArgumentException("article has no text");
                }
                String script = ScriptCheck.unsupported(text);
                if (script != null) {
                    throw new UnsupportedScript(script);
                }
                LocalDate date = dateOf(r.get(3));
                ActorRegistry registry = registry(registryPath);
                List<Quote> qs = ArticleBudget.call(() -> ArticleQuotes.find(text, date, registry), budgetMillis);
                for (Quote q : qs) {
                    pending.add(RowFactory.create(quoteId(id, q.charStart(), q.charEnd()), id, source, week, q.text(),
                            q.charStart(), q.charEnd(), q.kind(), q.cue(), q.speakerMention(), q.speaker(),
                            q.speakerTitle(), q.speakerType(), q.actorId(), q.actorName(), q.attributionMethod(), q.attributionConfidence(), null, null,
                            null, null, null, null));
                }
            } catch (RuntimeException | StackOverflowError e) {
                String raw = text == null ? null : text.substring(0, Math.min(500, text.length()));
                pending.add(RowFactory.create(quoteId(id, -1, -1), id, source, week, null, -1, -1, null, null,
                        null, null, null, null, null, null, null, null, null, null, null, null,
                        e instanceof ArticleBudget.Timeout || e instanceof UnsupportedScript ? "quotes: " + e.getMessage()
                                : "quotes: " + e.getClass().getSimpleName() + ": " + e.getMessage(), raw));
            }
            done++;
            report(false);
        }

        private void report(boolean last) {
            long now = System.nanoTime();
            if (last || now - lastReport > 30_000_000_000L) {
                lastReport = now;
                double secs = (now - started) / 1e9;
                System.err.printf("quotes: %s %d articles, %.1f articles/s%n", last ? "partition done," : "partition at",
                        done, done / Math.max(secs, 1e-9));
            }
        }
    }
}
