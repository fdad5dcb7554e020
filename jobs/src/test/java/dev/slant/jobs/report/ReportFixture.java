package dev.slant.jobs.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.warehouse.IsoWeek;
import dev.slant.jobs.warehouse.Warehouse;
import dev.slant.models.nlp.CoreNlpPipelines;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.ejml.simple.SimpleMatrix;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * A small real warehouse for report tests: the founding article with its 17 hand-labelled quotations (speakers from
 * the gold file), plus articles from four outlets of the Article-Bias-Prediction corpus that quote Psaki, Lavrov or
 * Peskov. Corpus quotations are the quoted spans whose surroundings name the actor; every quotation is scored by
 * CoreNLP's sentiment model. The corpus articles (2012–2020) are re-dated into 2021-W45 … W49 so one fixture has a
 * current week, a previous week and trailing weeks; their text, outlet and lean are untouched. One extra article
 * carries HTML/JS in its outlet, title, link and quotation, to prove the page escapes them.
 * Built once per JVM (CoreNLP sentiment is the slow part) and written into each test class's own warehouse.
 */
final class ReportFixture {
    static final String WEEK = "2021-W49";
    static final String HOSTILE = "<script>document.title='pwned'</script><img src=x onerror=alert(1)>";
    static final String HOSTILE_URL = "javascript:alert(document.cookie)";

    /** Outlet (as in the corpus) → normalised key. */
    private static final Map<String, String> OUTLETS = Map.of("CNN (Web News)", "cnn", "Fox News", "foxnews",
            "BBC News", "bbc", "Washington Times", "washingtontimes");
    /** Actor surname → (id, canonical name). */
    private static final Map<String, String[]> ACTORS = new LinkedHashMap<>();
    /** Gold speaker → registry id (the organisations count as their own actors). */
    private static final Map<String, String> GOLD_IDS = new LinkedHashMap<>();

    static {
        ACTORS.put("Psaki", new String[]{"Q16204218", "Jen Psaki"});
        ACTORS.put("Lavrov", new String[]{"Q52571", "Sergey Lavrov"});
        ACTORS.put("Peskov", new String[]{"Q4164776", "Dmitry Peskov"});
        GOLD_IDS.put("Dmitry Peskov", "Q4164776");
        GOLD_IDS.put("Jen Psaki", "Q16204218");
        GOLD_IDS.put("Sergey Lavrov", "Q52571");
        GOLD_IDS.put("Alexander Lukashenko", "Q14305");
        GOLD_IDS.put("Antony Blinken", "Q4775838");
        GOLD_IDS.put("Maria Zakharova", "Q4278424");
        GOLD_IDS.put("Lloyd Austin", "Q2028591");
    }

    private static final Pattern QUOTE = Pattern.compile("[“\"]([^“”\"]{25,200})[”\"]");
    private static final int PER_OUTLET_ACTOR = 5;
    private static final int MAX_QUOTES_PER_ARTICLE = 4;
    private static final String[] LABELS = {"very negative", "negative", "neutral", "positive", "very positive"};

    record Article(String id, String source, String sourceKey, String lean, LocalDate published, String title,
                   String text, String url, String duplicateOf) {
    }

    record Quote(String quoteId, String articleId, String text, int start, int end, String kind, String cue,
                 String speaker, String actorId, String actorName, String label, Double score) {
    }

    private static List<Article> articles;
    private static List<Quote> quotes;

    private ReportFixture() {
    }

    /** Writes `articles` and `quotes` tables into a fresh warehouse at `dir`. */
    static Warehouse write(SparkSession spark, Path dir) {
        build();
        Warehouse wh = new Warehouse(spark, dir.toString());
        List<Row> a = new ArrayList<>();
        for (Article x : articles) {
            a.add(RowFactory.create(x.id, x.source, x.sourceKey, x.lean, java.sql.Date.valueOf(x.published),
                    IsoWeek.of(x.published).toString(), x.title, x.text, x.url, x.duplicateOf));
        }
        StructType as = new StructType().add("article_id", DataTypes.StringType).add("source", DataTypes.StringType)
                .add("source_key", DataTypes.StringType).add("lean", DataTypes.StringType)
                .add("published", DataTypes.DateType).add("week", DataTypes.StringType)
                .add("title", DataTypes.StringType).add("text", DataTypes.StringType)
                .add("url", DataTypes.StringType).add("duplicate_of", DataTypes.StringType);
        wh.replace("articles", spark.createDataFrame(a, as));
        Map<String, Article> byId = new LinkedHashMap<>();
        articles.forEach(x -> byId.put(x.id, x));
        List<Row> q = new ArrayList<>();
        for (Quote x : quotes) {
            Article art = byId.get(x.articleId);
            q.add(RowFactory.create(x.quoteId, x.articleId, art.source, IsoWeek.of(art.published).toString(), x.text,
                    x.start, x.end, x.kind, x.cue, null, x.speaker, x.actorId, x.actorName,
                    x.actorId == null ? null : "fixture", x.actorId == null ? null : 1.0, x.label, x.score));
        }
        StructType qs = new StructType().add("quote_id", DataTypes.StringType).add("article_id", DataTypes.StringType)
                .add("source", DataTypes.StringType).add("week", DataTypes.StringType)
                .add("text", DataTypes.StringType).add("char_start", DataTypes.IntegerType)
                .add("char_end", DataTypes.IntegerType).add("kind", DataTypes.StringType)
                .add("cue", DataTypes.StringType).add("speaker_mention", DataTypes.StringType)
                .add("speaker", DataTypes.StringType).add("actor_id", DataTypes.StringType)
                .add("actor_name", DataTypes.StringType).add("attribution_method", DataTypes.StringType)
                .add("attribution_confidence", DataTypes.DoubleType).add("sentiment_label", DataTypes.StringType)
                .add("sentiment_score", DataTypes.DoubleType);
        wh.replace("quotes", spark.createDataFrame(q, qs));
        return wh;
    }

