package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name forms of one article (a first stage split out of {@link QuoteAttributor}, issue 13): the fullest form of a
 * name for the same person within one sentence, a registered actor's fullest name, and whether a registry match by
 * surname is really someone else of that name.
 */
final class NameForms {
    private final AnnotatedArticle a;
    private final ActorRegistry registry;
    private final Set<String> titleWords;
    private final java.util.Map<Integer, Boolean> namesakes = new java.util.HashMap<>();

    NameForms(AnnotatedArticle a, ActorRegistry registry, Set<String> titleWords) {
        this.a = a;
        this.registry = registry;
        this.titleWords = titleWords;
    }

    /**
     * A registered person matched by the surname alone where the article names someone else with that surname
     * (`Johnson` after `Homeland Security Secretary Jeh Johnson` is not Boris Johnson).
     */
    boolean namesake(ActorMatch m) {
        return namesakes.computeIfAbsent(m.start(), k -> isNamesake(m));
    }

    private boolean isNamesake(ActorMatch m) {
        if (!m.method().equals("name")) {
            return false;
        }
        if (inOtherPersonsName(m)) {
            return true;
        }
        String surface = stripHonorific(m.surface());
        if (surface.contains(" ")) {
            return false;
        }
        Actor act = registry.byId(m.actorId()).orElse(null);
        if (act == null || !act.isPerson()) {
            return false;
        }
        String full = fullestName(surface, m.start());
        return !full.equals(surface) && !firstWord(full).equals(firstWord(act.name()))
                && registry.resolveName(full).map(x -> !x.id().equals(act.id())).orElse(true);
    }

