package dev.slant.models.quotes;

/**
 * A sentence naming a registered actor: the sentence's offsets and text, the actor, and the words that name it
 * (method `name`, `role`, `metonym`, or `pronoun` for a subject pronoun resolved to the actor).
 */
public record ActorSentence(int sentenceIndex, int sentenceStart, int sentenceEnd, String sentenceText, String actorId,
                            String actorName, int mentionStart, int mentionEnd, String surface, String method) {
}
