package dev.slant.jobs.weekly;

import dev.slant.jobs.compare.CompareVerb;
import dev.slant.jobs.ingest.IngestVerb;
import dev.slant.jobs.quotes.QuotesVerb;
import dev.slant.jobs.verbs.OptionSpec;
import dev.slant.jobs.verbs.ParsedOptions;
import dev.slant.jobs.verbs.VerbOptions;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The options of the three stages as the pipeline verbs (`run`, `demo`, `weekly`) take them: each stage's declared
 * options, turned into that stage's typed options.
 */
public final class StageCommandLine {
    /** Ingest's, the NLP stage's and compare's options, each declared once by its own verb. */
    public static final List<OptionSpec> OPTIONS;

    static {
        List<OptionSpec> all = new ArrayList<>(IngestVerb.STAGE_OPTIONS);
        all.addAll(QuotesVerb.STAGE_OPTIONS);
        all.add(QuotesVerb.BATCH_ARTICLES);
        all.addAll(CompareVerb.STAGE_OPTIONS);
        OPTIONS = List.copyOf(all);
    }

    private StageCommandLine() {
    }

    /** The stages' options plus the old `--actors`, which meant the registry to one stage and an actor list to another. */
    public static VerbOptions.Builder addTo(VerbOptions.Builder b) {
        return b.add(OPTIONS).oldSpelling("actors", StageCommandLine::actorsMeaning);
    }

    /**
     * What an old `--actors X` meant on a pipeline verb: an existing file or a .json name is the NLP stage's registry
     * (how the quotes stage read it), anything else compare's actor filter.
     */
    static String actorsMeaning(String value) {
        boolean file = value.toLowerCase(Locale.ROOT).endsWith(".json") || Files.isRegularFile(Path.of(value));
        return file ? "registry" : "compare-actors";
    }

    public static StageOptions stageOptions(ParsedOptions o) {
        return new StageOptions(IngestVerb.ingestOptions(o), QuotesVerb.nlpOptions(o), CompareVerb.parse(o));
    }
}