    /**
     * The NER reads the match as part of a longer person's name that ends in a word the actor's name lacks: `Ryan` in
     * `Ryan Ellis` is not Paul Ryan.
     */
    private boolean inOtherPersonsName(ActorMatch m) {
        Sentence s = a.sentences().isEmpty() ? null : a.sentences().get(a.sentenceAt(m.start()));
        if (s == null) {
            return false;
        }
        List<Token> t = s.tokens();
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == m.start()) {
                int[] p = s.entityAt(k, "PERSON");
                if (p == null || t.get(p[1] - 1).end() <= m.end()) {
                    return false;
                }
                String lastWord = t.get(p[1] - 1).word();
                Actor act = registry.byId(m.actorId()).orElse(null);
                return act != null && act.isPerson() && !act.name().contains(lastWord)
                        && Character.isUpperCase(lastWord.charAt(0));
            }
        }
        return false;
    }

    /** Particles of family names that are written in lower case after a first name (`Bill de Blasio`). */
    static final Set<String> PARTICLES = Set.of("De", "Van", "Von", "Du", "Di", "Da", "Del", "Le", "La");

    static String firstWord(String s) {
        return s.trim().split("\\s+")[0];
    }

    /** The longest name form of a registered actor found in the article (`Sergei Lavrov`), else its canonical name. */
    String fullestActorName(Actor act) {
        if (!act.isPerson()) {
            return act.name();
        }
        String best = null;
        for (ActorMatch m : a.actors()) {
            if (m.actorId().equals(act.id()) && m.method().equals("name")) {
                String s = stripTitles(stripHonorific(m.surface()));
                if (best == null || s.length() > best.length()) {
                    best = s;
                }
            }
        }
        return best == null || !best.contains(" ") ? act.name() : best;
    }

    /** `Secretary Clinton` is a title and a surname, not a fuller name than `Clinton`: leading title words go. */
    private String stripTitles(String s) {
        String[] w = s.trim().split("\\s+");
        int k = 0;
        while (k < w.length - 1 && titleWords.contains(w[k])) {
            k++;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length));
    }

    /**
     * Closed-class words that open sentences (wh-words, auxiliaries, determiners and possessive pronouns, sentence
     * adverbs, prepositions); none
     * is a first name, so one glued to a surname at a sentence's start is the sentence's word, not the name's.
     */
    private static final Set<String> OPENERS = Set.of("Then", "Maybe", "Perhaps", "To", "What", "Why", "How", "Who",
            "Where", "Does", "Do", "Did", "Is", "Was", "Were", "Are", "Would", "Could", "Should", "Can", "Has", "Have",
            "Had", "Another", "Some", "This", "That", "These", "Those", "Top", "Every", "Each", "Many", "Most", "Even",
            "Only", "Now", "Still", "Yet", "Instead", "Here", "There", "Thus", "Also", "Sure", "Yes", "No", "Not",
            "Neither", "Nor", "Either", "Both", "Let", "Unless", "Whether", "Until", "Of", "From", "By", "About", "His",
            "Her", "Their", "Its", "Our", "My", "Your", "All", "Any");

    /**
     * The word is one of the {@link #OPENERS} and opens its sentence (after `.`, `?`, `!`, a line break, a quotation
     * mark or a dash).
     */
    private boolean capitalisedByPosition(String word, int pos) {
        String text = a.text();
        int k = pos - 1;
        while (k >= 0 && text.charAt(k) == ' ') {
            k--;
        }
        return OPENERS.contains(word) && (k < 0 || ".?!\n\"“”'‘’—–-".indexOf(text.charAt(k)) >= 0);
    }

    /** A title's complement joined by `of`/`to the`/`for` runs before the name (`Director of National Intelligence`). */
    private static final Pattern TITLE_JOINER = Pattern.compile("\\b\\p{Lu}\\p{L}+ (of|to the|for|of the) $");

    /**
     * The capitalised run at `pos` follows a capitalised title and `of`, `to the` or `for`: its first words complete
     * the title (`Chief of Staff John Kelly`, `Ambassador to the United Nations Nikki Haley`, `Supervisor of Elections
     * Susan Bucher`; not `the editorial board of the Washington Post`).
     */
    private boolean afterTitleJoiner(int pos) {
        return TITLE_JOINER.matcher(a.text().substring(Math.max(0, pos - 40), pos)).find();
    }

    /** Where the first name starts among the words before the surname: the last word that is not an initial. */
    private static int firstNameAt(String[] words) {
        int j = words.length;
        while (j > 0 && words[j - 1].matches("\\p{Lu}\\.")) {
            j--;
        }
        return Math.max(0, j - 1);
    }

    static String stripHonorific(String s) {
        return s.replaceFirst("^((Mr|Mrs|Ms|Dr|Sens|Reps|Sen|Rep|Gov)\\.?|Del\\.) ", "");
    }

    /**
     * The fullest form of this name in the article, titles removed: capitalised runs ending with the name's last word,
     * within one sentence (no word ending a sentence, no line break), of the same person: the form nearest before
     * `pos` (else the first after) fixes the first name, and the longest form with that first name wins, so `Sinclair`
     * after `Murray Sinclair` is not widened to another Sinclair named elsewhere.
     */
    String fullestName(String name, int pos) {
        NameOccurrences found = occurrences.computeIfAbsent(name, this::longerForms);
        List<String> forms = found.forms();
        List<Integer> at = found.at();
        if (forms.isEmpty()) {
            return stripHonorific(name);
        }
        int pick = 0;
        for (int k = 0; k < forms.size(); k++) {
            if (at.get(k) <= pos) {
                pick = k;
            }
        }
        String first = forms.get(pick).split(" ")[0];
        String best = forms.get(pick);
        for (String f : forms) {
            if (f.split(" ")[0].equals(first) && f.length() > best.length()) {
                best = f;
            }
        }
        return stripHonorific(best);
    }

    /** The longer forms of a name in the article and where each is: one scan of the text per name and article. */
    private record NameOccurrences(List<String> forms, List<Integer> at) {
    }

    private final java.util.Map<String, NameOccurrences> occurrences = new java.util.HashMap<>();

    private NameOccurrences longerForms(String name) {
        String[] parts = name.split("\\s+");
        String lastWord = parts[parts.length - 1];
        String tail = Pattern.quote(lastWord);
        boolean particle = parts.length == 2 && PARTICLES.contains(parts[0]);
        if (particle) {
            // `De Blasio` opening a sentence is `Bill de Blasio`: the particle is lower case inside the full name
            tail = "(?:" + parts[0] + "|" + parts[0].toLowerCase(java.util.Locale.ROOT) + ") " + tail;
            lastWord = parts[0].toLowerCase(java.util.Locale.ROOT) + " " + lastWord;
        }
        Matcher m = Pattern.compile("((?:(?:[\\p{Lu}][\\p{L}'’-]*|[\\p{Lu}]\\.|Mr\\.|Mrs\\.|Ms\\.|Dr\\.|Sen\\.|Rep\\.|Gov\\.|"
                + "Gen\\.|Lt\\.|Sens\\.|Reps\\.|Rev\\.) +){1,4})" + tail + "\\b")
                .matcher(Interrupts.interruptible(a.text()));
        List<String> forms = new ArrayList<>();
        List<Integer> at = new ArrayList<>();
        while (m.find()) {
            String[] words = m.group(1).trim().split(" +");
            int k = words.length;
            // a title, a possessive, an inverted reporting verb (`Said Ellis:`) or a closed-class word (`So Far About
            // EgyptAir`, `Why Does Israel` in a headline) ends the name on the left
            while (k > 0 && !titleWords.contains(words[k - 1]) && !NameRuns.isTitle(words[k - 1])
                    && !OPENERS.contains(words[k - 1])
                    && !NameRuns.isCaption(words[k - 1]) && Cues.lemma(words[k - 1]) == null
                    && !words[k - 1].endsWith("'s")
                    && !words[k - 1].endsWith("’s") && !words[k - 1].endsWith("s’") && !words[k - 1].endsWith("s'")) {
                k--;
            }
            if (k == 0 && words.length > 0 && capitalisedByPosition(words[0], m.start())) {
                k = 1; // `Then Brafman exposed`, `Does Rubio, like Tilton,`: the sentence's first word, not a name's
            } else if (k > 0 && k < words.length && NameRuns.isCaption(words[k - 1]) && OPENERS.contains(words[k])) {
                k++; // `MUST WATCH Can Romney recover?`: a caption opens a sentence of its own
            }
            if (afterTitleJoiner(m.start())) {
                k = Math.max(k, firstNameAt(words)); // `Chief of Staff John Kelly`: `Staff` is the title's
            }
            StringBuilder sb = new StringBuilder();
            for (int x = k; x < words.length; x++) {
                sb.append(words[x]).append(' ');
            }
            String cand = stripHonorific(sb.append(particle ? m.group().substring(m.group(1).length()) : lastWord)
                    .toString());
            if (particle && cand.toLowerCase(java.util.Locale.ROOT).endsWith(name.toLowerCase(java.util.Locale.ROOT))
                    && cand.split("\\s+").length > 2 && cand.split("\\s+").length <= 4) {
                forms.add(cand);
                at.add(m.start());
                continue;
            }
            // `World War I. Trump`: a lone initial before the surname is not a first name
            if (cand.endsWith(name) && cand.length() > name.length() && cand.split("\\s+").length <= 4
                    && !(cand.matches("\\p{Lu}\\. \\S+"))) {
                forms.add(cand);
                at.add(m.start());
            }
        }
        return new NameOccurrences(forms, at);
    }
}
