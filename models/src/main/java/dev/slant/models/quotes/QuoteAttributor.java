package dev.slant.models.quotes;

import dev.slant.models.actors.Actor;
import dev.slant.models.actors.ActorMatch;
import dev.slant.models.actors.ActorRegistry;
import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Attributes the quotations of one article to speakers with news-writing patterns over POS-tagged tokens:
 * `X said`/`X admits that` (subject-verb), `said X` (verb-subject), `X, the spokesman, said` (apposition),
 * `according to X` / `according to his counterpart, X`, titles resolved by the article date (role), pronouns resolved
 * to the last compatible person (pronoun), a quote with no cue of its own continuing the previous attribution
 * (continuation), bodies and capitals as subjects (`Moscow expects`). Also finds indirect speech without marks.
 *
 * <p>When a sentence has several cues, a reporting clause after the quotation (`"...", X announced`) wins over a
 * cue before it, except a relay by a news medium (`according to Europa Press`), which only counts when nothing
 * else names a speaker.
 */
public final class QuoteAttributor {
    private static final Set<String> SKIP_BEFORE_CUE = setOf("has", "have", "had", "will", "would", "did", "does",
            "do", "is", "was", "also", "not", "never", "then", "again", "recently", "previously", "already", "has",
            "just", "repeatedly", "once", "later", "earlier", "further", "publicly", "privately", "reportedly",
            "flatly", "strongly", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "yesterday", "today", "tonight", "on", "firmly", "clearly", "been", "could", "should", "may", "might", "can", "had",
            "n't", "'s", "last", "this", "week", "month", "year", "night", "morning", "afternoon", "evening", "weekend",
            "ago", "even", "still", "too", "officially", "specifically", "explicitly", "openly", "bluntly");
    private static final Set<String> CLAUSE_BREAKS = Set.of("while", "whereas", "but", "although", "though",
            "meanwhile", ";", "whilst");
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we");
    private static final Set<String> TITLE_WORDS = setOf("President", "Vice", "Secretary", "Minister", "Foreign",
            "Defence", "Defense", "Prime", "Chancellor", "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Mrs", "Ms", "Sen.",
            "Senator", "Rep.", "Gov.", "Governor", "General", "Gen.", "Spokesman", "Spokeswoman", "State", "Press",
            "Deputy", "Ambassador", "Chief", "Director", "Leader", "Speaker", "Representative", "Judge", "Justice",
            "Attorney", "Adm.", "Col.", "Lt.", "Sgt.", "Capt.", "Prof.", "Professor", "Mayor", "King", "Queen",
            "Prince", "Pope", "Chairman", "Chairwoman", "Commissioner", "Officer", "Former", "Presidential",
            "Candidate", "Nominee", "Democrat", "Republican", "Sir", "Lord", "Lady", "Dame", "Rev.", "Reverend",
            "Pentagon", "Kremlin", "White", "House", "US", "U.S.", "UK", "EU", "UN", "U.N.", "NATO", "Ministry",
            "Department", "Office", "Secretary-General", "Governor-elect", "President-elect", "Senate", "Congress",
            "Mrs.", "Miss", "MP", "MPP", "MLA", "MNA", "Premier", "Councillor", "Coun.", "Const.", "Cpl.", "Supt.",
            "Insp.", "Det.", "Detective", "Sheriff", "Coach", "Organizer", "Organiser", "CEO", "Spokesperson", "Dean",
            "Sens.", "Reps.", "Chair", "Despite", "Like", "Unlike", "With", "Without", "Rival",
            "Billionaire", "Businessman", "Businesswoman", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "The",
            "And", "But", "However", "Meanwhile", "While", "Although", "Though", "Since", "Because", "Also", "So", "In", "On", "At", "For", "When", "After", "Before", "As", "If");
    private static final Set<String> PERSON_TITLES = setOf("Mr.", "Mrs.", "Ms.", "Mr", "Mrs", "Ms", "Dr.", "Sen.",
            "Senator", "Rep.", "Representative", "Gov.", "Governor", "Gen.", "General", "President", "Secretary",
            "Minister", "Chairman", "Chairwoman", "Judge", "Justice", "Lt.", "Col.", "Adm.", "Sgt.", "Capt.", "Prof.",
            "Professor", "Mayor", "Ambassador", "Chancellor", "Premier", "spokesman", "spokeswoman", "spokesperson",
            "Speaker", "Director", "Commissioner", "Pope", "King", "Queen", "Prince", "Sir", "Dame", "Rev.");
    private static final Pattern MEDIA = Pattern.compile(
            "(?i)\\b(news agency|agency|media|press|newspaper|reports?|reporting|reuters|ap|afp|tass|interfax|ria|"
                    + "bloomberg|cnn|bbc|times|post|journal|television|tv|outlet|website|magazine|daily|sources?|"
                    + "polls?|survey|data|figures|statistics|study|analysis|estimates?)\\b");

    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private final AnnotatedArticle a;
    private final ActorRegistry registry;
    private final boolean[] quoteChar;
    private final List<Mention> history = new ArrayList<>();
    private final NameForms names;
    private Speaker last;
    private int lastSentence = -10;
    private int lastParagraph = -10;
    private final SpeakerRanker ranker;

    private QuoteAttributor(AnnotatedArticle a, ActorRegistry registry, SpeakerModel model,
                            java.util.function.Consumer<CandidateSet> sink) {
        this.a = a;
        this.registry = registry;
        this.names = new NameForms(a, registry, TITLE_WORDS);
        this.quoteChar = new boolean[a.text().length() + 1];
        for (MarkedSpan m : a.marked()) {
            if (!m.scare()) {
                int from = Math.max(0, m.openMark());
                int to = m.closeMark() >= 0 ? m.closeMark() + 1 : m.end();
                for (int i = from; i < to && i < quoteChar.length; i++) {
                    quoteChar[i] = true;
                }
            }
        }
        for (ActorMatch m : a.actors()) {
            if (!quoteChar[m.start()] && !names.namesake(m)) {
                registry.byId(m.actorId()).ifPresent(act -> history.add(new Mention(m.start(), speakerOf(act,
                        m.surface(), m.start(), m.end(), m.method(), 0.9))));
            }
        }
        addTitledPeople();
        addRecognisedPeople();
        history.sort((x, y) -> Integer.compare(x.pos, y.pos));
        this.ranker = new SpeakerRanker(a, quoteChar, this::resolve, model, sink);
    }

