package dev.slant.models.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Reporting verbs and phrases (cues) of news attribution, with their inflected forms. */
final class Cues {
    /** Verbs that introduce speech or stance toward a quotation. */
    private static final String[] VERBS = {"say", "tell", "announce", "admit", "urge", "warn", "add", "state", "claim",
            "note", "insist", "argue", "explain", "assure", "stress", "emphasize", "emphasise", "declare", "reply",
            "respond", "write", "tweet", "acknowledge", "confirm", "deny", "suggest", "predict", "promise", "vow",
            "pledge", "threaten", "accuse", "call", "describe", "reject", "dismiss", "complain", "point", "recall",
            "expect", "ask", "demand", "agree", "concede", "caution", "comment", "remark", "reiterate", "underline",
            "underscore", "maintain", "contend", "allege", "charge", "mention", "observe", "boast", "joke", "quip",
            "conclude", "testify", "tout", "praise", "criticize", "criticise", "condemn", "blame", "denounce", "slam",
            "blast", "lament", "welcome", "signal", "indicate", "speak", "refer", "label", "brand", "dub", "report",
            "believe", "think", "hope", "fear", "question", "counter", "retort", "assert", "affirm", "reaffirm",
            "proclaim", "disclose", "reveal", "recount", "tell", "brief", "inform", "advise", "assert", "estimate",
            "forecast", "propose", "recommend", "acknowledge", "order", "caution", "continue", "concur"};
    /** Verbs that report an utterance: these also introduce indirect speech without marks (`X said that ...`). */
    private static final String[] SPEECH = {"say", "tell", "announce", "admit", "warn", "add", "state", "claim",
            "note", "insist", "argue", "explain", "assure", "stress", "emphasize", "emphasise", "declare", "reply",
            "respond", "write", "tweet", "acknowledge", "confirm", "deny", "suggest", "predict", "promise", "vow",
            "concede", "caution", "remark", "reiterate", "maintain", "contend", "allege", "charge", "observe", "boast",
            "conclude", "testify", "counter", "retort", "assert", "affirm", "reveal", "disclose", "report", "believe",
            "think", "estimate", "complain"};
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("said", "say"), Map.entry("says", "say"), Map.entry("told", "tell"),
            Map.entry("wrote", "write"), Map.entry("written", "write"), Map.entry("spoke", "speak"),
            Map.entry("spoken", "speak"), Map.entry("thought", "think"), Map.entry("dubbed", "dub"),
            Map.entry("dubbing", "dub"));
    private static final Map<String, String> FORMS = new HashMap<>();
    private static final Set<String> SPEECH_LEMMAS = new HashSet<>();

    static {
        for (String v : VERBS) {
            for (String f : forms(v)) {
                FORMS.putIfAbsent(f, v);
            }
        }
        FORMS.putAll(IRREGULAR);
        SPEECH_LEMMAS.addAll(java.util.List.of(SPEECH));
    }

    private Cues() {
    }

    /** The lemma of a cue verb form (`admits` → admit), or null when the word is no cue. */
    static String lemma(String word) {
        return FORMS.get(word.toLowerCase(Locale.ROOT));
    }

    static boolean isSpeech(String lemma) {
        return lemma != null && SPEECH_LEMMAS.contains(lemma);
    }

    private static Set<String> forms(String v) {
        Set<String> f = new HashSet<>();
        f.add(v);
        String stem = v.endsWith("e") ? v.substring(0, v.length() - 1) : v;
        if (v.endsWith("y") && !v.endsWith("ay") && !v.endsWith("ey") && !v.endsWith("oy")) {
            String b = v.substring(0, v.length() - 1);
            f.add(b + "ies");
            f.add(b + "ied");
        } else if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x")) {
            f.add(v + "es");
            f.add(v + "ed");
        } else {
            f.add(v + "s");
            f.add(v.endsWith("e") ? v + "d" : v + "ed");
        }
        f.add(stem + "ing");
        if (v.matches(".*[^aeiou][aeiou][bdgmnprt]") && v.length() <= 4) {
            char last = v.charAt(v.length() - 1);
            f.add(v + last + "ed");
            f.add(v + last + "ing");
        }
        return f;
    }
}
