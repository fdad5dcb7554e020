package dev.slant.jobs;

import dev.slant.models.nlp.CoreNlpPipelines;
import edu.stanford.nlp.pipeline.CoreDocument;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** CoreNLP and Spark 4 share one JVM (servlet and protobuf conflicts resolved): a pipeline runs inside a task. */
class CoreNlpInSparkTaskTest extends SparkTestBase {
    @Test
    void posTaggerRunsInsideMapPartitions() {
        List<String> sentences = List.of("Peskov said the talks would be long.", "Psaki warned Moscow again.");
        List<String> tags = spark.createDataset(sentences, Encoders.STRING()).repartition(2)
                .mapPartitions((MapPartitionsFunction<String, String>) it -> {
                    Properties p = new Properties();
                    p.setProperty("annotators", "tokenize,ssplit,pos");
                    StanfordCoreNLP nlp = CoreNlpPipelines.get(p);
                    List<String> out = new ArrayList<>();
                    while (it.hasNext()) {
                        CoreDocument d = new CoreDocument(it.next());
                        nlp.annotate(d);
                        out.add(d.tokens().get(0).word() + "/" + d.tokens().get(0).tag()
                                + " " + d.tokens().get(1).word() + "/" + d.tokens().get(1).tag());
                    }
                    return out.iterator();
                }, Encoders.STRING())
                .collectAsList();
        List<String> sorted = new ArrayList<>(tags);
        sorted.sort(String::compareTo);
        assertEquals(List.of("Peskov/NNP said/VBD", "Psaki/NNP warned/VBD"), sorted);
    }
}
