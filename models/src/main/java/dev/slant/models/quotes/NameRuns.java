package dev.slant.models.quotes;

import dev.slant.models.nlp.Interrupts;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The name inside a noun phrase: its proper-name run (`Dmitry Peskov` in `presidential spokesman Dmitry Peskov`),
 * widened for a body's name (`the Federal Bureau of Prisons`) and trimmed of a word capitalised only because it opens
 * the sentence (`Organizer Dwayne Croteau`).
 */
final class NameRuns {
    /** Words that make a capitalised run the name of a body, whose name keeps its `of` parts and adjectives. */
    private static final Set<String> ORGANISATION_WORDS = Set.of("Committee", "Commission", "Bureau", "Institute",
            "Center", "Centre", "Council", "Foundation", "Association", "Department", "Agency", "Party", "Office",
            "University", "Board", "Court", "Service", "Administration", "Federation", "Union", "League", "Society",
            "Coalition", "Alliance", "Fund", "Organization", "Organisation", "Caucus", "Network");
    private static final Set<String> NAME_JOINERS = Set.of("of", "on", "for");
    /** Months and weekdays: a date, never a speaker's name (`In April, ... said`, `Sunday's poll said`). */
    private static final Set<String> DATE_WORDS = Set.of("January", "February", "March", "April", "May", "June",
            "July", "August", "September", "October", "November", "December", "Monday", "Tuesday", "Wednesday",
            "Thursday", "Friday", "Saturday", "Sunday");
    /** Last words of the name of a law, plan or programme (`the Civil Rights Act`), which is no person. */
    private static final Set<String> ENACTMENT_WORDS = Set.of("Act", "Amendment", "Treaty", "Accord", "Agreement",
            "Plan", "Program", "Programme", "Initiative", "Protocol", "Doctrine", "Constitution");
    private static final Pattern NAME_TAIL = Pattern.compile("^-\\p{Ll}[\\p{L}]*");

    private final AttributionContext ctx;

