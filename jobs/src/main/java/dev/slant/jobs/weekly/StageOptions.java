package dev.slant.jobs.weekly;

import dev.slant.jobs.compare.CompareOptions;
import dev.slant.jobs.ingest.IngestOptions;
import dev.slant.jobs.quotes.NlpStageOptions;

/**
 * Each stage's own typed options for one pipeline run (`run`, `demo`, `weekly`): built explicitly per stage, so an
 * option of one stage never reaches another by accident (the registry file is the NLP stage's, the actor filter
 * compare's).
 */
public record StageOptions(IngestOptions ingest, NlpStageOptions nlp, CompareOptions compare) {
    public static StageOptions defaults() {
        return new StageOptions(IngestOptions.defaults(), NlpStageOptions.defaults(), CompareOptions.defaults());
    }
}
