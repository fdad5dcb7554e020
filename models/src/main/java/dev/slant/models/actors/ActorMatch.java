package dev.slant.models.actors;

/**
 * One place in a text that names a registered actor. method: `name` (canonical name or alias), `role` (a title
 * resolved by date), `metonym` (a capital standing for a body: only meaningful as a subject).
 */
public record ActorMatch(String actorId, String actorName, int start, int end, String surface, String method) {
}