    static synchronized List<Quote> quotes() {
        build();
        return quotes;
    }

    static synchronized List<Article> articles() {
        build();
        return articles;
    }

    private static synchronized void build() {
        if (articles != null) {
            return;
        }
        long t0 = System.nanoTime();
        List<Article> arts = new ArrayList<>();
        List<Quote> qs = new ArrayList<>();
        try {
            seed(arts, qs);
            long t1 = System.nanoTime();
            corpus(arts, qs);
            System.err.printf("report fixture: corpus scan %d ms%n", (System.nanoTime() - t1) / 1_000_000);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the fixture's source data: " + e.getMessage(), e);
        }
        hostile(arts, qs);
        score(qs);
        articles = arts;
        quotes = qs;
        System.err.printf("report fixture: %d articles, %d quotes in %d ms%n", arts.size(), qs.size(),
                (System.nanoTime() - t0) / 1_000_000);
    }

    private static void seed(List<Article> arts, List<Quote> qs) throws IOException {
        Path dir = SparkTestBase.sharedData().resolve("seed");
        String text = Files.readString(dir.resolve("putin-biden-summit.txt"));
        JsonNode meta = new ObjectMapper().readTree(dir.resolve("putin-biden-summit.meta.json").toFile());
        String id = "atalayar-putin-biden-summit";
        arts.add(new Article(id, meta.get("source").asText(), "atalayar", "center",
                LocalDate.parse(meta.get("published").asText()), meta.get("title").asText(), text,
                "https://www.atalayar.com/en/articulo/politics/ukraine-crisis-be-focus-putin-biden-virtual-meeting",
                null));
        int i = 0;
        for (String line : Files.readAllLines(dir.resolve("putin-biden-summit.gold.jsonl"))) {
            JsonNode g = new ObjectMapper().readTree(line);
            String quote = g.get("quote").asText();
            int start = text.indexOf(quote);
            String speaker = g.get("speaker").asText();
            String actorId = GOLD_IDS.get(speaker);
            for (JsonNode alt : g.path("also_accept")) {
                if (actorId == null && GOLD_IDS.containsKey(alt.asText())) {
                    speaker = alt.asText();
                    actorId = GOLD_IDS.get(speaker);
                }
            }
            qs.add(new Quote(id + "-q" + (i++), id, quote, start, start < 0 ? -1 : start + quote.length(),
                    g.get("kind").asText(), null, speaker, actorId, actorId == null ? null : speaker, null, null));
        }
    }

