package dev.slant.models.quotes;

import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The person a definite description stands for, through a title the article gave earlier: `the governor` after
 * `Gov. Mike Pence`, `the president` after `President Obama`, `the Democratic nominee` after `Democratic nominee
 * Hillary Clinton` or `Hillary Clinton, the Democratic nominee`. The nearest earlier title wins; a description with
 * modifiers (`the Republican nominee`) needs them in the title too.
 */
final class TitleAntecedents {
    private TitleAntecedents() {
    }

    /** Heads of descriptions of one office holder, with the abbreviations news writing puts before names. */
    private static final Map<String, List<String>> HEADS = Map.ofEntries(
            Map.entry("president", List.of("President")), Map.entry("governor", List.of("Governor", "Gov.")),
            Map.entry("senator", List.of("Senator", "Sen.")), Map.entry("nominee", List.of("Nominee")),
            Map.entry("candidate", List.of("Candidate")), Map.entry("congressman", List.of("Rep.", "Congressman")),
            Map.entry("congresswoman", List.of("Rep.", "Congresswoman")), Map.entry("mayor", List.of("Mayor")),
            Map.entry("secretary", List.of("Secretary")), Map.entry("minister", List.of("Minister")),
            Map.entry("chancellor", List.of("Chancellor")), Map.entry("spokesman", List.of("Spokesman")),
            Map.entry("spokeswoman", List.of("Spokeswoman")), Map.entry("premier", List.of("Premier")),
            Map.entry("chairman", List.of("Chairman")), Map.entry("chairwoman", List.of("Chairwoman")),
            Map.entry("judge", List.of("Judge")), Map.entry("sheriff", List.of("Sheriff")),
            Map.entry("coach", List.of("Coach")), Map.entry("ceo", List.of("CEO")),
            Map.entry("director", List.of("Director")), Map.entry("commissioner", List.of("Commissioner")));
    private static final String NAME = "((?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)(?:\\s+(?:\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)){0,3})";
    private static final Pattern DESCRIPTION = Pattern.compile("(?i)^the\\s+((?:[\\p{L}-]+\\s+){0,3})([\\p{L}]+)$");

    /** The name an earlier title gives the description (`the governor` → `Mike Pence`), or null. */
    static String nameFor(String text, String description, int before) {
        if (description == null) {
            return null;
        }
        Matcher d = DESCRIPTION.matcher(description.trim().replaceAll("[,;:]+$", ""));
        if (!d.matches()) {
            return null;
        }
        String head = d.group(2).toLowerCase(Locale.ROOT);
        List<String> abbreviations = HEADS.get(head);
        if (abbreviations == null) {
            return null;
        }
        List<String> modifiers = new ArrayList<>();
        for (String w : d.group(1).trim().split("\\s+")) {
            if (!w.isBlank()) {
                modifiers.add(w.toLowerCase(Locale.ROOT));
            }
        }
        // the article so far, read through the interrupt check: these scans cover the whole text before the quotation
        CharSequence earlier = Interrupts.interruptible(text)
                .subSequence(0, Math.max(0, Math.min(before, text.length())));
        int bestAt = -1;
        String best = null;
        List<Pattern> forms = new ArrayList<>();
        for (String t : abbreviations) {
            // `Gov. Mike Pence`, `Democratic presidential nominee Hillary Clinton`
            forms.add(Pattern.compile("((?:[\\p{L}-]+\\s+){0,3})" + Pattern.quote(t) + "\\s+" + NAME));
        }
        forms.add(Pattern.compile("((?:[\\p{L}-]+\\s+){0,3})(?i:" + Pattern.quote(head) + ")\\s+" + NAME));
        for (Pattern p : forms) {
            Matcher m = p.matcher(earlier);
            while (m.find()) {
                if (m.start(2) > bestAt && modifiersIn(modifiers, m.group(1))) {
                    bestAt = m.start(2);
                    best = m.group(2);
                }
            }
        }
        // `Hillary Clinton, the Democratic nominee`
        Matcher app = Pattern.compile(NAME + ",\\s+(?:the|a|an)\\s+((?:[\\p{L}-]+\\s+){0,4})(?i:" + Pattern.quote(head)
                + ")\\b").matcher(earlier);
        while (app.find()) {
            if (app.start(1) > bestAt && modifiersIn(modifiers, app.group(2))) {
                bestAt = app.start(1);
                best = app.group(1);
            }
        }
        return best == null ? null : best.replaceAll("['’]s?$", "").trim();
    }

    private static boolean modifiersIn(List<String> modifiers, String context) {
        String c = " " + context.toLowerCase(Locale.ROOT).trim() + " ";
        for (String m : modifiers) {
            if (!c.contains(" " + m + " ")) {
                return false;
            }
        }
        return true;
    }
}
