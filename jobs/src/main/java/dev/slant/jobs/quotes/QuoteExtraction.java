package dev.slant.jobs.quotes;

import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.quotes.ArticleNlp;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the NLP stage's passes share: the registry of this JVM, the ids of quote rows, loading the models before any
 * article's budget runs, and the quotes of a Dataset of articles on their own ({@link #extract}). The pass itself is
 * {@link ArticlePass}.
 */
public final class QuoteExtraction {
    private static final Map<String, ActorRegistry> REGISTRIES = new ConcurrentHashMap<>();

    private QuoteExtraction() {
    }

    /** The `quotes` table of these articles (articles that fail are left out: see {@link ArticlePass}). */
    public static Dataset<Row> extract(Dataset<Row> articles, String registryPath) {
        return ArticlePass.quotesOf(ArticlePass.process(articles, registryPath, ArticleBudget.DEFAULT_MILLIS));
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
                    ArticleNlp.analyse("\"We are ready,\" he said.", null, registry);
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
}
