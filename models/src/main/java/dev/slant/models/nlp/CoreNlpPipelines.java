package dev.slant.models.nlp;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;

import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One CoreNLP pipeline per configuration per JVM. Building a pipeline loads hundreds of MB of models, so executors
 * must share one instance across tasks; StanfordCoreNLP.process is thread-safe once built.
 */
public final class CoreNlpPipelines {
    private static final Map<String, StanfordCoreNLP> PIPELINES = new ConcurrentHashMap<>();

    private CoreNlpPipelines() {
    }

    /** The shared pipeline for these properties, built on first use (computeIfAbsent locks per key). */
    public static StanfordCoreNLP get(Properties props) {
        return PIPELINES.computeIfAbsent(key(props), k -> new StanfordCoreNLP(copy(props)));
    }

    /** Cheap pass: tokens and sentences only, used to decide which sentences deserve the expensive annotators. */
    public static StanfordCoreNLP tokenizer() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit");
        p.setProperty("tokenize.options", "invertible=true,untokenizable=noneDelete");
        return get(p);
    }

    private static String key(Properties props) {
        return new TreeMap<>(props).toString();
    }

    private static Properties copy(Properties props) {
        Properties p = new Properties();
        p.putAll(props);
        return p;
    }
}
