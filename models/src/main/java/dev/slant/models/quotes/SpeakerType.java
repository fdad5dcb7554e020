package dev.slant.models.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * What kind of speaker a quotation has (`quotes.speaker_type`): a named or described person, an organisation or body
 * (`the EU`, a metonym such as `Moscow`), a group of people (`some residents`, `Prosecutors`), or unknown (an
 * unresolved `they`, a description that could be either).
 */
public enum SpeakerType {
    PERSON, ORGANISATION, GROUP, UNKNOWN;

    /** Head nouns of descriptions that name a body rather than people. */
    private static final Set<String> BODY_HEADS = Set.of("agency", "department", "ministry", "government", "utility",
            "company", "firm", "campaign", "committee", "police", "court", "party", "office", "board", "union",
            "university", "organization", "organisation", "network", "administration", "council", "commission",
            "newspaper", "website", "institute", "association", "group", "bank", "army", "military", "embassy",
            "service", "authority", "club", "team", "league", "federation", "foundation", "center", "centre",
            "county", "city", "state", "province", "district", "school", "hospital", "corporation", "coalition",
            "bureau", "statement", "report", "study", "poll", "survey", "kremlin", "pentagon", "congress", "senate");
    /** Head nouns of descriptions of one person. */
    private static final Set<String> PERSON_HEADS = Set.of("spokesman", "spokeswoman", "spokesperson", "official",
            "president", "governor", "senator", "candidate", "nominee", "minister", "secretary", "mayor", "chief",
            "director", "leader", "man", "woman", "mother", "father", "wife", "husband", "son", "daughter", "friend",
            "source", "aide", "adviser", "advisor", "commissioner", "manager", "coach", "judge", "lawyer", "attorney",
            "analyst", "expert", "professor", "doctor", "resident", "witness", "victim", "officer", "owner", "founder",
            "chairman", "chairwoman", "ceo", "executive", "representative", "member", "player", "organizer", "author",
            "economist", "strategist", "pollster", "host", "reporter", "neighbour", "neighbor", "student", "teacher");
    private static final Set<String> GROUP_WORDS = Set.of("people", "police", "staff", "media", "critics", "officials",
            "residents", "voters", "experts", "others", "many", "some", "both", "supporters", "opponents");

    /** A word that can head a description of a speaker (`utility`, `spokeswoman`, `residents`). */
    static boolean describesSpeaker(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (BODY_HEADS.contains(w) || PERSON_HEADS.contains(w) || GROUP_WORDS.contains(w)) {
            return !Set.of("statement", "report", "study", "poll", "survey", "many", "some", "both", "others", "state",
                    "city", "county", "province", "district", "man", "woman").contains(w);
        }
        return w.length() > 3 && w.endsWith("s") && PERSON_HEADS.contains(w.substring(0, w.length() - 1));
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The type of a description without a name (`the utility`, `some residents`, `a spokesman`) by its head noun. */
    static SpeakerType ofDescription(String words) {
        String[] w = words.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} '’-]", " ").trim().split("\\s+");
        String head = w[w.length - 1].replaceAll("['’]s?$", "");
        if (head.equals("they") || head.equals("it") || head.equals("we")) {
            return UNKNOWN;
        }
        if (head.equals("he") || head.equals("she") || head.equals("i")) {
            return PERSON;
        }
        if (BODY_HEADS.contains(head)) {
            return ORGANISATION;
        }
        if (PERSON_HEADS.contains(head)) {
            return PERSON;
        }
        if (GROUP_WORDS.contains(head) || head.length() > 3 && head.endsWith("s") && !head.endsWith("ss")
                && PERSON_HEADS.contains(head.substring(0, head.length() - 1))) {
            return GROUP;
        }
        if (head.length() > 3 && head.endsWith("s") && !head.endsWith("ss") && !head.endsWith("us")) {
            return GROUP;
        }
        return UNKNOWN;
    }

    /** The type of a proper name not in the registry: a body when a word says so (`National Institute on ...`). */
    static SpeakerType ofName(String name) {
        for (String w : name.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (BODY_HEADS.contains(w) || Set.of("inc", "ltd", "corp", "news", "times", "post", "journal", "press",
                    "hydro", "mobile", "reuters", "nations", "house").contains(w)) {
                return ORGANISATION;
            }
        }
        return PERSON;
    }
}
