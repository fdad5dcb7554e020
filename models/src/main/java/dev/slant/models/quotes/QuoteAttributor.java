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
    private static Set<String> setOf(String... words) {
        return Set.copyOf(java.util.Arrays.asList(words));
    }

    private final AnnotatedArticle a;
    private final ActorRegistry registry;
    private final AttributionContext ctx;
    private final QuotedText quoted;
    private final NounPhrases phrases;
    private final NameRuns runs;
    private final DiscourseHistory history;
    private final NameForms names;
    private final SpeakerResolver resolver;
    private final CueFinder cues;
    private final SpeakerRanker ranker;

    private QuoteAttributor(AnnotatedArticle a, ActorRegistry registry, SpeakerModel model,
                            java.util.function.Consumer<CandidateSet> sink) {
        this.a = a;
        this.registry = registry;
        this.ctx = AttributionContext.of(a, registry);
        this.names = ctx.names();
        this.quoted = ctx.quoted();
        this.phrases = new NounPhrases(ctx);
        this.runs = new NameRuns(ctx);
        this.history = NamedAntecedents.seed(ctx, phrases);
        this.resolver = new SpeakerResolver(ctx, phrases, runs, history);
        this.cues = new CueFinder(ctx, phrases, resolver);
        this.ranker = new SpeakerRanker(a, quoted.mask(), resolver, model, sink);
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
        List<DiscourseHistory.Antecedent> named = qa.history.snapshot();
        List<ActorSentence> mentions = qa.actorSentences();
        qa.history.restore(named);
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
            if (s.tokens().stream().anyMatch(NounPhrases::isPronoun)) {
                Speaker sub = cues.clauseSubject(s, s.end());
                if (sub != null && "pronoun".equals(sub.method()) && sub.actorId() != null) {
                    out.add(new ActorSentence(s.index(), s.start(), s.end(), text, sub.actorId(), sub.actorName(),
                            sub.start(), sub.end(), sub.mention(), MentionMethod.PRONOUN));
                    history.add(sub.start(), sub);
                }
            }
        }
        return out;
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
        } else if (groupHead != m && history.last() != null) {
            // a later paragraph of a multi-paragraph quotation: same speaker as its first paragraph
            sp = history.last().withMethod("continuation", Math.min(0.8, history.last().confidence()));
        }
        if (sp == null) {
            CueFinder.CuedSpeaker best = null;
            for (int k = firstSentence; k <= lastSentenceIdx; k++) {
                CueFinder.CuedSpeaker c = cues.bestCue(a.sentences().get(k), m);
                if (c != null && (best == null || c.score() > best.score())) {
                    best = c;
                }
            }
            // `"Does anybody know ...?" Graham asked.`: the splitter ends the sentence at the question mark
            if (best == null && lastSentenceIdx + 1 < a.sentences().size() && m.closeMark() >= 0) {
                Sentence after = a.sentences().get(lastSentenceIdx + 1);
                char endsWith = a.text().charAt(m.end() - 1);
                boolean ownQuote = false;
                for (int k = after.start(); k < after.end(); k++) {
                    ownQuote |= quoted.covers(k);
                }
                if (after.paragraph() == a.sentences().get(lastSentenceIdx).paragraph() && "?!.,".indexOf(endsWith) >= 0
                        && after.start() - m.closeMark() <= 3 && !after.tokens().isEmpty() && !ownQuote) {
                    CueFinder.CuedSpeaker c = cues.bestCue(after, m);
                    if (c != null && c.cue().tokenIndex() <= 6) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                sp = best.speaker();
                cueText = best.cue().text();
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
            Speaker subject = cues.clauseSubject(s, m.openMark());
            boolean namedSubject = subject != null && subject.known() && !"pronoun".equals(subject.method());
            boolean recent = history.last() != null && (history.lastSentence() >= firstSentence - 2 && history.lastParagraph() >= s.paragraph() - 1);
            if (namedSubject) {
                sp = subject.withMethod("subject", 0.45);
            } else if (recent) {
                sp = history.last().withMethod("continuation", 0.6);
            } else if (subject != null && subject.known()) {
                sp = subject.withMethod("pronoun", 0.4);
            }
        }
        if (sp == null && m.length() < 40 && titleCase(a.text().substring(m.start(), m.end()))) {
            return null; // a capitalised name in marks with nobody saying it: a title or term, not a quotation
        }
        if (groupHead == m) { // a later paragraph of a multi-paragraph quotation keeps its first paragraph's speaker
            sp = ranker.choose(m, m.direct() ? "direct" : "partial", sp,
                    history.previous());
        }
        if (sp != null && sp.known()) {
            history.remember(sp, firstSentence, s.paragraph());
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
            return ctx.speakerOf(act.get(), label, from, to, "transcript", 0.85);
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
        Speaker sp = resolver.resolve(sen, i, j, "dash");
        return sp.known() ? sp : null;
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
        return words <= 6 && !NounPhrases.PRONOUNS.contains(lower(m)) && m.chars().anyMatch(Character::isLetter)
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
            Cue cue = cues.cueAt(t, i);
            if (cue == null) {
                continue;
            }
            next[0] = t.size();
            if (cue.accordingTo()) {
                Speaker sp = cues.accordingTo(s, cue);
                if (sp == null) {
                    return null;
                }
                TokenSpan np = phrases.forward(t, cue.tokenIndex() + 1);
                int npEnd = np == null ? cue.tokenIndex() + 1 : np.to();
                TokenSpan app = np == null ? null : phrases.apposition(t, np.to());
                if (app != null) {
                    npEnd = app.to();
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
            Speaker sp = cues.speakerOfVerb(s, cue);
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
                TokenSpan obj = phrases.forward(t, k);
                if (obj != null && !(k < t.size() && t.get(k).lower().equals("that"))) {
                    k = obj.to();
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
            boolean clauseStart = k < t.size() && (NounPhrases.isNpToken(t.get(k)) || t.get(k).tagStarts("RB")
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
                if (!NounPhrases.isNpToken(t.get(v))) {
                    break;
                }
            }
        }
        return endTok;
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
            history.remember(sp, s.index(), s.paragraph());
        }
        return quote(start, end, "indirect", cue.text(), sp);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
