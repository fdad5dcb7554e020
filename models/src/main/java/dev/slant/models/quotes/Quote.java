package dev.slant.models.quotes;

import java.io.Serializable;

/**
 * One quotation and who said it. kind: `direct` (a full quoted sentence), `partial` (a quoted fragment inside reported
 * speech) or `indirect` (reported speech without marks). Offsets are into the article text; `text` has no marks.
 * `speaker` is the name alone, or for a group or body without a name the words that describe it (`some residents`);
 * `speakerTitle` is the title or descriptor the mention puts before the name (`Nova Scotia Liberal MP`); `speakerType`
 * is person / organisation / group / unknown (see {@link SpeakerType}).
 */
public record Quote(String text, int charStart, int charEnd, String kind, String cue, String speakerMention,
                    String speaker, String speakerTitle, String speakerType, String actorId, String actorName,
                    String attributionMethod, double attributionConfidence) implements Serializable {
}
