package dev.slant.jobs.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.pipeline.NlpStage;
import dev.slant.jobs.quotes.ArticleBudget;
import dev.slant.jobs.quotes.NlpStageOptions;
import dev.slant.jobs.quotes.QuoteExtraction;
import dev.slant.jobs.quotes.SentimentModel;
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
import org.apache.spark.storage.StorageLevel;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.zip.GZIPInputStream;

import static org.apache.spark.sql.functions.col;

/**
 * `./slant bench quotes`: the NLP stage with each sentiment scorer (none, CoreNLP's RNTN, the encoder) side by side on
 * the same first articles of a corpus, and the quotes stage against CoreNLP's full pipeline with its own quote
 * attribution, in one run. Model loading is excluded from every timing (each path is warmed on one article first), so
 * the figures are steady-state rates.
 */
public final class QuotesBenchmark implements Verb {
    static final String BASELINE_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,depparse,coref,quote";
    private static final VerbOptions OPTIONS = VerbOptions.builder("quotes [--corpus FILE.jsonl.gz] [--articles N] "
                    + "[--baseline-articles M] [--sentiment-models off,corenlp,encoder] [--master URL]")
            .description("""
                    Runs Slant's NLP stage (quotes and mentions, as `quotes` runs them, without writing) over the
                    first N articles of the corpus once per --sentiment-models value, side by side on the same
                    articles: without sentiment, with CoreNLP's RNTN and the logistic target model, and with the
                    fine-tuned encoder; then the encoder alone over every sentence (sentences/s); and CoreNLP's
                    pipeline %s with quote.attributeQuotes=true over the first M articles (it manages ~0.1
                    articles/s) against the quotes stage on the same M. Model loading is excluded from every
                    timing.""".formatted(BASELINE_ANNOTATORS))
            .add(OptionSpec.text("corpus", "FILE", null, "JSON lines corpus (default "
                            + "../shared/data/corpora/article-bias-prediction.jsonl.gz)"),
                    OptionSpec.integer("articles", 200, "articles for Slant's rates"),
                    OptionSpec.integer("baseline-articles", 10, "articles for the CoreNLP baseline (0: skip it)"),
                    OptionSpec.text("sentiment-models", "LIST", "off,corenlp,encoder", "the NLP stage is timed "
                            + "once per value, on the same articles: off (no sentiment), corenlp, encoder"),
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
        int m = Math.max(0, Math.min(n, o.integer("baseline-articles")));
        List<String> scorers = scorers(o.text("sentiment-models"));
        List<String[]> articles = firstArticles(corpus, n);
        System.out.printf("bench quotes: %d articles from %s (%d for the baseline); sentiment: %s%n", articles.size(),
                corpus, m, String.join(", ", scorers));

        SparkSession spark = SparkSessions.forCli("slant-bench", o.text("master"));
        Dataset<Row> all = toFrame(spark, articles).cache();
        all.count();
        Dataset<Row> warmup = toFrame(spark, articles.subList(0, 1));
        for (String scorer : scorers) {
            nlpStage(warmup, scorer);
        }
        List<Timed> stage = new ArrayList<>();
        for (String scorer : scorers) {
            stage.add(nlpStage(all, scorer));
        }
        Timed encoderAll = scorers.contains(SentimentModel.ENCODER.option()) ? encoderOnEverySentence(articles) : null;
        Timed base = m == 0 ? null : baseline(articles.subList(0, m));
        Timed attrShared = m == 0 ? null : Timed.of(() -> QuoteExtraction.extract(toFrame(spark, articles.subList(0, m)),
                null).count());

        int cores = spark.sparkContext().defaultParallelism();
        System.out.printf("%nSpark %s, %d task slots, %d cores; CoreNLP baseline runs on one thread as its CLI does%n",
                spark.version(), cores, Runtime.getRuntime().availableProcessors());
        System.out.printf("%-58s %8s %9s %11s %8s %8s%n", "run (same articles for every --sentiment)", "articles",
                "seconds", "articles/s", "rows", "scored");
        for (int i = 0; i < scorers.size(); i++) {
            row("slant NLP stage (quotes + mentions), --sentiment " + scorers.get(i), articles.size(), stage.get(i));
        }
        if (encoderAll != null) {
            row("encoder, every sentence once (rows: sentences; no Spark)", articles.size(), encoderAll);
            System.out.printf("encoder: %.1f sentences/s (%s, ONNX Runtime, %d threads; sentence splitting not "
                            + "timed)%n", encoderAll.rows() / encoderAll.seconds(), EncoderSentiment.MODEL_NAME,
                    Integer.getInteger("slant.encoder.threads", Runtime.getRuntime().availableProcessors()));
        }
        System.out.println("rows: quotes + mentions; scored: of those, rows with a sentiment label");
        for (int i = 0; i < scorers.size(); i++) {
            if (!scorers.get(i).equals("off")) {
                int off = scorers.indexOf("off");
                System.out.printf("--sentiment %s: %.2f s per article%s%n", scorers.get(i),
                        stage.get(i).seconds() / articles.size(), off < 0 ? ""
                                : String.format(", of which sentiment %.2f s", (stage.get(i).seconds()
                                - stage.get(off).seconds()) / articles.size()));
            }
        }
        if (base != null) {
            row("slant quotes stage (find + attribute), first " + m, m, attrShared);
            row("CoreNLP " + BASELINE_ANNOTATORS.replace("tokenize,ssplit,", "...,") + " (attributeQuotes)", m, base);
            System.out.printf("%nspeed-up of the quotes stage over CoreNLP on the same %d articles: %.0fx (%.0fx per "
                    + "core; the baseline is single-threaded)%n", m, base.seconds() / attrShared.seconds(),
                    base.seconds() / attrShared.seconds() / cores);
        }
        spark.stop();
        return 0;
    }

