package dev.slant.jobs.compare;

import dev.slant.jobs.warehouse.Tables;
import dev.slant.jobs.SparkTestBase;
import dev.slant.jobs.warehouse.Warehouse;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Speed of the compare stage at the target size (~1,700 articles, ~10k quotes) on local[2]. Off by default; run with
 * {@code mvn -B -q test -pl jobs -am -Dtest=CompareBenchmarkTest -Dslant.bench=true -Dsurefire.failIfNoSpecifiedTests=false}.
 *
 * <p>The articles are real (every article of the Baly et al. corpus that names Putin, Lavrov, Peskov, Psaki or
 * Zakharova, with the corpus's own left/center/right label as lean). The quotes are every quoted span of those texts,
 * but their actor and sentiment are assigned by hashing, not by the quotes stage: this measures speed, not findings.
 */
@EnabledIfSystemProperty(named = "slant.bench", matches = "true")
class CompareBenchmarkTest extends SparkTestBase {

    @Test
    void compareStageTakesMinutesNotHours() throws Exception {
        Path dir = Paths.get(System.getProperty("slant.bench.warehouse",
                Files.createTempDirectory("slant-bench").toString()));
        Warehouse wh = new Warehouse(spark, dir.toString());
        if (!wh.exists(Tables.QUOTES)) {
            buildWarehouse(wh);
        }
        long articles = wh.read(Tables.ARTICLES).count();
        long quotes = wh.read(Tables.QUOTES).count();
        long t0 = System.nanoTime();
        CompareResult r = Compare.run(spark, wh, CompareOptions.defaults());
        double seconds = (System.nanoTime() - t0) / 1e9;
        System.out.printf("BENCH compare: %,d articles, %,d quotes, %,d mentions -> %,d cells, %,d tests, %,d words, "
                        + "%,d topic rows in %.1f s (warehouse %s)%n", articles, quotes, r.counts().mentions(),
                r.cells().count(), r.tests().count(), r.words().count(), r.topics().count(), seconds, dir);
        System.out.println(CompareSummary.format(r, CompareOptions.defaults()));
        assertTrue(seconds < 15 * 60, "compare took " + seconds + " s");
    }

    private static void buildWarehouse(Warehouse wh) {
        Dataset<Row> raw = spark.read().json(sharedData().resolve("corpora/article-bias-prediction.jsonl.gz")
                .toString());
        raw.createOrReplaceTempView("raw");
        Dataset<Row> articles = spark.sql("""
                SELECT id AS article_id, source, lower(regexp_replace(source_url, '^www\\\\.', '')) AS source_key,
                       bias_label AS lean, try_to_date(published, 'yyyy-MM-dd') AS published,
                       CASE WHEN try_to_date(published, 'yyyy-MM-dd') IS NULL THEN NULL
                            ELSE concat(cast(extract(YEAROFWEEK FROM try_to_date(published, 'yyyy-MM-dd')) AS string),
                                 '-W', lpad(cast(weekofyear(try_to_date(published, 'yyyy-MM-dd')) AS string), 2, '0'))
                       END AS week,
                       title, text, url, CAST(NULL AS string) AS duplicate_of
                FROM raw
                WHERE text RLIKE 'Putin|Lavrov|Peskov|Psaki|Zakharova'
                """);
        wh.replace(Tables.ARTICLES.name(), articles.repartition(2));
        wh.read(Tables.ARTICLES).createOrReplaceTempView("bench_articles");
        Dataset<Row> quotes = spark.sql("""
                WITH spans AS (
                  SELECT article_id, source, week, text AS article_text,
                         posexplode(regexp_extract_all(text, '[“"]([^”"]{15,400})[”"]', 1)) AS (pos, quote)
                  FROM bench_articles),
                named AS (
                  SELECT *, filter(array('Vladimir Putin', 'Sergey Lavrov', 'Dmitry Peskov', 'Jen Psaki',
                           'Maria Zakharova', 'Donald Trump', 'Barack Obama', 'Joe Biden'),
                           n -> instr(article_text, element_at(split(n, ' '), 2)) > 0) AS names,
                         abs(hash(article_id, pos)) AS h
                  FROM spans)
                SELECT concat(article_id, '-', pos) AS quote_id, article_id, source, week, quote AS text,
                       0 AS char_start, length(quote) AS char_end,
                       element_at(array('direct', 'partial', 'indirect'), CAST(h % 3 AS int) + 1) AS kind,
                       element_at(array('said', 'told', 'warned', 'added', 'according to'), CAST(h % 5 AS int) + 1)
                           AS cue,
                       CAST(NULL AS string) AS speaker_mention, actor AS speaker,
                       lower(replace(actor, ' ', '-')) AS actor_id, actor AS actor_name,
                       'bench-hash' AS attribution_method, 0.5 AS attribution_confidence,
                       CASE WHEN score < -0.6 THEN 'very negative' WHEN score < -0.2 THEN 'negative'
                            WHEN score <= 0.2 THEN 'neutral' WHEN score <= 0.6 THEN 'positive'
                            ELSE 'very positive' END AS sentiment_label,
                       score AS sentiment_score, array(0.2, 0.2, 0.2, 0.2, 0.2) AS sentiment_probs
                FROM (SELECT *, CASE WHEN size(names) = 0 OR h % 10 < 3 THEN NULL
                                     ELSE element_at(names, CAST(h % size(names) AS int) + 1) END AS actor,
                             CAST((abs(hash(quote)) % 2001) / 1000.0 - 1.0 AS double) AS score
                      FROM named)
                """);
        wh.replace(Tables.QUOTES.name(), quotes.repartition(2));
        Dataset<Row> mentions = spark.sql("""
                WITH sentences AS (
                  SELECT article_id, source, week, posexplode(split(text, '(?<=[.!?])\\\\s+')) AS (pos, sentence)
                  FROM bench_articles),
                named AS (
                  SELECT s.*, n AS actor_name
                  FROM sentences s LATERAL VIEW explode(array('Vladimir Putin', 'Sergey Lavrov', 'Dmitry Peskov',
                      'Jen Psaki', 'Maria Zakharova', 'Donald Trump', 'Barack Obama', 'Joe Biden')) t AS n
                  WHERE instr(sentence, element_at(split(n, ' '), 2)) > 0)
                SELECT concat(article_id, '-', pos, '-', actor_name) AS mention_id, article_id, source, week,
                       lower(replace(actor_name, ' ', '-')) AS actor_id, actor_name, sentence, 0 AS char_start,
                       length(sentence) AS char_end, 'bench-alias' AS method, 'neutral' AS target_label,
                       CAST((abs(hash(sentence)) % 2001) / 1000.0 - 1.0 AS double) AS target_score
                FROM named
                """);
        wh.replace(Tables.MENTIONS.name(), mentions.repartition(2));
    }
}