    NameRuns(AttributionContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Titles before a name besides {@link NounPhrases#TITLE_WORDS}: a delegate (`Del. Stacey Plaskett`) and the
     * House's members and whips (`Congressman Ken Buck`, `Majority Whip Steve Scalise`).
     */
    private static final Set<String> MORE_TITLES = Set.of("Del.", "Delegate", "Congressman", "Congresswoman",
            "Whip", "Assemblyman", "Assemblywoman", "Councilman", "Councilwoman");

    /**
     * Words of a video or photo caption pasted into the text (`JUST WATCHED Romney concedes election Replay More Videos
     * ... MUST WATCH`, `Story highlights`): never part of a name.
     */
    private static final Set<String> CAPTION_WORDS = Set.of("JUST", "WATCHED", "MUST", "WATCH", "Replay", "Videos",
            "VIDEOS", "VIDEO", "Video", "PHOTO", "PHOTOS", "Photos", "READ", "MORE", "RELATED", "highlights",
            "Enlarge", "toggle", "caption");

    /** A caption word (`JUST WATCHED`, `Replay`), which no name contains. */
    static boolean isCaption(String word) {
        return CAPTION_WORDS.contains(word);
    }

    /** A title word before a name (`Sen.`, `Del.`, `Congressman`). */
    static boolean isTitle(String word) {
        return NounPhrases.TITLE_WORDS.contains(word) || MORE_TITLES.contains(word);
    }

    static boolean isProper(Token tok) {
        return (tok.tag() == null ? tok.isCapitalised() : tok.tagStarts("NNP")) && !isTitle(tok.word())
                && !isCaption(tok.word());
    }

    /** A month or weekday alone: what the tagger calls a proper noun is a date (`April`, `Sunday`), no name. */
    static boolean isDate(String name) {
        return DATE_WORDS.contains(name.trim());
    }

    /** The name of a law, plan or programme (`the Civil Rights Act`, `Clean Power Plan`): a thing, never a person. */
    static boolean isEnactment(String name) {
        String[] w = name.trim().split("\\s+");
        return w.length > 1 && ENACTMENT_WORDS.contains(w[w.length - 1]);
    }

    /** The proper-name run that ends the phrase [s, e) (its head), or null. */
    static TokenSpan headName(List<Token> t, int s, int e) {
        int k = e;
        while (k > s && isProper(t.get(k - 1))) {
            k--;
        }
        return k < e ? new TokenSpan(k, e) : null;
    }

    /** The first proper-name run of the phrase [s, e) not followed by a possessive, or null. */
    static TokenSpan firstName(List<Token> t, int s, int e) {
        int k = s;
        while (k < e) {
            if (isProper(t.get(k))) {
                int j = k;
                while (j < e && isProper(t.get(j))) {
                    j++;
                }
                boolean possessive = j < e && (t.get(j).word().equals("'s") || t.get(j).word().equals("’s"));
                if (!possessive) {
                    return new TokenSpan(k, j);
                }
                k = j;
            }
            k++;
        }
        return null;
    }

    /**
     * `the Federal Bureau of Prisons`, `the Commission on Presidential Debates`, `the Republican National Committee`:
     * a body's name runs over `of`/`on`/`for` and keeps the party or national adjective the title list would drop.
     */
    static TokenSpan widenOrganisation(List<Token> t, TokenSpan run, int s, int e) {
        int from = run.from();
        int to = run.to();
        boolean body = false;
        for (int k = Math.max(s, from - 3); k < Math.min(e, to + 4); k++) {
            body |= ORGANISATION_WORDS.contains(t.get(k).word());
        }
        if (!body) {
            return run;
        }
        while (to + 1 < e && NAME_JOINERS.contains(t.get(to).word()) && t.get(to + 1).isCapitalised()) {
            to += 2;
            while (to < e && t.get(to).isCapitalised()) {
                to++;
            }
        }
        while (from - 1 >= s && t.get(from - 1).isCapitalised() && !t.get(from - 1).word().equals("The")
                && (t.get(from - 1).tag() == null || t.get(from - 1).tagStarts("NNP")
                || t.get(from - 1).tagStarts("JJ"))) {
            from--;
        }
        // `Officials at the Center on Budget ...`: the body ends before a name of its own in the phrase
        while (from - 1 >= s && from < to && NAME_JOINERS.contains(t.get(from - 1).word())
                && from - 2 >= s && t.get(from - 2).isCapitalised()) {
            from -= 2;
            while (from - 1 >= s && t.get(from - 1).isCapitalised() && !t.get(from - 1).word().equals("The")) {
                from--;
            }
        }
        return new TokenSpan(from, to);
    }

    /**
     * `Organizer Dwayne Croteau` at a sentence start: a common noun capitalised by position is not part of the name,
     * nor is an inverted reporting verb (`Said Ellis: "…"`).
     */
    TokenSpan trimOpening(List<Token> t, TokenSpan run) {
        while (run != null && run.size() > 1 && opensSentence(t, run.from())
                && !NameForms.PARTICLES.contains(t.get(run.from()).word())
                && (lowerCaseElsewhere(t.get(run.from()).word()) || Cues.lemma(t.get(run.from()).word()) != null)) {
            run = new TokenSpan(run.from() + 1, run.to());
        }
        return run;
    }

    private boolean opensSentence(List<Token> t, int k) {
        return k == 0 || t.get(k - 1).word().matches("[\"“”'‘’`]+|--|—|-") || ctx.quoted().covers(t.get(k - 1));
    }

    /** The word also appears in lower case in the article (`organizer`), so its capital may be the sentence's. */
    private boolean lowerCaseElsewhere(String word) {
        String w = QuoteAttributor.lower(word);
        return !w.equals(word) && Pattern.compile("\\b" + Pattern.quote(w) + "\\b")
                .matcher(Interrupts.interruptible(ctx.text())).find();
    }

    /** `Park Geun-hye`, `Ban Ki-moon`: the tagger leaves a name's lower-case hyphenated tail out of the proper run. */
    String hyphenated(String name, int end) {
        Matcher m = NAME_TAIL.matcher(ctx.text().substring(end, Math.min(ctx.text().length(), end + 20)));
        return m.find() ? name + m.group() : name;
    }

    /** `Mr.`/`Ms.`/`Mrs.`/`Miss` among tokens [s, e): the gender a pronoun must agree with; else null. */
    static String honorificGender(List<Token> t, int s, int e) {
        for (int k = s; k < e; k++) {
            String w = t.get(k).word();
            if (w.startsWith("Mr")) {
                return "male";
            }
            if (w.startsWith("Ms") || w.startsWith("Mrs") || w.equals("Miss")) {
                return "female";
            }
        }
        return null;
    }
}
