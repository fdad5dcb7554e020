package dev.slant.models.quotes;

import java.util.List;
import java.util.Set;

/**
 * A quotation and its speaker as one row of the `quotes` table: the speaker's name alone, the title before it, the
 * words of a group or body without a name (`some residents`), and the speaker's type.
 */
final class QuoteRows {
    private QuoteRows() {
    }

    /** The quotation at characters [start, end) of the article, said by sp (null: nobody found). */
    static Quote of(String article, int start, int end, QuoteKind quoteKind, String cue, Speaker sp) {
        String text = article.substring(start, end);
        String kind = quoteKind.label();
        if (sp == null) {
            return new Quote(text, start, end, kind, cue, null, null, null, null, null, null, null, 0.0);
        }
        String name = sp.name();
        SpeakerType type;
        if (sp.actorId() != null) {
            type = sp.person() ? SpeakerType.PERSON : SpeakerType.ORGANISATION;
        } else if (name != null) {
            type = sp.method() == AttributionMethod.PRONOUN || !sp.person() ? SpeakerType.ofDescription(sp.mention())
                    : SpeakerType.ofName(name);
            if (type == SpeakerType.UNKNOWN) {
                type = SpeakerType.ofName(name);
            }
            if (type == SpeakerType.PERSON && !sp.person() && sp.method() != AttributionMethod.PRONOUN) {
                type = SpeakerType.ORGANISATION; // a name the NER calls an ORGANIZATION (`Greenpeace`)
            }
        } else if (description(sp.mention())) {
            // a group or body without a name keeps its words (`some residents`, `the utility`)
            name = sp.mention().replaceAll("[,;:]+$", "").trim();
            type = SpeakerType.ofDescription(name);
        } else {
            type = SpeakerType.ofDescription(sp.mention());
        }
        return new Quote(text, start, end, kind, cue, sp.mention(), name, titleOf(sp.mention(), sp.name()),
                type.label(), sp.actorId(), sp.actorName(), sp.method().label(), sp.confidence());
    }

    /** Heads of time expressions, which are never speakers (`last month`, `the past`). */
    private static final Set<String> TIME_WORDS = Set.copyOf(List.of("month", "months", "week", "weeks", "year",
            "years", "day",
            "days", "past", "time", "times", "today", "yesterday", "tomorrow", "night", "morning", "afternoon",
            "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "hour", "hours", "minute", "minutes", "decade", "decades", "now", "then"));

    /** A short description that can stand for its speaker (`some residents`, `Prosecutors`), not a pronoun. */
    private static boolean description(String mention) {
        if (mention == null) {
            return false;
        }
        String m = mention.trim();
        String[] w = QuoteAttributor.lower(m).split("[^\\p{L}]+");
        if (w.length == 0 || TIME_WORDS.contains(w[w.length - 1]) || m.matches(".*['’]s?\\s+\\p{Ll}+s?$")
                && !m.matches("(?i).*(campaign|office|government|spokesman|spokeswoman).*")) {
            return false; // a time, or `Obama's actions` (a thing someone has, not a speaker)
        }
        int words = m.split("\\s+").length;
        return words <= 6 && !NounPhrases.PRONOUNS.contains(QuoteAttributor.lower(m))
                && m.chars().anyMatch(Character::isLetter)
                && !m.matches(".*[\"“”].*");
    }

    /**
     * The title or descriptor before the name in the mention (`Nova Scotia Liberal MP` in `Nova Scotia Liberal MP Sean
     * Fraser`, `Sen.` in `Sen. Ted Cruz`), without a leading article; null when the mention is the name alone.
     */
    static String titleOf(String mention, String name) {
        if (mention == null || name == null) {
            return null;
        }
        String[] nw = name.split("\\s+");
        int at = -1;
        for (String w : nw) {
            at = mention.indexOf(w);
            if (at >= 0 && (at == 0 || !Character.isLetter(mention.charAt(at - 1)))) {
                break;
            }
            at = -1;
        }
        if (at <= 0) {
            return null;
        }
        String t = mention.substring(0, at).trim().replaceAll("[,(]+$", "").trim()
                .replaceFirst("(?i)^(the|a|an)\\s+", "");
        return t.isEmpty() || t.matches("(?i)the|a|an|and|but") || t.endsWith("'s") || t.endsWith("’s") ? null : t;
    }

}