    /** Corpus articles quoting the three actors, re-dated into the fixture weeks (see the class comment). */
    private static void corpus(List<Article> arts, List<Quote> qs) throws IOException {
        Path file = SparkTestBase.sharedData().resolve("corpora/article-bias-prediction.jsonl.gz");
        Map<String, Integer> taken = new LinkedHashMap<>();
        ObjectMapper json = new ObjectMapper();
        IsoWeek current = IsoWeek.parse(WEEK);
        try (BufferedReader r = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null && taken.values().stream().mapToInt(x -> x).sum()
                    < OUTLETS.size() * ACTORS.size() * PER_OUTLET_ACTOR) {
                if (!line.contains("Psaki") && !line.contains("Lavrov") && !line.contains("Peskov")) {
                    continue;
                }
                JsonNode d = json.readTree(line);
                String outlet = OUTLETS.get(d.path("source").asText());
                if (outlet == null) {
                    continue;
                }
                String text = d.path("text").asText();
                for (var actor : ACTORS.entrySet()) {
                    String key = outlet + "/" + actor.getKey();
                    int k = taken.getOrDefault(key, 0);
                    if (k >= PER_OUTLET_ACTOR || !text.contains(actor.getKey())) {
                        continue;
                    }
                    List<Quote> found = quotesOf(d.path("id").asText(), text, actor.getKey(), actor.getValue());
                    if (found.stream().noneMatch(q -> q.actorId != null)) {
                        continue;
                    }
                    // Three articles per outlet and actor in the reported week, the rest in earlier weeks.
                    IsoWeek week = k < 3 ? current : current.minus(k == 3 ? 1 : 4);
                    LocalDate published = week.monday().plusDays(arts.size() % 5);
                    String id = d.path("id").asText();
                    if (arts.stream().anyMatch(a -> a.id.equals(id))) {
                        continue;
                    }
                    arts.add(new Article(id, d.path("source").asText(), outlet, d.path("bias_label").asText(null),
                            published, d.path("title").asText(), text, d.path("url").asText(null), null));
                    qs.addAll(found);
                    taken.put(key, k + 1);
                    break;
                }
            }
        }
    }

    /** Quoted spans of 25–200 characters (short enough for the PCFG parser to be quick); attributed to the actor when the 160 characters around name them. */
    static List<Quote> quotesOf(String articleId, String text, String surname, String[] actor) {
        List<Quote> out = new ArrayList<>();
        Matcher m = QUOTE.matcher(text);
        int i = 0;
        while (m.find() && out.size() < MAX_QUOTES_PER_ARTICLE) {
            String around = text.substring(Math.max(0, m.start() - 160), Math.min(text.length(), m.end() + 160));
            boolean named = around.contains(surname);
            String cue = around.contains(" said") ? "said" : around.contains(" told") ? "told"
                    : around.contains(" wrote") ? "wrote" : null;
            out.add(new Quote(articleId + "-q" + (i++), articleId, m.group(1), m.start(1), m.end(1), "direct", cue,
                    named ? actor[1] : null, named ? actor[0] : null, named ? actor[1] : null, null, null));
        }
        return out;
    }

    private static void hostile(List<Article> arts, List<Quote> qs) {
        String id = "hostile-1";
        String text = "The Kremlin spokesman said \"" + HOSTILE + " this is a terrible, awful, disgraceful lie\".";
        arts.add(new Article(id, "Evil </title><script>alert(2)</script> Gazette", "evil<script>alert(3)</script>",
                "right", IsoWeek.parse(WEEK).monday().plusDays(2), "Title " + HOSTILE, text, HOSTILE_URL, null));
        int start = text.indexOf(HOSTILE);
        String quote = HOSTILE + " this is a terrible, awful, disgraceful lie";
        qs.add(new Quote(id + "-q0", id, quote, start, start + quote.length(), "direct", "said", "Dmitry Peskov",
                "Q4164776", "Dmitry Peskov", null, null));
    }

    /**
     * CoreNLP's RNTN sentiment; a multi-sentence quote averages its sentences' class probabilities by length. Only
     * attributed quotes are scored (the report averages nothing else), which halves the fixture's build time.
     */
    private static void score(List<Quote> qs) {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,parse,sentiment");
        p.setProperty("parse.maxlen", "70");
        p.setProperty("tokenize.options", "untokenizable=noneDelete");
        var pipeline = CoreNlpPipelines.get(p);
        // StanfordCoreNLP.annotate is thread-safe once built: score on every core.
        java.util.stream.IntStream.range(0, qs.size()).filter(i -> qs.get(i).actorId != null).parallel()
                .forEach(i -> {
                    Quote q = qs.get(i);
                    Annotation doc = new Annotation(q.text);
                    pipeline.annotate(doc);
                    double[] probs = new double[5];
                    double weight = 0;
                    for (CoreMap s : doc.get(CoreAnnotations.SentencesAnnotation.class)) {
                        Tree tree = s.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
                        if (tree == null) {
                            continue;
                        }
                        SimpleMatrix m = RNNCoreAnnotations.getPredictions(tree);
                        int len = s.get(CoreAnnotations.TokensAnnotation.class).size();
                        for (int k = 0; k < 5; k++) {
                            probs[k] += m.get(k) * len;
                        }
                        weight += len;
                    }
                    if (weight == 0) {
                        return;
                    }
                    double score = 0;
                    int best = 0;
                    for (int k = 0; k < 5; k++) {
                        probs[k] /= weight;
                        score += probs[k] * (k - 2) / 2.0;
                        best = probs[k] > probs[best] ? k : best;
                    }
                    Quote scored = new Quote(q.quoteId, q.articleId, q.text, q.start, q.end, q.kind, q.cue,
                            q.speaker, q.actorId, q.actorName, LABELS[best], Math.round(score * 1e4) / 1e4);
                    synchronized (qs) {
                        qs.set(i, scored);
                    }
                });
    }
}
