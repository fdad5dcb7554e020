package dev.slant.models.quotes;

import java.util.List;

/**
 * One candidate speaker of a quotation: where the mention is (article offsets; the previous speaker's own mention for
 * {@link MentionKind#PREVIOUS}), the name it resolves to (null when it does not resolve), the registry actor, and
 * the ranker's 0/1 features by name.
 */
public record SpeakerCandidate(MentionKind kind, int start, int end, String mention, String name, String actorId,
                               List<String> features) {
}
