package dev.slant.jobs.weekly;

import java.nio.file.Path;
import java.util.List;

/**
 * Stands in until the launcher binds the real stages: a weekly run with nothing new in the inbox still writes its
 * reports, and one with new files fails loudly instead of pretending to have processed them.
 */
final class UnboundStages implements PipelineStages {
    private static final String WHY = "the ingest/quotes/compare stages are not bound to `weekly` in this build "
            + "(see PipelineStages); nothing was processed";

    @Override
    public IngestResult ingest(List<Path> inputs) {
        throw new IllegalStateException(WHY);
    }

    @Override
    public long quotes(List<String> articleIds) {
        throw new IllegalStateException(WHY);
    }

    @Override
    public void compare() {
        throw new IllegalStateException(WHY);
    }
}
