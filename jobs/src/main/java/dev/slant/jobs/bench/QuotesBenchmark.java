package dev.slant.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.mentions.Mentions;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.sentiment.QuoteSentiments;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.models.nlp.CoreNlpPipelines;
import dev.slant.models.sentiment.EncoderSentiment;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

/**
 * `./slant bench quotes`: the quotes stage against CoreNLP's full pipeline with its own quote attribution, on the same
 * first articles of a corpus, in one run. Model loading is excluded from both timings (each side is warmed on one
 * article first), so the figures are steady-state annotation rates.
 */
public final class QuotesBenchmark implements Verb {
    static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,depparse,coref,quote";
    private static final VerbOptions OPTIONS = VerbOptions.builder("quotes [--corpus FILE.jsonl.gz] [--articles N] "
                    + "[--baseline-articles M] [--master URL]")
            .description("""
                    Runs Slant's quotes stage over the first N articles of the corpus and, in the same run, CoreNLP's
                    pipeline %s with quote.attributeQuotes=true over the first M of them (it manages ~0.1
                    articles/s), then prints articles/s of both on the M shared articles and the ratio, and Slant's
                    rates over all N: the quotes stage alone, with RNTN quote sentiment, and the mentions stage with
                    target sentiment, and the fine-tuned encoder over every sentence of the N articles (sentences/s). Model
                    loading is excluded from every timing.""".formatted(BASELINE_ANNOTATORS))
            .add(OptionSpec.text("corpus", "FILE", null, "JSON lines corpus (default "
                            + "../shared/data/corpora/article-bias-prediction.jsonl.gz)"),
                    OptionSpec.integer("articles", 200, "articles for Slant's rates"),
                    OptionSpec.integer("baseline-articles", 10, "articles for the CoreNLP baseline"),
                    CommonOptions.MASTER)
            .build();

    @Override
    public String name() {
        return "bench";
    }

