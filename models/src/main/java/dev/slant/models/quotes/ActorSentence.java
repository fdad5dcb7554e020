package dev.slant.models.quotes;

/**
 * A sentence naming a registered actor: the sentence's offsets and text, the actor, and the words that name it and
 * how ({@link MentionMethod}).
 */
public record ActorSentence(int sentenceIndex, int sentenceStart, int sentenceEnd, String sentenceText, String actorId,
                            String actorName, int mentionStart, int mentionEnd, String surface, MentionMethod method) {
}
