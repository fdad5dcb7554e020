package dev.slant.jobs.quotes;

import dev.slant.jobs.cli.Options;
import dev.slant.jobs.cli.Verb;
import dev.slant.jobs.spark.SparkSessions;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

import static org.apache.spark.sql.functions.col;

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
                usage: ./slant quotes --warehouse DIR [--actors FILE] [--master URL]

                Reads the `articles` table, finds direct, partial and indirect quotations, attributes each to a
                speaker and a registered actor, and writes the `quotes` table (replacing it). Articles whose
                processing fails are added to `rejects` (input = articles).
                  --warehouse DIR   warehouse folder (required)
                  --actors FILE     actor registry JSON (default: data/actors.json of the Slant home)
                  --master URL      Spark master (default local[*])""";
    }

    @Override
    public int run(Options o) {
        String dir = o.require("warehouse");
        String actors = o.get("actors", null);
        SparkSession spark = SparkSessions.forCli("slant-quotes", o.get("master", null));
        Warehouse wh = new Warehouse(spark, dir);
        Dataset<Row> articles = wh.read("articles");
        long n = articles.count();
        System.err.printf("quotes: %d articles%n", n);
        long t0 = System.nanoTime();
        Dataset<Row> combined = Quotes.process(articles, actors).persist(StorageLevel.MEMORY_AND_DISK());
        long rows = combined.count(); // runs the attribution once; the quotes and rejects writes read the cache
        Dataset<Row> quotes = Quotes.quotesOf(combined);
        wh.replace("quotes", quotes);
        Dataset<Row> rejects = Quotes.rejectsOf(combined);
        long rejected = rejects.count();
        if (rejected > 0) {
            Dataset<Row> all = wh.exists("rejects")
                    ? wh.read("rejects").filter(org.apache.spark.sql.functions.not(
                            col("input").equalTo("articles").and(col("reason").startsWith("quotes:"))))
                    .unionByName(rejects) : rejects;
            wh.replace("rejects", all);
        }
        long written = rows - rejected;
        double secs = (System.nanoTime() - t0) / 1e9;
        System.err.printf("quotes: %d quotes from %d articles in %.1f s (%.1f articles/s), %d articles rejected%n",
                written, n, secs, n / Math.max(secs, 1e-9), rejected);
        combined.unpersist();
        return 0;
    }
}
