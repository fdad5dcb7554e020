package dev.slant.jobs.quotes;

import dev.slant.jobs.pipeline.NlpStage;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.verbs.CommonOptions;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.UsageException;
import dev.slant.jobs.verbs.Verb;
import dev.slant.jobs.verbs.VerbOptions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** `./slant quotes`: articles → quotes (and rejects for articles that could not be processed). */
public final class QuotesVerb implements Verb {
    /** The NLP stage's options, as `quotes`, `run`, `demo` and `weekly` take them. */
    public static final List<OptionSpec> STAGE_OPTIONS = List.of(
            OptionSpec.text("registry", "FILE", null,
                    "actor registry JSON (default: data/actors.json of the Slant home, else the bundled copy)"),
            OptionSpec.text("sentiment", "on|off", "on", "off: find and attribute quotes and mentions without "
                    + "scoring their sentiment (sentiment columns null), the fastest"),
            OptionSpec.text("sentiment-model", "corenlp|encoder", NlpStageOptions.DEFAULT_SENTIMENT_MODEL.option(),
                    "encoder: the fine-tuned MiniLM encoder scores quote tone and sentiment toward each actor, one "
                    + "pass per sentence, no parsing (measures best); corenlp: CoreNLP's RNTN per quote (5 classes "
                    + "collapsed to 3) and the logistic target model over RNTN features (the classic figures)"),
            OptionSpec.integer("article-timeout-ms", (int) ArticleBudget.DEFAULT_MILLIS, "time budget of one article:"
                    + " an article whose NLP pass (annotation, quotes, mentions) takes longer is rejected with reason"
                    + " `quotes: timeout: ...`; only the first 100 quotes and 100 actor sentences of an article are"
                    + " scored for sentiment, the rest keep null sentiment"));
    /** Incremental runs (`run`, `weekly`) commit new articles in batches. */
    public static final OptionSpec BATCH_ARTICLES = OptionSpec.integer("batch-articles",
            NlpStageOptions.DEFAULT_BATCH_ARTICLES, "new articles are processed and committed N at a time: a run "
                    + "killed midway and started again redoes at most one batch");

    private static final VerbOptions OPTIONS = VerbOptions.builder("--warehouse DIR [--registry FILE] [options]")
            .description("""
                    Reads the `articles` table, finds direct, partial and indirect quotations, attributes each to a
                    speaker and a registered actor, scores the tone of each (--sentiment-model), and writes `quotes`;
                    then writes `mentions`: every sentence naming a registered actor, with the sentiment toward that
                    actor (same scorer). Both tables are replaced. Articles whose processing fails are added
                    to `rejects` (input = articles, reason quotes: ...).""")
            .add(CommonOptions.warehouse("warehouse folder (required)"))
            .add(STAGE_OPTIONS)
            .add(CommonOptions.MASTER)
            .oldSpelling("actors", v -> "registry")
            .build();

    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String summary() {
        return "find quotations in articles and attribute them to speakers and actors";
    }

    @Override
    public VerbOptions options() {
        return OPTIONS;
    }

    /** The NLP stage's typed options from a command line that declares {@link #STAGE_OPTIONS}. */
    public static NlpStageOptions nlpOptions(ParsedOptions o) {
        String v = o.text("sentiment");
        boolean sentiment = switch (v) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new UsageException("--sentiment takes on or off, not '" + v + "'");
        };
        SentimentModel model = SentimentModel.byOption(o.text("sentiment-model"));
        if (model == null) {
            throw new UsageException("--sentiment-model takes corenlp or encoder, not '" + o.text("sentiment-model")
                    + "'");
        }
        int batch = o.declares(BATCH_ARTICLES.name()) ? o.integer(BATCH_ARTICLES.name())
                : NlpStageOptions.DEFAULT_BATCH_ARTICLES;
        int timeout = o.integer("article-timeout-ms");
        if (batch <= 0 || timeout <= 0) {
            throw new UsageException("--batch-articles and --article-timeout-ms must be positive");
        }
        String registry = o.text("registry");
        if (registry != null && !Files.isRegularFile(Path.of(registry))) {
            throw new UsageException("--registry " + registry + " is not a file");
        }
        return new NlpStageOptions(registry, sentiment, batch, timeout, model);
    }

    @Override
    public int run(ParsedOptions o) {
        NlpStageOptions nlp = nlpOptions(o);
        SparkSession spark = SparkSessions.forCli("slant-quotes", o.text("master"));
        Warehouse wh = new Warehouse(spark, o.require("warehouse"));
        Runs.Started run = Runs.start(Runs.QUOTES, nlp);
        System.err.println(NlpStage.run(wh, nlp, null).summary());
        System.err.print(Runs.describe(wh, run.finish(wh, QuoteExtraction.registry(nlp.registry()).origin(),
                NlpStage.WRITES)));
        return 0;
    }
}
