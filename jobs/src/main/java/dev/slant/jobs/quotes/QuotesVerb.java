package dev.slant.jobs.quotes;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.pipeline.QuoteStage;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Runs;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.SparkSession;

/** `./slant quotes`: articles → quotes (and rejects for articles that could not be processed). */
public final class QuotesVerb implements Verb {
    @Override
    public String name() {
        return "quotes";
    }

    @Override
    public String summary() {
        return "find quotations in articles and attribute them to speakers and actors";
    }

    @Override
    public String help() {
        return """
                usage: ./slant quotes --warehouse DIR [--actors FILE] [--master URL] [--sentiment on|off]

                Reads the `articles` table, finds direct, partial and indirect quotations, attributes each to a
                speaker and a registered actor, scores the sentiment of each (CoreNLP RNTN), and writes `quotes`;
                then writes `mentions`: every sentence naming a registered actor, with the sentiment toward that
                actor (trained target scorer). Both tables are replaced. Articles whose processing fails are added
                to `rejects` (input = articles, reason quotes: ...).
                  --warehouse DIR   warehouse folder (required)
                  --actors FILE     actor registry JSON (default: data/actors.json of the Slant home)
                  --master URL      Spark master (default local[*])
                  --article-timeout-ms N   time budget of one article (default 5000): an article whose annotation
                                    takes longer is rejected with reason `quotes: timeout: ...`; only the first
                                    100 quotes and 100 actor sentences of an article are parsed for sentiment,
                                    the rest keep null sentiment
                  --sentiment on|off   off: find and attribute quotes and mentions without parsing them for
                                    sentiment (sentiment columns null), about five times faster (default on)""";
    }

    /** `--sentiment on|off` (default on). */
    public static boolean sentimentOn(Options o) {
        String v = o.get("sentiment", "on");
        return switch (v) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new Options.UsageException("--sentiment takes on or off, not '" + v + "'");
        };
    }

    @Override
    public int run(Options o) {
        boolean sentiment = sentimentOn(o);
        SparkSession spark = SparkSessions.forCli("slant-quotes", o.get("master", null));
        Warehouse wh = new Warehouse(spark, o.require("warehouse"));
        Runs.Started run = Runs.start(Runs.QUOTES, o.asMap());
        System.err.println(QuoteStage.run(wh, o.get("actors", null), null, sentiment).summary());
        System.err.print(Runs.describe(wh, run.finish(wh, Quotes.registry(o.get("actors", null)).origin(),
                QuoteStage.WRITES)));
        return 0;
    }
}
