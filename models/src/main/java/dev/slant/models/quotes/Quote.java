package dev.slant.models.quotes;

import java.io.Serializable;

/**
 * One quotation and who said it. kind: `direct` (a full quoted sentence), `partial` (a quoted fragment inside reported
 * speech) or `indirect` (reported speech without marks). Offsets are into the article text; `text` has no marks.
 */
public record Quote(String text, int charStart, int charEnd, String kind, String cue, String speakerMention,
                    String speaker, String actorId, String actorName, String attributionMethod,
                    double attributionConfidence) implements Serializable {
}