    @Override
    public String summary() {
        return "benchmark harness: quotes stage vs CoreNLP's full pipeline (bench quotes)";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    @Override
    public int run(ParsedOptions o) throws Exception {
        if (o.positional().isEmpty() || !o.positional().get(0).equals("quotes")) {
            throw new UsageException("say what to benchmark: bench quotes");
        }
        String home = System.getProperty("slant.home", ".");
        Path corpus = Path.of(o.has("corpus") ? o.text("corpus")
                : home + "/../shared/data/corpora/article-bias-prediction.jsonl.gz");
        int n = o.integer("articles");
        int m = Math.min(n, o.integer("baseline-articles"));
        List<String[]> articles = firstArticles(corpus, n);
        System.out.printf("bench quotes: %d articles from %s (%d for the baseline)%n", articles.size(), corpus, m);

        SparkSession spark = SparkSessions.forCli("slant-bench", o.text("master"));
        Dataset<Row> all = toFrame(spark, articles).cache();
        Dataset<Row> shared = toFrame(spark, articles.subList(0, m)).cache();
        all.count();
        shared.count();
        Dataset<Row> warmup = toFrame(spark, articles.subList(0, 1));
        QuoteSentiments.score(QuoteExtraction.extract(warmup, null)).count();
        Mentions.find(warmup, null).count();

        Timed attrShared = Timed.of(() -> QuoteExtraction.extract(shared, null).count());
        Timed fullShared = Timed.of(() -> QuoteSentiments.score(QuoteExtraction.extract(shared, null)).count()
                + Mentions.find(shared, null).count());
        Timed attrAll = Timed.of(() -> QuoteExtraction.extract(all, null).count());
        Timed sentAll = Timed.of(() -> QuoteSentiments.score(QuoteExtraction.extract(all, null)).count());
        Timed mentAll = Timed.of(() -> Mentions.find(all, null).count());
        Timed encoderAll = encoderOnEverySentence(articles);

        Properties p = new Properties();
        p.setProperty("annotators", BASELINE_ANNOTATORS);
        p.setProperty("quote.attributeQuotes", "true");
        StanfordCoreNLP baseline = CoreNlpPipelines.get(p);
        baseline.annotate(new CoreDocument(articles.get(0)[5]));
        long t0 = System.nanoTime();
        long baselineQuotes = 0;
        for (int i = 0; i < m; i++) {
            CoreDocument d = new CoreDocument(articles.get(i)[5]);
            baseline.annotate(d);
            baselineQuotes += d.quotes().size();
            System.err.printf("baseline: %d/%d articles, %.1f s%n", i + 1, m, (System.nanoTime() - t0) / 1e9);
        }
        Timed base = new Timed(baselineQuotes, (System.nanoTime() - t0) / 1e9);

        int cores = spark.sparkContext().defaultParallelism();
        System.out.printf("%nSpark %s, %d task slots; CoreNLP baseline runs on one thread as its CLI does%n",
                spark.version(), cores);
        System.out.printf("%-58s %8s %9s %11s %8s%n", "run", "articles", "seconds", "articles/s", "rows");
        row("slant quotes stage (find + attribute), same articles", m, attrShared);
        row("slant quotes + quote sentiment + mentions, same articles", m, fullShared);
        row("CoreNLP " + BASELINE_ANNOTATORS.replace("tokenize,ssplit,", "...,") + " (attributeQuotes)", m, base);
        row("slant quotes stage (find + attribute), all", articles.size(), attrAll);
        row("slant quotes + RNTN quote sentiment, all", articles.size(), sentAll);
        row("slant mentions + target sentiment, all", articles.size(), mentAll);
        row("encoder, every sentence once (rows: sentences; no Spark)", articles.size(), encoderAll);
        System.out.printf("encoder: %.1f sentences/s (%s, ONNX Runtime, %d threads; sentence splitting not timed)%n",
                encoderAll.rows() / encoderAll.seconds(), EncoderSentiment.MODEL_NAME,
                Integer.getInteger("slant.encoder.threads", Runtime.getRuntime().availableProcessors()));
        System.out.printf("%nspeed-up on the same %d articles: quotes stage %.0fx, with sentiment and mentions %.0fx%n",
                m, base.seconds() / attrShared.seconds(), base.seconds() / fullShared.seconds());
        System.out.printf("per core (baseline is single-threaded): quotes stage %.0fx, with sentiment %.0fx%n",
                base.seconds() / attrShared.seconds() / cores, base.seconds() / fullShared.seconds() / cores);
        spark.stop();
        return 0;
    }

    /**
     * The fine-tuned encoder over every sentence of the articles, each scored once with the sentence as its span (the
     * cost of quote tone and of all the targets of a sentence, which share the pass), batched as a partition would be.
     */
    private static Timed encoderOnEverySentence(List<String[]> articles) {
        StanfordCoreNLP splitter = CoreNlpPipelines.tokenizer();
        List<EncoderSentiment.Request> requests = new ArrayList<>();
        for (String[] a : articles) {
            CoreDocument d = new CoreDocument(a[5]);
            splitter.annotate(d);
            for (var s : d.sentences()) {
                String text = s.text();
                requests.add(new EncoderSentiment.Request(text, List.of(new EncoderSentiment.Span(0, text.length()))));
            }
        }
        EncoderSentiment encoder = EncoderSentiment.get();
        encoder.scoreAll(requests.subList(0, Math.min(32, requests.size())));
        return Timed.of(() -> encoder.scoreAll(requests).size());
    }

    private static void row(String what, int articles, Timed t) {
        System.out.printf("%-58s %8d %9.1f %11.3f %8d%n", what, articles, t.seconds(), articles / t.seconds(), t.rows());
    }

    record Timed(long rows, double seconds) {
        static Timed of(java.util.function.LongSupplier work) {
            long t0 = System.nanoTime();
            long rows = work.getAsLong();
            return new Timed(rows, (System.nanoTime() - t0) / 1e9);
        }
    }

    static List<String[]> firstArticles(Path corpus, int n) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String[]> out = new ArrayList<>();
        var in = Files.newInputStream(corpus);
        var stream = corpus.toString().endsWith(".gz") ? new GZIPInputStream(in) : in;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            String line;
            while (out.size() < n && (line = r.readLine()) != null) {
                JsonNode a = json.readTree(line);
                String text = a.path("text").asText("");
                if (!text.isBlank()) {
                    out.add(new String[]{a.path("id").asText(), a.path("source").asText(), a.path("published").asText(""),
                            null, a.path("title").asText(""), text});
                }
            }
        }
        return out;
    }

    private static Dataset<Row> toFrame(SparkSession spark, List<String[]> articles) {
        StructType schema = new StructType()
                .add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("published_raw", DataTypes.StringType).add("week", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("text", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (String[] a : articles) {
            rows.add(RowFactory.create((Object[]) a));
        }
        return spark.createDataFrame(rows, schema)
                .withColumn("published", org.apache.spark.sql.functions.try_to_date(
                        org.apache.spark.sql.functions.col("published_raw")))
                .drop("published_raw");
    }
}
