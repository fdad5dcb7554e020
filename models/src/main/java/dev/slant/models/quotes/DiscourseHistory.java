package dev.slant.models.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the article has said so far about who is who, for pronouns and quotations without a cue of their own: the
 * people and bodies named (each an antecedent at its position) and the speaker of the last attributed quotation
 * with where it was. Antecedents stay sorted by position, as a pronoun looks back from its own.
 */
final class DiscourseHistory {
    /** A speaker the article names at char offset `pos`. */
    record Antecedent(int pos, Speaker speaker) {
    }

    private final AnnotatedArticle a;
    private final List<Antecedent> antecedents = new ArrayList<>();
    private Speaker last;
    private int lastSentence = -10;
    private int lastParagraph = -10;

    DiscourseHistory(AnnotatedArticle a) {
        this.a = a;
    }

    /** Adds an antecedent while the history is seeded; {@link #sort} must follow before any look-up. */
    void seed(int pos, Speaker sp) {
        antecedents.add(new Antecedent(pos, sp));
    }

    void sort() {
        antecedents.sort((x, y) -> Integer.compare(x.pos(), y.pos()));
    }

    /** Adds an antecedent the attribution found (a resolved subject, a quotation's speaker). */
    void add(int pos, Speaker sp) {
        seed(pos, sp);
        sort();
    }

    Set<Integer> positions() {
        Set<Integer> out = new HashSet<>();
        for (Antecedent m : antecedents) {
            out.add(m.pos());
        }
        return out;
    }

    List<Antecedent> snapshot() {
        return List.copyOf(antecedents);
    }

    /** Back to a snapshot's antecedents (the quotation's state is untouched). */
    void restore(List<Antecedent> saved) {
        antecedents.clear();
        antecedents.addAll(saved);
    }

    /** The speaker of a quotation just attributed in this sentence and paragraph, the entity in focus from now on. */
    void remember(Speaker sp, int sentence, int paragraph) {
        last = sp;
        lastSentence = sentence;
        lastParagraph = paragraph;
        if (sp.start() >= 0) {
            add(sp.start(), sp);
        }
    }

    Speaker last() {
        return last;
    }

    int lastSentence() {
        return lastSentence;
    }

    int lastParagraph() {
        return lastParagraph;
    }

    SpeakerRanker.Previous previous() {
        return new SpeakerRanker.Previous(last, lastSentence, lastParagraph);
    }

    /** Who pronoun `p` at char offset `pos` refers to, or null. */
    Speaker pronoun(String p, int pos) {
        // `Ditto said she expects`, `Ham went on to explain how he believes`: the person the pronoun's own sentence
        // is about comes before anyone quoted earlier or named nearer the pronoun as an object or possessor
        Speaker focus = focusBefore(pos, p);
        if (focus != null) {
            return focus;
        }
        // the entity in focus first: the previous quotation's speaker, when it was in this or the previous sentence
        int here = a.sentenceAt(pos);
        if (last != null && last.known() && lastSentence >= here - 1 && lastSentence <= here && last.start() < pos
                && compatible(p, last)) {
            return last;
        }
        for (int k = antecedents.size() - 1; k >= 0; k--) {
            Antecedent m = antecedents.get(k);
            if (m.pos() >= pos) {
                continue;
            }
            Speaker sp = m.speaker();
            if (!sp.known()) {
                continue;
            }
            if (compatible(p, sp)) {
                return sp;
            }
        }
        return null;
    }

    /**
     * The person the sentence holding `pos` is about, before `pos`: the first person named there who agrees with
     * `pronoun` (null: anyone), not a possessor (`Trump’s comments`) nor a preposition's object (`with Rusty
     * Humphries`); null when the sentence names no such person before `pos`.
     */
    Speaker focusBefore(int pos, String pronoun) {
        Sentence s = a.sentences().get(a.sentenceAt(pos));
        for (Antecedent m : antecedents) {
            if (m.pos() < s.start()) {
                continue;
            }
            if (m.pos() >= pos) {
                break;
            }
            Speaker sp = m.speaker();
            if (!sp.known() || !sp.person() || (pronoun != null && !compatible(pronoun, sp)) || possessor(sp)
                    || objectOfPreposition(s, m.pos())) {
                continue;
            }
            return sp;
        }
        return null;
    }

    private boolean possessor(Speaker sp) {
        return sp.end() > 0 && sp.end() < a.text().length()
                && (a.text().startsWith("'s", sp.end()) || a.text().startsWith("’s", sp.end())
                || a.text().startsWith("'", sp.end()) || a.text().startsWith("’", sp.end()));
    }

    private static final Set<String> PREPOSITIONS = Set.of("with", "to", "by", "for", "from", "about", "against",
            "of", "on", "at", "in", "into", "over", "under", "between", "among", "than", "like", "toward", "towards");
    /** Words tagged IN that open a clause, whose subject follows them (`As Ms. Simonyan put it`). */
    private static final Set<String> SUBORDINATORS = Set.of("as", "while", "because", "that", "after", "before",
            "if", "when", "since", "although", "though", "whether", "until", "unless", "once");

    /** The name at `pos` follows a preposition (`an interview with Rusty Humphries`). */
    private static boolean objectOfPreposition(Sentence s, int pos) {
        Token prev = null;
        for (Token t : s.tokens()) {
            if (t.start() >= pos) {
                break;
            }
            prev = t;
        }
        return prev != null && !SUBORDINATORS.contains(prev.lower())
                && (prev.tagStarts("IN") || prev.tagStarts("TO") || PREPOSITIONS.contains(prev.lower()));
    }

    private static boolean compatible(String pronoun, Speaker sp) {
        return switch (pronoun) {
            case "he" -> sp.person() && !"female".equals(sp.gender());
            case "she" -> sp.person() && !"male".equals(sp.gender());
            case "it", "they" -> !sp.person();
            default -> sp.person();
        };
    }
}