    private static List<String> scorers(String option) {
        List<String> out = new ArrayList<>();
        for (String s : option.split(",")) {
            String v = s.trim();
            if (!v.equals("off") && SentimentModel.byOption(v) == null) {
                throw new UsageException("--sentiment-models takes a list of off, corenlp, encoder, not '" + v + "'");
            }
            if (!out.contains(v)) {
                out.add(v);
            }
        }
        return out;
    }

    /**
     * The NLP stage's work on these articles as {@code NlpStage} computes it ({@link NlpStage#compute}: one pass per
     * article, then sentiment by the scorer, `off`: none), without writing.
     */
    private static Timed nlpStage(Dataset<Row> articles, String scorer) {
        long t0 = System.nanoTime();
        SentimentModel model = SentimentModel.byOption(scorer);
        NlpStageOptions options = new NlpStageOptions(null, model != null, NlpStageOptions.DEFAULT_BATCH_ARTICLES,
                ArticleBudget.DEFAULT_MILLIS, model == null ? NlpStageOptions.DEFAULT_SENTIMENT_MODEL : model);
        NlpStage.Output out = NlpStage.compute(articles, options);
        Dataset<Row> q = out.quotes().persist(StorageLevel.MEMORY_AND_DISK());
        Dataset<Row> men = out.mentions().persist(StorageLevel.MEMORY_AND_DISK());
        long rows = q.count() + men.count();
        long scored = q.filter(col("sentiment_label").isNotNull()).count()
                + men.filter(col("target_label").isNotNull()).count();
        q.unpersist();
        men.unpersist();
        out.release();
        return new Timed(rows, (System.nanoTime() - t0) / 1e9, scored);
    }

    private static Timed baseline(List<String[]> articles) {
        Properties p = new Properties();
        p.setProperty("annotators", BASELINE_ANNOTATORS);
        p.setProperty("quote.attributeQuotes", "true");
        StanfordCoreNLP baseline = CoreNlpPipelines.get(p);
        baseline.annotate(new CoreDocument(articles.get(0)[5]));
        long t0 = System.nanoTime();
        long quotes = 0;
        for (int i = 0; i < articles.size(); i++) {
            CoreDocument d = new CoreDocument(articles.get(i)[5]);
            baseline.annotate(d);
            quotes += d.quotes().size();
            System.err.printf("baseline: %d/%d articles, %.1f s%n", i + 1, articles.size(),
                    (System.nanoTime() - t0) / 1e9);
        }
        return new Timed(quotes, (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The fine-tuned encoder over every sentence of the articles, each scored once with the sentence as its span (the
     * cost of quote tone and of all the targets of a sentence, which share the pass), batched as a partition would be;
     * without the stance branch, which the pipeline runs on the sentences that name an actor only.
     */
    private static Timed encoderOnEverySentence(List<String[]> articles) {
        StanfordCoreNLP splitter = CoreNlpPipelines.tokenizer();
        List<EncoderSentiment.Request> requests = new ArrayList<>();
        for (String[] a : articles) {
            CoreDocument d = new CoreDocument(a[5]);
            splitter.annotate(d);
            for (var s : d.sentences()) {
                String text = s.text();
                requests.add(new EncoderSentiment.Request(text, List.of(new EncoderSentiment.Span(0, text.length())),
                        false));
            }
        }
        EncoderSentiment encoder = EncoderSentiment.get();
        encoder.scoreAll(requests.subList(0, Math.min(32, requests.size())));
        return Timed.of(() -> encoder.scoreAll(requests).size());
    }

    private static void row(String what, int articles, Timed t) {
        System.out.printf("%-58s %8d %9.1f %11.3f %8d %8s%n", what, articles, t.seconds(), articles / t.seconds(),
                t.rows(), t.scored() < 0 ? "" : String.valueOf(t.scored()));
    }

    /** Rows produced in so many seconds; {@code scored} of them with sentiment (-1: not counted). */
    record Timed(long rows, double seconds, long scored) {
        Timed(long rows, double seconds) {
            this(rows, seconds, -1);
        }

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