    /**
     * People outside the registry become pronoun antecedents when a title marks them as people (`Sen. David Perdue`,
     * `Mr. McKinley`, `Secretary General Ban Ki-moon`): without NER, a bare capitalised run could be a place.
     */
    private void addTitledPeople() {
        for (Sentence s : a.sentences()) {
            dev.slant.models.nlp.Interrupts.check();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size() - 1; i++) {
                String w = t.get(i).word();
                if (!PERSON_TITLES.contains(w) || quoteChar[t.get(i).start()]) {
                    continue;
                }
                int k = i + 1;
                while (k < t.size() && TITLE_WORDS.contains(t.get(k).word())) {
                    k++;
                }
                int j = k;
                while (j < t.size() && j - k < 4 && t.get(j).isCapitalised() && !TITLE_WORDS.contains(t.get(j).word())
                        && (t.get(j).tag() == null || t.get(j).tagStarts("NNP"))) {
                    j++;
                }
                if (j == k || coveredByRegistry(t.get(k).start())) {
                    continue;
                }
                String n = a.text().substring(t.get(k).start(), t.get(j - 1).end());
                String gender = w.startsWith("Mr") ? "male" : w.startsWith("Ms") || w.startsWith("Mrs") ? "female" : null;
                history.add(new Mention(t.get(k).start(), new Speaker(n, t.get(k).start(), t.get(j - 1).end(),
                        names.fullestName(n, t.get(k).start()), null, null, true, gender, "name", 0.8)));
                i = j - 1;
            }
        }
    }

    /**
     * People the NER finds (`Ryan Ellis`, `Jessica Ditto`), outside the registry and without a title, become pronoun
     * antecedents too: the recogniser tells a person from a place where the chunker could not.
     */
    private void addRecognisedPeople() {
        Set<Integer> known = new java.util.HashSet<>();
        for (Mention m : history) {
            known.add(m.pos);
        }
        for (Sentence s : a.sentences()) {
            dev.slant.models.nlp.Interrupts.check();
            List<Token> t = s.tokens();
            for (int i = 0; i < t.size(); i++) {
                int[] p = s.entityAt(i, "PERSON");
                if (p == null) {
                    continue;
                }
                i = p[1] - 1;
                int from = t.get(p[0]).start();
                if (quoteChar[from] || known.contains(from) || !plausiblePerson(t, p)) {
                    continue;
                }
                int to = t.get(p[1] - 1).end();
                String n = a.text().substring(from, to);
                String full = names.fullestName(n, from);
                // `Clinton` that the registry leaves alone (two Clintons) is the article's fullest `Hillary Clinton`
                Optional<Actor> act = registry.resolveName(full);
                String gender = p[0] > 0 ? honorificGender(t, p[0] - 1, p[0]) : null;
                history.add(new Mention(from, act.isPresent() ? speakerOf(act.get(), n, from, to, "name", 0.8)
                        : new Speaker(n, from, to, full, null, null, true, gender, "name", 0.8)));
            }
        }
    }

    /**
     * A PERSON span the attributor can trust: capitalised at its end, at most four words, no registered actor in it
     * (`Crooked Hillary Clinton` is the registry's), and no reporting verb (a headline's `Chris Christie Calls Hillary
     * Clinton` is not one name).
     */
    private boolean plausiblePerson(List<Token> t, int[] p) {
        if (p[1] - p[0] > 4 || !t.get(p[1] - 1).isCapitalised()) {
            return false;
        }
        for (int k = p[0]; k < p[1]; k++) {
            if (registeredAt(t.get(k).start()) || Cues.lemma(t.get(k).word()) != null) {
                return false;
            }
        }
        return true;
    }

    /** A registry match that is not a namesake covers `pos` (`Ryan` in `Ryan Ellis` is no registry match). */
    private boolean registeredAt(int pos) {
        for (ActorMatch m : a.actors()) {
            if (m.start() <= pos && pos < m.end() && !names.namesake(m)) {
                return true;
            }
        }
        return false;
    }

    private boolean coveredByRegistry(int pos) {
        for (ActorMatch m : a.actors()) {
            if (m.start() <= pos && pos < m.end()) {
                return true;
            }
        }
        return false;
    }

    /** Every quotation of the article (marked and indirect), attributed, in text order. */
    public static List<Quote> attribute(AnnotatedArticle article, ActorRegistry registry) {
        return attribute(article, registry, SpeakerModel.bundled(), null);
    }

    /**
     * Every quotation, with this speaker model (null: the rules alone); sink (may be null) receives the candidate
     * speakers of each quotation in marks as the ranker saw them.
     */
    static List<Quote> attribute(AnnotatedArticle article, ActorRegistry registry, SpeakerModel model,
                                 java.util.function.Consumer<CandidateSet> sink) {
        return new QuoteAttributor(article, registry, model, sink).run();
    }

    /** Sentences naming registered actors, including subject pronouns resolved to one (see ActorMentions). */
    static List<ActorSentence> mentions(AnnotatedArticle article, ActorRegistry registry) {
        return new QuoteAttributor(article, registry, null, null).actorSentences();
    }

    /**
     * The actor sentences and the quotations of one article from this one attributor (see {@link ArticleNlp}). The
     * mentions' pronouns resolve against the names the article gives (registry matches, titled people) and the
     * subjects resolved before them, as they always have; the quotations then start again from those names alone, so
     * both come out exactly as from two attributors of their own.
     */
    static ArticleAnalysis analyse(AnnotatedArticle article, ActorRegistry registry, SpeakerModel model) {
        QuoteAttributor qa = new QuoteAttributor(article, registry, model, null);
        List<Mention> named = List.copyOf(qa.history);
        List<ActorSentence> mentions = qa.actorSentences();
        qa.history.clear();
        qa.history.addAll(named);
        return new ArticleAnalysis(article, qa.run(), mentions);
    }

    /** Mutates {@link #history} (each resolved subject pronoun becomes an antecedent); reads no quotation state. */
    private List<ActorSentence> actorSentences() {
        AnnotatedArticle article = a;
        List<ActorSentence> out = new ArrayList<>();
        List<ActorMatch> matches = article.actors();
        int mi = 0;
        for (Sentence s : article.sentences()) {
            dev.slant.models.nlp.Interrupts.check();
            String text = article.text().substring(s.start(), s.end());
            while (mi < matches.size() && matches.get(mi).start() < s.start()) {
                mi++;
            }
            for (int k = mi; k < matches.size() && matches.get(k).start() < s.end(); k++) {
                ActorMatch m = matches.get(k);
                out.add(new ActorSentence(s.index(), s.start(), s.end(), text, m.actorId(), m.actorName(), m.start(),
                        m.end(), m.surface(), MentionMethod.of(m.method())));
            }
            // only a pronoun subject adds a mention: a sentence without a pronoun is not resolved at all (resolving
            // every sentence's subject cost as much again as finding the article's quotes)
            if (s.tokens().stream().anyMatch(QuoteAttributor::isPronoun)) {
                Speaker sub = clauseSubject(s, s.end());
                if (sub != null && "pronoun".equals(sub.method()) && sub.actorId() != null) {
                    out.add(new ActorSentence(s.index(), s.start(), s.end(), text, sub.actorId(), sub.actorName(),
                            sub.start(), sub.end(), sub.mention(), MentionMethod.PRONOUN));
                    history.add(new Mention(sub.start(), sub));
                    history.sort((x, y) -> Integer.compare(x.pos, y.pos));
                }
            }
        }
        return out;
    }

    private record Mention(int pos, Speaker speaker) {
    }

    private record Cue(String text, int tokenIndex, int start, int end, boolean accordingTo) {
    }

    private record Candidate(Cue cue, Speaker speaker, double score) {
    }

    private List<Quote> run() {
        List<Quote> out = new ArrayList<>();
        List<MarkedSpan> marked = a.marked();
        boolean[] sentenceHasQuote = new boolean[a.sentences().size()];
        int mi = 0;
        for (Sentence s : a.sentences()) {
            dev.slant.models.nlp.Interrupts.check();
            // indirect speech only in sentences without quotation marks; quotes first, in order
            List<MarkedSpan> here = new ArrayList<>();
            while (mi < marked.size() && marked.get(mi).openMark() < s.end()) {
                here.add(marked.get(mi));
                mi++;
            }
            for (MarkedSpan m : here) {
                if (m.scare()) {
                    continue;
                }
                for (int k = a.sentenceAt(m.start()); k <= a.sentenceAt(Math.max(m.start(), m.end() - 1)); k++) {
                    sentenceHasQuote[k] = true;
                }
                Quote q = attributeMarked(m, marked);
                if (q != null) {
                    out.add(q);
                }
            }
            if (!sentenceHasQuote[s.index()] && here.stream().allMatch(MarkedSpan::scare)) {
                out.addAll(indirect(s));
            }
        }
        out.sort((x, y) -> Integer.compare(x.charStart(), y.charStart()));
        return out;
    }

    private Quote attributeMarked(MarkedSpan m, List<MarkedSpan> marked) {
        int firstSentence = a.sentenceAt(m.openMark());
        int lastSentenceIdx = a.sentenceAt(Math.max(m.start(), m.end() - 1));
        Speaker sp = null;
        String cueText = null;
        MarkedSpan groupHead = marked.get(m.group());
        Speaker label = transcriptLabel(m); // `"PENCE: Well, look, …`: a transcript names its speaker in capitals
        if (label != null) {
            sp = label;
        } else if (groupHead != m && last != null) {
            // a later paragraph of a multi-paragraph quotation: same speaker as its first paragraph
            sp = last.withMethod("continuation", Math.min(0.8, last.confidence()));
        }
        if (sp == null) {
            Candidate best = null;
            for (int k = firstSentence; k <= lastSentenceIdx; k++) {
                Candidate c = bestCue(a.sentences().get(k), m);
                if (c != null && (best == null || c.score > best.score)) {
                    best = c;
                }
            }
            // `"Does anybody know ...?" Graham asked.`: the splitter ends the sentence at the question mark
            if (best == null && lastSentenceIdx + 1 < a.sentences().size() && m.closeMark() >= 0) {
                Sentence after = a.sentences().get(lastSentenceIdx + 1);
                char endsWith = a.text().charAt(m.end() - 1);
                boolean ownQuote = false;
                for (int k = after.start(); k < after.end(); k++) {
                    ownQuote |= quoteChar[k];
                }
                if (after.paragraph() == a.sentences().get(lastSentenceIdx).paragraph() && "?!.,".indexOf(endsWith) >= 0
                        && after.start() - m.closeMark() <= 3 && !after.tokens().isEmpty() && !ownQuote) {
                    Candidate c = bestCue(after, m);
                    if (c != null && c.cue.tokenIndex <= 6) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                sp = best.speaker;
                cueText = best.cue.text;
            }
        }
        Sentence s = a.sentences().get(firstSentence);
        String quoted = a.text().substring(m.start(), m.end());
        if (cueText == null && groupHead == m && titleCase(quoted)
                && quoted.trim().split("\\s+").length <= QuoteExtractor.SCARE_MAX_WORDS) {
            return null; // `the hackers known as "Cozy Bear"`: a name in marks that nobody is quoted saying
        }
        if (sp == null && groupHead == m) {
            sp = dashAttribution(m); // before any fallback: the dash names this quotation's speaker outright
        }
        if (sp == null) {
            Speaker subject = clauseSubject(s, m.openMark());
            boolean namedSubject = subject != null && subject.known() && !"pronoun".equals(subject.method());
            boolean recent = last != null && (lastSentence >= firstSentence - 2 && lastParagraph >= s.paragraph() - 1);
            if (namedSubject) {
                sp = subject.withMethod("subject", 0.45);
            } else if (recent) {
                sp = last.withMethod("continuation", 0.6);
            } else if (subject != null && subject.known()) {
                sp = subject.withMethod("pronoun", 0.4);
            }
        }
        if (sp == null && m.length() < 40 && titleCase(a.text().substring(m.start(), m.end()))) {
            return null; // a capitalised name in marks with nobody saying it: a title or term, not a quotation
        }
        if (groupHead == m) { // a later paragraph of a multi-paragraph quotation keeps its first paragraph's speaker
            sp = ranker.choose(m, m.direct() ? "direct" : "partial", sp,
                    new SpeakerRanker.Previous(last, lastSentence, lastParagraph));
        }
        if (sp != null && sp.known()) {
            remember(sp, firstSentence, s.paragraph());
        }
        return quote(m.start(), m.end(), m.direct() ? "direct" : "partial", cueText, sp);
    }

    /** A transcript's speaker label opening a paragraph: one to three words in capitals and a colon. */
    private static final Pattern LABEL = Pattern.compile("(?m)^[\"“”]?[ \\t]*(\\p{Lu}[\\p{Lu}.'’-]+(?:[ \\t]+\\p{Lu}"
            + "[\\p{Lu}.'’-]+){0,2}):[ \\t]");
    /** Capitalised words before a colon that head a paragraph without naming anyone. */
    private static final Set<String> NOT_LABELS = setOf("VIDEO", "UPDATE", "EMAIL", "BYLINE", "WATCH", "BREAKING",
            "EXCLUSIVE", "NOTE", "EDITOR'S NOTE", "PHOTO", "PHOTOS", "SOURCE", "READ", "LISTEN", "CORRECTION",
            "LOOK", "BOOM", "BUSTED", "WOW", "REPORT", "POLL", "FACT CHECK", "RELATED", "MORE", "AUDIO", "TRANSCRIPT");
    private java.util.Map<String, Integer> labelCounts;

    /**
     * `"PENCE: Well, look, …"`: a quotation in marks that opens with a transcript's speaker label is that speaker's.
     * The label counts when the transcript has at least two speakers who each speak more than once (`WALLACE:`,
     * `PENCE:`), or when the article names that person in full elsewhere (`Gov. Mike Pence`); it resolves to the
     * fullest name in the article (`Mike Pence`), else stays as written (`WALLACE`).
     */
    private Speaker transcriptLabel(MarkedSpan m) {
        java.util.regex.Matcher lm = LABEL.matcher(a.text()).region(Math.max(0, m.openMark()),
                Math.min(a.text().length(), m.start() + 40)).useAnchoringBounds(false);
        if (!lm.lookingAt() || NOT_LABELS.contains(lm.group(1))) {
            return null;
        }
        String label = lm.group(1);
        int from = lm.start(1);
        int to = lm.end(1);
        String[] words = label.split("[ \\t]+");
        StringBuilder titled = new StringBuilder();
        for (String w : words) {
            titled.append(titled.length() == 0 ? "" : " ").append(w.charAt(0)).append(lower(w.substring(1)));
        }
        String full = names.fullestName(titled.toString(), from);
        boolean named = !full.equals(titled.toString()) || words.length > 1 && a.text().contains(titled);
        if (!named && !dialogue(label)) {
            return null;
        }
        String name = named ? full : label;
        Optional<Actor> act = named ? registry.resolveName(full) : Optional.empty();
        if (act.isPresent()) {
            return speakerOf(act.get(), label, from, to, "transcript", 0.85);
        }
        return new Speaker(label, from, to, name, null, null, true, null, "transcript", 0.8);
    }

    /** This label heads two or more paragraphs, and so does another one: the article is a transcript. */
    private boolean dialogue(String label) {
        if (labelCounts == null) {
            labelCounts = new java.util.HashMap<>();
            java.util.regex.Matcher lm = LABEL.matcher(Interrupts.interruptible(a.text()));
            while (lm.find()) {
                if (!NOT_LABELS.contains(lm.group(1))) {
                    labelCounts.merge(lm.group(1), 1, Integer::sum);
                }
            }
        }
        long speakers = labelCounts.values().stream().filter(c -> c >= 2).count();
        return labelCounts.getOrDefault(label, 0) >= 2 && speakers >= 2;
    }

    /** `"…" ― Pamela Padilla` at the end of its line: a name after a dash attributes the quotation before it. */
    private static final Pattern DASH_NAME = Pattern.compile("^[ \\t\\u00A0]*[―—–]+[ \\t\\u00A0]*(\\p{Lu}[\\p{L}'’.-]*"
            + "(?:[ \\t\\u00A0]+\\p{Lu}[\\p{L}'’.-]*){0,4})[ \\t\\u00A0]*[.,]?[ \\t\\u00A0]*(?:\\n|$)");

    private Speaker dashAttribution(MarkedSpan m) {
        if (m.closeMark() < 0) {
            return null;
        }
        String after = a.text().substring(m.closeMark() + 1, Math.min(a.text().length(), m.closeMark() + 80));
        java.util.regex.Matcher dm = DASH_NAME.matcher(after);
        if (!dm.find()) {
            return null;
        }
        int from = m.closeMark() + 1 + dm.start(1);
        int to = m.closeMark() + 1 + dm.end(1);
        Sentence sen = a.sentences().get(a.sentenceAt(from));
        List<Token> t = sen.tokens();
        int i = 0;
        while (i < t.size() && t.get(i).start() < from) {
            i++;
        }
        int j = i;
        while (j < t.size() && t.get(j).end() <= to) {
            j++;
        }
        if (i >= t.size() || t.get(i).start() != from || j == i) {
            return null;
        }
        Speaker sp = resolve(sen, i, j, "dash");
        return sp.known() ? sp : null;
    }

    private void remember(Speaker sp, int sentence, int paragraph) {
        last = sp;
        lastSentence = sentence;
        lastParagraph = paragraph;
        if (sp.start() >= 0) {
            history.add(new Mention(sp.start(), sp));
            history.sort((x, y) -> Integer.compare(x.pos, y.pos));
        }
    }

    private Quote quote(int start, int end, String kind, String cue, Speaker sp) {
        String text = a.text().substring(start, end);
        if (sp == null) {
            return new Quote(text, start, end, kind, cue, null, null, null, null, null, null, null, 0.0);
        }
        String name = sp.name();
        SpeakerType type;
        if (sp.actorId() != null) {
            type = sp.person() ? SpeakerType.PERSON : SpeakerType.ORGANISATION;
        } else if (name != null) {
            type = "pronoun".equals(sp.method()) || !sp.person() ? SpeakerType.ofDescription(sp.mention())
                    : SpeakerType.ofName(name);
            if (type == SpeakerType.UNKNOWN) {
                type = SpeakerType.ofName(name);
            }
            if (type == SpeakerType.PERSON && !sp.person() && !"pronoun".equals(sp.method())) {
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
                type.label(), sp.actorId(), sp.actorName(), sp.method(), sp.confidence());
    }

    /** Heads of time expressions, which are never speakers (`last month`, `the past`). */
    private static final Set<String> TIME_WORDS = setOf("month", "months", "week", "weeks", "year", "years", "day",
            "days", "past", "time", "times", "today", "yesterday", "tomorrow", "night", "morning", "afternoon",
            "evening", "weekend", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "hour", "hours", "minute", "minutes", "decade", "decades", "now", "then");

    /** A short description that can stand for its speaker (`some residents`, `Prosecutors`), not a pronoun. */
    private static boolean description(String mention) {
        if (mention == null) {
            return false;
        }
        String m = mention.trim();
        String[] w = lower(m).split("[^\\p{L}]+");
        if (w.length == 0 || TIME_WORDS.contains(w[w.length - 1]) || m.matches(".*['’]s?\\s+\\p{Ll}+s?$")
                && !m.matches("(?i).*(campaign|office|government|spokesman|spokeswoman).*")) {
            return false; // a time, or `Obama's actions` (a thing someone has, not a speaker)
        }
        int words = m.split("\\s+").length;
        return words <= 6 && !PRONOUNS.contains(lower(m)) && m.chars().anyMatch(Character::isLetter)
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

    // ---------------------------------------------------------------- cues in a sentence

    private Candidate bestCue(Sentence s, MarkedSpan m) {
        List<Token> t = s.tokens();
        Candidate best = null;
        for (int i = 0; i < t.size(); i++) {
            Token tok = t.get(i);
            if (quoteChar[tok.start()]) {
                continue;
            }
            Cue cue = cueAt(t, i);
            if (cue == null) {
                continue;
            }
            boolean after = tok.start() >= m.end();
            if (!after && breakBetween(t, i + 1, m.openMark())) {
                continue;
            }
            if (after && breakBetweenAfter(t, m.end(), i)) {
                continue;
            }
            Speaker sp = cue.accordingTo ? accordingTo(s, cue) : speakerOfVerb(s, cue);
            if (sp == null) {
                continue;
            }
            double score = after ? 3.0 : 2.0;
            int distance = Math.abs(after ? tok.start() - m.end() : m.openMark() - tok.end());
            score -= Math.min(0.9, distance / 400.0);
            if (MEDIA.matcher(sp.mention()).find() && sp.actorId() == null) {
                score -= 2.5;
            }
            if (!sp.known()) {
                score -= 0.5;
            }
            Candidate c = new Candidate(cue, sp, score);
            if (best == null || c.score > best.score) {
                best = c;
            }
        }
        return best;
    }

    private Cue cueAt(List<Token> t, int i) {
        Token tok = t.get(i);
        String w = tok.lower();
        if (w.equals("according") && i + 1 < t.size() && t.get(i + 1).lower().equals("to")) {
            return new Cue("according to", i + 1, tok.start(), t.get(i + 1).end(), true);
        }
        String lemma = Cues.lemma(tok.word());
        if (lemma == null || (tok.tag() != null && !tok.tagStarts("VB"))) {
            return null;
        }
        String next = i + 1 < t.size() ? t.get(i + 1).lower() : "";
        switch (lemma) {
            case "point":
                if (!next.equals("to") && !next.equals("out")) {
                    return null;
                }
                return new Cue(tok.word() + " " + t.get(i + 1).word(), i, tok.start(), t.get(i + 1).end(), false);
            case "speak":
                if (!next.equals("of") && !next.equals("about")) {
                    return null;
                }
                return new Cue(tok.word() + " " + t.get(i + 1).word(), i, tok.start(), t.get(i + 1).end(), false);
            case "refer":
                if (!next.equals("to")) {
                    return null;
                }
                return new Cue(tok.word() + " to", i, tok.start(), t.get(i + 1).end(), false);
            default:
                return new Cue(tok.word(), i, tok.start(), tok.end(), false);
        }
    }

    /** A new clause between a cue before the quote and the quote (`Moscow expects ..., while Washington will "..."`). */
    private boolean breakBetween(List<Token> t, int from, int quoteOpen) {
        for (int j = from; j < t.size() && t.get(j).start() < quoteOpen; j++) {
            if (!quoteChar[t.get(j).start()] && CLAUSE_BREAKS.contains(t.get(j).lower())) {
                return true;
            }
        }
        return false;
    }

    private boolean breakBetweenAfter(List<Token> t, int quoteEnd, int cueIndex) {
        for (int j = cueIndex - 1; j >= 0 && t.get(j).start() >= quoteEnd; j--) {
            String w = t.get(j).lower();
            if (CLAUSE_BREAKS.contains(w) || w.equals(".")) {
                return true;
            }
        }
        return false;
    }

    private Speaker accordingTo(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int i = cue.tokenIndex + 1;
        int[] np = npForward(t, i);
        if (np == null) {
            return null;
        }
        int[] app = apposition(t, np[1]);
        if (app != null && !hasProperName(t, np[0], np[1])) {
            return resolve(s, app[0], app[1], "according-to");
        }
        return resolve(s, np[0], np[1], "according-to");
    }

    private Speaker speakerOfVerb(Sentence s, Cue cue) {
        List<Token> t = s.tokens();
        int i = cue.tokenIndex;
        int j = i - 1;
        while (j >= 0 && !quoteChar[t.get(j).start()] && (SKIP_BEFORE_CUE.contains(t.get(j).lower())
                || t.get(j).tagStarts("RB") || t.get(j).tagStarts("MD"))) {
            j--;
        }
        // `Peskov admits, however, that`: skip a comma-enclosed adverb
        if (j >= 2 && t.get(j).word().equals(",") && t.get(j - 1).tagStarts("RB") && t.get(j - 2).word().equals(",")) {
            j -= 3;
        }
        if (j >= 0 && !quoteChar[t.get(j).start()] && isNpToken(t.get(j))) {
            int[] np = npBackward(t, j);
            // `Dmitry Peskov, the Kremlin spokesman, said`: the name before the apposition
            if (!hasProperName(t, np[0], np[1]) && np[0] >= 2 && t.get(np[0] - 1).word().equals(",")) {
                int k = np[0] - 2;
                if (k >= 0 && isNpToken(t.get(k)) && !quoteChar[t.get(k).start()]) {
                    int[] name = npBackward(t, k);
                    if (hasProperName(t, name[0], name[1]) && beginsClause(t, name[0])) {
                        return resolve(s, name[0], name[1], "apposition");
                    }
                }
            }
            return resolve(s, np[0], np[1], "subject-verb");
        }
        // `Steven Cheung, a campaign spokesman, said`
        if (j >= 3 && t.get(j).word().equals(",") && isNpToken(t.get(j - 1)) && !quoteChar[t.get(j - 1).start()]) {
            int[] role = npBackward(t, j - 1);
            if (role[0] >= 2 && t.get(role[0] - 1).word().equals(",") && isNpToken(t.get(role[0] - 2))) {
                int[] name = npBackward(t, role[0] - 2);
                if (hasProperName(t, name[0], name[1]) && !hasProperName(t, role[0], role[1])
                        && beginsClause(t, name[0])) {
                    return resolve(s, name[0], name[1], "apposition");
                }
            }
        }
        boolean inverted = j < 0 || quoteChar[t.get(j).start()] || t.get(j).word().equals(",");
        // `..., X told AFP`: the noun phrase after `tell` is the listener, not the speaker
        boolean addressee = Set.of("tell", "inform", "assure", "warn", "remind", "urge", "ask")
                .contains(Cues.lemma(t.get(i).word()));
        if (inverted && !addressee && i + 1 < t.size()) {
            int[] np = npForward(t, i + 1);
            boolean clauseFollows = np != null && np[1] < t.size()
                    && (t.get(np[1]).tagStarts("VB") || t.get(np[1]).tagStarts("MD"));
            if (np != null && !t.get(np[0]).lower().equals("that") && !clauseFollows) {
                int[] app = apposition(t, np[1]);
                if (app != null && !hasProperName(t, np[0], np[1])) {
                    return resolve(s, app[0], app[1], "verb-subject");
                }
                if (hasProperName(t, np[0], np[1]) || isPronoun(t.get(np[0])) || roleAt(np[0], np[1], s) != null) {
                    return resolve(s, np[0], np[1], "verb-subject");
                }
            }
        }
        // participle or coordinated verb (`..., pointing to`, `..., and spoke of`): the clause's subject
        if (j >= 0 && (t.get(j).word().equals(",") || t.get(j).lower().equals("and"))
                || t.get(i).tagStarts("VBG")) {
            Speaker sub = clauseSubject(s, t.get(i).start());
            if (sub != null) {
                return sub.withMethod(sub.method().equals("pronoun") ? "pronoun" : "subject-verb", 0.7);
            }
        }
        return null;
    }

    /** The subject of the clause that contains position `pos`: after the last clause break, past an introduction. */
    private Speaker clauseSubject(Sentence s, int pos) {
        List<Token> t = s.tokens();
        int from = 0;
        for (int j = 0; j < t.size() && t.get(j).start() < pos; j++) {
            if (!quoteChar[t.get(j).start()] && CLAUSE_BREAKS.contains(t.get(j).lower())) {
                from = j + 1;
            }
        }
        // `"...," Senator Jeff Sessions told AFP`: the clause starts after the quotation
        while (from < t.size() && t.get(from).start() < pos && (quoteChar[t.get(from).start()]
                || t.get(from).word().equals(","))) {
            from++;
        }
        // skip an introduction ending with a comma: `For his part,` `On the other hand,` `Indeed,`
        int limit = Math.min(t.size(), from + 7);
        for (int j = from; j < limit; j++) {
            if (t.get(j).word().equals(",")) {
                Token first = t.get(from);
                if (first.tagStarts("IN") || first.tagStarts("RB") || first.tagStarts("CC")
                        || first.lower().equals("indeed")) {
                    from = j + 1;
                }
                break;
            }
        }
        if (from >= t.size() || quoteChar[t.get(from).start()] || !isNpToken(t.get(from))
                || t.get(from).start() >= pos) {
            return null;
        }
        int[] np = npForward(t, from);
        if (np == null || isDateline(t, np)) {
            return null;
        }
        // `A top strategist, John Weaver, said`: the name in apposition, not the description
        int[] app = apposition(t, Appositions.pastQualifier(t, np[1], quoteChar));
        if (app != null && !hasProperName(t, np[0], np[1]) && app[1] < t.size() && t.get(app[1]).word().equals(",")
                && t.get(app[0]).start() < pos) {
            return resolve(s, app[0], app[1], "apposition");
        }
        Speaker sp = resolve(s, np[0], np[1], "subject-verb");
        return sp;
    }

    // ---------------------------------------------------------------- noun phrases

    /** `LOS ANGELES (AP) —`, `WASHINGTON —`, or a bare number: a dateline or a figure, not a speaker. */
    private static boolean isDateline(List<Token> t, int[] np) {
        boolean caps = true;
        boolean numbers = true;
        for (int k = np[0]; k < np[1]; k++) {
            String w = t.get(k).word();
            if (w.length() < 2 || !w.equals(w.toUpperCase(Locale.ROOT)) || !Character.isLetter(w.charAt(0))) {
                caps = false;
            }
            if (!t.get(k).tagStarts("CD")) {
                numbers = false;
            }
        }
        String after = np[1] < t.size() ? t.get(np[1]).word() : "";
        boolean datelineMark = after.equals("—") || after.equals("-") || after.equals("--") || after.equals("(")
                || after.equals("-LRB-") || after.equals(":");
        return (caps && (np[1] - np[0] >= 2 || datelineMark)) || numbers;
    }

    private boolean isNpToken(Token t) {
        if (t.tag() == null) {
            return t.isCapitalised();
        }
        String g = t.tag();
        return g.startsWith("NN") || g.equals("PRP") || g.equals("DT") || g.startsWith("JJ") || g.equals("POS")
                || g.equals("PRP$") || g.equals("CD") || (g.equals("IN") && t.word().equals("of"))
                || (g.equals(".") && t.word().equals("."));
    }

    private static boolean isPronoun(Token t) {
        return PRONOUNS.contains(t.lower());
    }

    /** The noun phrase ending at token j: tokens to the left while nominal (`presidential spokesman Dmitry Peskov`). */
    private int[] npBackward(List<Token> t, int j) {
        int k = j;
        if (isPronoun(t.get(j))) {
            return new int[]{j, j + 1};
        }
        while (k - 1 >= 0 && !quoteChar[t.get(k - 1).start()] && isNpToken(t.get(k - 1))
                && !CLAUSE_BREAKS.contains(t.get(k - 1).lower())
                && !isPronoun(t.get(k - 1)) && !t.get(k - 1).word().equals(".")) {
            Token prev = t.get(k - 1);
            if (prev.word().equals("of") && !(k - 2 >= 0 && t.get(k - 2).isCapitalised() && t.get(k).isCapitalised())) {
                break;
            }
            k--;
            if (prev.tagStarts("DT")) {
                break;
            }
        }
        return new int[]{k, j + 1};
    }

    /** The noun phrase starting at token i, or null (`the Russian news agency TASS`, `his US counterpart`). */
    private int[] npForward(List<Token> t, int i) {
        if (i >= t.size() || quoteChar[t.get(i).start()]) {
            return null;
        }
        if (isPronoun(t.get(i))) {
            return new int[]{i, i + 1};
        }
        int k = i;
        while (k < t.size() && !quoteChar[t.get(k).start()] && isNpToken(t.get(k)) && !t.get(k).word().equals(".")
                && !(k > i && isPronoun(t.get(k)))) {
            Token tok = t.get(k);
            if (tok.word().equals("of") && !(k + 1 < t.size() && t.get(k + 1).isCapitalised() && k > i
                    && t.get(k - 1).isCapitalised())) {
                break;
            }
            if (k > i && tok.tagStarts("DT")) {
                break;
            }
            k++;
        }
        // `Mr.` is one token with its dot in CoreNLP; a sentence-final abbreviation is fine too
        return k > i ? new int[]{i, k} : null;
    }

    /** `X, NAME,` or `X, NAME` at sentence end: the proper name in apposition after position `end`. */
    private int[] apposition(List<Token> t, int end) {
        if (end + 1 < t.size() && t.get(end).word().equals(",")) {
            int[] np = npForward(t, end + 1);
            if (np != null && hasProperName(t, np[0], np[1])) {
                return np;
            }
        }
        return null;
    }

    private boolean hasProperName(List<Token> t, int s, int e) {
        for (int k = s; k < e; k++) {
            Token tok = t.get(k);
            if ((tok.tag() == null ? tok.isCapitalised() : tok.tagStarts("NNP")) && !TITLE_WORDS.contains(tok.word())) {
                return true;
            }
        }
        return false;
    }

    /** A registry role title inside tokens [s, e) (`said the Kremlin spokesman`), or null. */
    private ActorMatch roleAt(int s, int e, Sentence sen) {
        int cs = sen.tokens().get(s).start();
        int ce = sen.tokens().get(e - 1).end();
        for (ActorMatch m : a.actors()) {
            if (m.method().equals("role") && m.start() >= cs && m.end() <= ce) {
                return m;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- resolution

    /** Who the tokens [s, e) of a sentence refer to. */
    private Speaker resolve(Sentence sen, int s, int e, String method) {
        List<Token> t = sen.tokens();
        int cs = t.get(s).start();
        int ce = t.get(e - 1).end();
        String mention = a.text().substring(cs, ce);
        if (e - s == 1 && isPronoun(t.get(s))) {
            Speaker ref = pronoun(t.get(s).lower(), cs);
            if (ref == null) {
                return new Speaker(mention, cs, ce, null, null, null, true, null, "pronoun", 0.2);
            }
            return new Speaker(mention, cs, ce, ref.name(), ref.actorId(), ref.actorName(), ref.person(),
                    ref.gender(), "pronoun", 0.7);
        }
        // registry matches inside the phrase; a possessor (`Joe Biden's administration`) is not the head
        ActorMatch best = null;
        int bestRank = 0;
        for (ActorMatch m : a.actors()) {
            if (m.start() >= cs && m.end() <= ce && !names.namesake(m)) {
                boolean possessor = m.end() + 1 < a.text().length() && ce > m.end()
                        && (a.text().startsWith("'s", m.end()) || a.text().startsWith("’s", m.end()));
                if (possessor && !m.method().equals("role")) {
                    continue;
                }
                if (modifiesNoun(m, ce)) {
                    continue; // `the Obama administration`: the name qualifies the head noun
                }
                Actor act = registry.byId(m.actorId()).orElse(null);
                int rank = act == null ? 0 : m.method().equals("name") && act.isPerson() ? 4
                        : m.method().equals("role") ? 3 : m.method().equals("name") ? 2 : 1;
                if (rank > bestRank || (rank == bestRank && best != null && m.start() > best.start())) {
                    best = m;
                    bestRank = rank;
                }
            }
        }
        int[] head = headName(t, s, e);
        if (best != null && bestRank < 4 && head != null && t.get(head[0]).start() >= best.end()) {
            best = null; // `White House press secretary Kayleigh McEnany`: the person, not the body
        }
        if (best != null) {
            Actor act = registry.byId(best.actorId()).orElseThrow();
            String how = best.method().equals("role") ? "role" : best.method().equals("metonym") ? "metonym" : method;
            double conf = how.equals("role") ? 0.8 : how.equals("metonym") ? 0.65 : 0.85;
            return speakerOf(act, mention, cs, ce, how, conf);
        }
        // an unregistered proper name: the name tokens, widened to the fullest form in the article
        List<Token> name = new ArrayList<>();
        int[] run = head != null ? head : firstName(t, s, e);
        run = trimOpening(t, run);
        String entity = null;
        if (run != null) {
            int[] recognised = entityRun(sen, run, s, e);
            entity = recognised == null ? null : recognised[2] == 0 ? "PERSON" : "ORGANIZATION";
            if (recognised != null && recognised[2] == 0) {
                run = trimOpening(t, new int[]{recognised[0], recognised[1]});
            } else {
                run = widenOrganisation(t, run, s, e);
                if (recognised != null) {
                    run = new int[]{Math.min(run[0], recognised[0]), Math.max(run[1], recognised[1])};
                }
            }
            name.addAll(t.subList(run[0], run[1]));
        }
        if (!name.isEmpty()) {
            String n = hyphenated(a.text().substring(name.get(0).start(), name.get(name.size() - 1).end()),
                    name.get(name.size() - 1).end());
            String full = names.fullestName(n, cs);
            // a bare surname resolves to a registered actor only when the article gives no other full name for it
            // (`Johnson` after `Jeh Johnson` is not Boris Johnson)
            Optional<Actor> act = registry.resolveName(full).or(() -> registry.resolveName(n)
                    .filter(x -> full.equals(n) || NameForms.firstWord(x.name()).equals(NameForms.firstWord(full))));
            if (act.isPresent()) {
                return speakerOf(act.get(), mention, cs, ce, method, 0.85);
            }
            String gender = honorificGender(t, s, e);
            return new Speaker(mention, cs, ce, full, null, null, !"ORGANIZATION".equals(entity), gender, method, 0.8);
        }
        // `the governor` after `Gov. Mike Pence`: the person an earlier title in the article gives the description
        String titled = TitleAntecedents.nameFor(a.text(), mention, cs);
        if (titled != null) {
            String full = names.fullestName(titled, cs);
            Optional<Actor> act = registry.resolveName(full).or(() -> registry.resolveName(titled));
            if (act.isPresent()) {
                return speakerOf(act.get(), mention, cs, ce, method, 0.7);
            }
            return new Speaker(mention, cs, ce, full, null, null, true, null, method, 0.65);
        }
        return new Speaker(mention, cs, ce, null, null, null, false, null, method, 0.5);
    }

    /**
     * What the NER makes of the name run [run) of the phrase [s, e): {from, to, 0} for a PERSON it holds or touches
     * (`European Council President Donald Tusk` → `Donald Tusk`; `Bill de Blasio` whole), or for the person the phrase
     * names when the run is a place (`Gov. Earl Ray Tomblin of West Virginia`); {from, to, 1} for an ORGANIZATION
     * around it (`the Congressional Budget Office`); null when the sentence was not recognised or the run is neither.
     */
    private int[] entityRun(Sentence sen, int[] run, int s, int e) {
        List<Token> t = sen.tokens();
        if (!t.get(run[0]).recognised()) {
            return null;
        }
        for (int k = run[1] - 1; k >= run[0]; k--) {
            int[] person = sen.entityAt(k, "PERSON");
            if (person != null && !quoted(t, person) && person[1] - person[0] <= 4 && noCue(t, person)) {
                return new int[]{person[0], person[1], 0};
            }
        }
        for (int k = run[1] - 1; k >= run[0]; k--) {
            int[] org = sen.entityAt(k, "ORGANIZATION");
            if (org != null && !quoted(t, org)) {
                return new int[]{org[0], org[1], 1};
            }
        }
        boolean place = false;
        for (int k = run[0]; k < run[1]; k++) {
            place |= t.get(k).isEntity("LOCATION");
        }
        if (place) {
            // the last person named in the phrase, not as a possessor (`Trump's running mate, Indiana` is no one)
            for (int k = Math.min(e, run[0]) - 1; k >= s; k--) {
                int[] person = sen.entityAt(k, "PERSON");
                if (person != null && !quoted(t, person) && plausiblePerson(t, person) && !(person[1] < t.size()
                        && t.get(person[1]).word().matches("['’]s?"))) {
                    return new int[]{person[0], person[1], 0};
                }
            }
        }
        return null;
    }

    /** No reporting verb inside the span (`Chris Christie Calls Hillary Clinton` in a headline). */
    private static boolean noCue(List<Token> t, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (Cues.lemma(t.get(k).word()) != null) {
                return false;
            }
        }
        return true;
    }

    private boolean quoted(List<Token> t, int[] span) {
        for (int k = span[0]; k < span[1]; k++) {
            if (quoteChar[t.get(k).start()]) {
                return true;
            }
        }
        return false;
    }

    private static final Pattern NAME_TAIL = Pattern.compile("^-\\p{Ll}[\\p{L}]*");

    /** `Park Geun-hye`, `Ban Ki-moon`: the tagger leaves a name's lower-case hyphenated tail out of the proper run. */
    private String hyphenated(String name, int end) {
        java.util.regex.Matcher m = NAME_TAIL.matcher(a.text().substring(end, Math.min(a.text().length(), end + 20)));
        return m.find() ? name + m.group() : name;
    }

    /** Words that make a capitalised run the name of a body, whose name keeps its `of` parts and adjectives. */
    private static final Set<String> ORGANISATION_WORDS = setOf("Committee", "Commission", "Bureau", "Institute",
            "Center", "Centre", "Council", "Foundation", "Association", "Department", "Agency", "Party", "Office",
            "University", "Board", "Court", "Service", "Administration", "Federation", "Union", "League", "Society",
            "Coalition", "Alliance", "Fund", "Organization", "Organisation", "Caucus", "Network");

    /**
     * `the Federal Bureau of Prisons`, `the Commission on Presidential Debates`, `the Republican National Committee`:
     * a body's name runs over `of`/`on`/`for` and keeps the party or national adjective the title list would drop.
     */
    private static int[] widenOrganisation(List<Token> t, int[] run, int s, int e) {
        int from = run[0];
        int to = run[1];
        boolean body = false;
        for (int k = Math.max(s, from - 3); k < Math.min(e, to + 4); k++) {
            body |= ORGANISATION_WORDS.contains(t.get(k).word());
        }
        if (!body) {
            return run;
        }
        while (to + 1 < e && Set.of("of", "on", "for").contains(t.get(to).word()) && t.get(to + 1).isCapitalised()) {
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
        while (from - 1 >= s && from < to && Set.of("of", "on", "for").contains(t.get(from - 1).word())
                && from - 2 >= s && t.get(from - 2).isCapitalised()) {
            from -= 2;
            while (from - 1 >= s && t.get(from - 1).isCapitalised() && !t.get(from - 1).word().equals("The")) {
                from--;
            }
        }
        return new int[]{from, to};
    }

    /**
     * `Organizer Dwayne Croteau` at a sentence start: a common noun capitalised by position is not part of the name,
     * nor is an inverted reporting verb (`Said Ellis: "…"`).
     */
    private int[] trimOpening(List<Token> t, int[] run) {
        while (run != null && run[1] - run[0] > 1 && opensSentence(t, run[0])
                && !NameForms.PARTICLES.contains(t.get(run[0]).word())
                && (lowerCaseElsewhere(t.get(run[0]).word()) || Cues.lemma(t.get(run[0]).word()) != null)) {
            run = new int[]{run[0] + 1, run[1]};
        }
        return run;
    }

    private boolean opensSentence(List<Token> t, int k) {
        return k == 0 || t.get(k - 1).word().matches("[\"“”'‘’`]+|--|—|-") || quoteChar[t.get(k - 1).start()];
    }

    /** The word also appears in lower case in the article (`organizer`), so its capital may be the sentence's. */
    private boolean lowerCaseElsewhere(String word) {
        String w = lower(word);
        return !w.equals(word) && Pattern.compile("\\b" + Pattern.quote(w) + "\\b")
                .matcher(Interrupts.interruptible(a.text())).find();
    }

    private static boolean isProper(Token tok) {
        return (tok.tag() == null ? tok.isCapitalised() : tok.tagStarts("NNP")) && !TITLE_WORDS.contains(tok.word());
    }

    /** The proper-name run that ends the phrase (its head), or null. */
    private static int[] headName(List<Token> t, int s, int e) {
        int k = e;
        while (k > s && isProper(t.get(k - 1))) {
            k--;
        }
        return k < e ? new int[]{k, e} : null;
    }

    /** The first proper-name run of the phrase not followed by a possessive, or null. */
    private static int[] firstName(List<Token> t, int s, int e) {
        int k = s;
        while (k < e) {
            if (isProper(t.get(k))) {
                int j = k;
                while (j < e && isProper(t.get(j))) {
                    j++;
                }
                boolean possessive = j < e && (t.get(j).word().equals("'s") || t.get(j).word().equals("’s"));
                if (!possessive) {
                    return new int[]{k, j};
                }
                k = j;
            }
            k++;
        }
        return null;
    }

    /** A person's name followed, inside the phrase, by a lower-case noun (`Obama administration`). */
    private boolean modifiesNoun(ActorMatch m, int phraseEnd) {
        int k = m.end();
        String text = a.text();
        while (k < phraseEnd && k < text.length() && text.charAt(k) == ' ') {
            k++;
        }
        if (k >= phraseEnd || k >= text.length() || !Character.isLowerCase(text.charAt(k))) {
            return false;
        }
        return registry.byId(m.actorId()).map(Actor::isPerson).orElse(false) && m.method().equals("name");
    }

    private static String honorificGender(List<Token> t, int s, int e) {
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

    private Speaker speakerOf(Actor act, String mention, int cs, int ce, String method, double conf) {
        return new Speaker(mention, cs, ce, names.fullestActorName(act), act.id(), act.name(), act.isPerson(),
                act.gender(), method, conf);
    }

    private Speaker pronoun(String p, int pos) {
        // the entity in focus first: the previous quotation's speaker, when it was in this or the previous sentence
        int here = a.sentenceAt(pos);
        if (last != null && last.known() && lastSentence >= here - 1 && lastSentence <= here && last.start() < pos
                && compatible(p, last)) {
            return last;
        }
        for (int k = history.size() - 1; k >= 0; k--) {
            Mention m = history.get(k);
            if (m.pos >= pos) {
                continue;
            }
            Speaker sp = m.speaker;
            if (!sp.known()) {
                continue;
            }
            if (compatible(p, sp)) {
                return sp;
            }
        }
        return null;
    }

    private static boolean compatible(String pronoun, Speaker sp) {
        return switch (pronoun) {
            case "he" -> sp.person() && !"female".equals(sp.gender());
            case "she" -> sp.person() && !"male".equals(sp.gender());
            case "it", "they" -> !sp.person();
            default -> sp.person();
        };
    }

    private static boolean titleCase(String s) {
        for (String w : s.trim().split("\\s+")) {
            if (!w.isEmpty() && Character.isLetter(w.charAt(0)) && !Character.isUpperCase(w.charAt(0))
                    && !Set.of("of", "the", "and", "for", "in", "on", "a", "to").contains(w)) {
                return false;
            }
        }
        return true;
    }

    // ---------------------------------------------------------------- indirect speech

    /** `X said (that) CLAUSE`, `CLAUSE, X said`, `according to X, CLAUSE`, `CLAUSE, according to X`. */
    private List<Quote> indirect(Sentence s) {
        List<Quote> out = new ArrayList<>();
        List<Token> t = s.tokens();
        if (!s.tagged() || t.size() < 5) {
            return out;
        }
        int from = 0;
        while (from < t.size()) {
            int[] next = new int[]{t.size()};
            Quote q = indirectFrom(s, from, next);
            if (q == null) {
                break;
            }
            out.add(q);
            from = next[0];
        }
        return out;
    }

    /** The first indirect quotation whose cue is at token `from` or later; next[0] is where to look for another. */
    private Quote indirectFrom(Sentence s, int from, int[] next) {
        List<Token> t = s.tokens();
        int endTok = t.size();
        while (endTok > 0 && ".!?".contains(t.get(endTok - 1).word())) {
            endTok--;
        }
        for (int i = from; i < t.size(); i++) {
            Cue cue = cueAt(t, i);
            if (cue == null) {
                continue;
            }
            next[0] = t.size();
            if (cue.accordingTo) {
                Speaker sp = accordingTo(s, cue);
                if (sp == null) {
                    return null;
                }
                int[] np = npForward(t, cue.tokenIndex + 1);
                int npEnd = np == null ? cue.tokenIndex + 1 : np[1];
                int[] app = np == null ? null : apposition(t, np[1]);
                if (app != null) {
                    npEnd = app[1];
                }
                if (i <= 2 && npEnd < endTok && t.get(npEnd).word().equals(",")) {
                    return indirectQuote(t, npEnd + 1, endTok, cue, sp, s);
                }
                if (i > 3 && t.get(i - 1).word().equals(",")) {
                    return indirectQuote(t, 0, i - 1, cue, sp, s);
                }
                continue;
            }
            String lemma = Cues.lemma(t.get(i).word());
            if (!Cues.isSpeech(lemma) || t.get(i).tagStarts("VBG") || t.get(i).tagStarts("VBN")
                    && !(i > 0 && Set.of("has", "have", "had").contains(t.get(i - 1).lower()))) {
                continue;
            }
            Speaker sp = speakerOfVerb(s, cue);
            if (sp == null || (!sp.known() && sp.mention().split("\\s+").length > 4)) {
                continue;
            }
            // CLAUSE, X said [...].  /  CLAUSE, said X.
            boolean trailing = (i > 0 && sp.start() < t.get(i).start() ? commaBefore(t, sp.start())
                    : i > 0 && t.get(i - 1).word().equals(",")) && endTok - i <= 8 && !hasThatAfter(t, i, endTok);
            if (trailing) {
                int comma = indexOfComma(t, sp.start() < t.get(i).start() ? sp.start() : t.get(i).start());
                if (comma > 3 && from == 0) {
                    return indirectQuote(t, 0, comma, cue, sp, s);
                }
            }
            // X said (that) CLAUSE / X told reporters (that) CLAUSE
            int k = i + 1;
            if (lemma.equals("tell") || lemma.equals("inform") || lemma.equals("assure") || lemma.equals("warn")) {
                int[] obj = npForward(t, k);
                if (obj != null && !(k < t.size() && t.get(k).lower().equals("that"))) {
                    k = obj[1];
                }
            }
            if (k < t.size() && t.get(k).tagStarts("IN") && !t.get(k).lower().equals("that")) {
                int th = thatAfter(t, k, endTok);
                if (th > 0) {
                    k = th;
                }
            }
            boolean that = k < t.size() && t.get(k).lower().equals("that");
            if (that) {
                k++;
            }
            boolean clauseStart = k < t.size() && (isNpToken(t.get(k)) || t.get(k).tagStarts("RB")
                    || t.get(k).tagStarts("EX"));
            if (sp.start() < t.get(i).start() && (that || clauseStart) && endTok - k >= 4) {
                int end = clauseEnd(s, k, endTok);
                next[0] = end;
                return indirectQuote(t, k, end, cue, sp, s);
            }
        }
        return null;
    }

    /** Where reported content ends: before `, X said ...` starting another report in the same sentence. */
    private int clauseEnd(Sentence s, int from, int endTok) {
        List<Token> t = s.tokens();
        for (int k = from + 3; k < endTok; k++) {
            if (!t.get(k).word().equals(",")) {
                continue;
            }
            for (int v = k + 1; v < Math.min(endTok, k + 8); v++) {
                String lemma = Cues.lemma(t.get(v).word());
                if (Cues.isSpeech(lemma) && t.get(v).tagStarts("VB")) {
                    return k;
                }
                if (!isNpToken(t.get(v))) {
                    break;
                }
            }
        }
        return endTok;
    }

    /** The phrase at k starts its clause (`Dmitry Peskov, the spokesman, said`, not `at Ground Zero, sources said`). */
    private boolean beginsClause(List<Token> t, int k) {
        if (k == 0) {
            return true;
        }
        Token prev = t.get(k - 1);
        String w = prev.lower();
        return w.equals(",") || w.equals("and") || w.equals("but") || w.equals(";") || quoteChar[prev.start()]
                || prev.word().matches("[\"“”'‘’]+");
    }

    private static boolean hasThatAfter(List<Token> t, int from, int end) {
        return thatAfter(t, from, end) > 0;
    }

    /** The token after the first `that` following `from` within a few words, or -1. */
    private static int thatAfter(List<Token> t, int from, int end) {
        for (int k = from; k < Math.min(end, from + 12); k++) {
            if (t.get(k).lower().equals("that") && t.get(k).tagStarts("IN")) {
                return k + 1;
            }
        }
        return -1;
    }

    private boolean commaBefore(List<Token> t, int charPos) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == charPos) {
                return k > 0 && t.get(k - 1).word().equals(",");
            }
        }
        return false;
    }

    private int indexOfComma(List<Token> t, int charPos) {
        for (int k = 0; k < t.size(); k++) {
            if (t.get(k).start() == charPos) {
                return k - 1;
            }
        }
        return -1;
    }

    private Quote indirectQuote(List<Token> t, int from, int to, Cue cue, Speaker sp, Sentence s) {
        if (to - from < 4) {
            return null;
        }
        int start = t.get(from).start();
        int end = t.get(to - 1).end();
        if (sp.known()) {
            remember(sp, s.index(), s.paragraph());
        }
        return quote(start, end, "indirect", cue.text, sp);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
