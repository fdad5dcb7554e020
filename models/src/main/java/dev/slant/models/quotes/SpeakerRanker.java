package dev.slant.models.quotes;

import dev.slant.models.actors.ActorMatch;
import dev.slant.models.nlp.Interrupts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The learned speaker resolver for quotations in marks: collects the candidate speakers around a quotation (names,
 * registry roles, descriptions and pronouns in its sentences, the two or three before and the one after, never
 * across a sentence; and the previous quotation's speaker), describes each by 0/1 features of how news writing
 * attributes quotes (subject or object of a reporting verb, side of the quotation, distance, paragraph, previous
 * speaker, the rules' own pick), and lets a {@link SpeakerModel} trained on PolNeAR choose. The rules keep the
 * cases where they are clearly more precise: a registry role resolved by date and `according to X`.
 */
final class SpeakerRanker {
    /** How tokens [from, to) of a sentence resolve to a speaker (full name, actor, pronoun): see SpeakerResolver. */
    interface Resolver {
        Speaker resolve(Sentence s, int from, int to, AttributionMethod method);
    }

    /** The attribution state before a quotation: the previous quotation's speaker and where it was. */
    record Previous(Speaker speaker, int sentence, int paragraph) {
    }

    private static final int SENTENCES_BEFORE = 3;
    /** Without a speaker from the rules, a candidate needs this much probability to be given one. */
    static final double MIN_PROBABILITY = 0.3;
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "we");
    private static final Set<String> NOMINAL_STARTS = Set.of("the", "a", "an", "some", "many", "other", "several",
            "two", "three", "his", "her", "their", "its", "one", "another", "most", "both");
    private static final Set<String> PREPOSITIONS = Set.of("to", "of", "for", "with", "by", "from", "about", "against",
            "at", "in", "on", "like", "than", "over", "toward", "towards", "into", "as");
    private static final Set<String> NAME_JOINERS = Set.of("of", "on", "for", "the", "and", "&");
    private static final Set<String> SKIP_TO_VERB = Set.of("has", "have", "had", "also", "will", "would", "later",
            "then", "once", "again", "previously", "recently", "was", "is", "did", "does", "just", "repeatedly",
            "reportedly", "further", "earlier", "often");
    private static final Set<AttributionMethod> KEPT_RULES = Set.of(AttributionMethod.ROLE,
            AttributionMethod.ACCORDING_TO, AttributionMethod.DASH, AttributionMethod.TRANSCRIPT,
            AttributionMethod.POSSESSOR);

    private final AnnotatedArticle a;
    private final boolean[] quoteChar;
    private final Resolver resolver;
    private final SpeakerModel model;
    private final Consumer<CandidateSet> sink;
    private final Map<String, Integer> surnameCounts = new HashMap<>();
    /** Resolutions of names, roles and descriptions, which the windows of nearby quotations share. */
    private final Map<Long, Speaker> resolved = new HashMap<>();
    /** Registry role matches by start offset. */
    private final Map<Integer, ActorMatch> roles = new HashMap<>();

    SpeakerRanker(AnnotatedArticle a, boolean[] quoteChar, Resolver resolver, SpeakerModel model,
                  Consumer<CandidateSet> sink) {
        this.a = a;
        this.quoteChar = quoteChar;
        this.resolver = resolver;
        this.model = model;
        this.sink = sink;
        for (ActorMatch m : a.actors()) {
            if (m.method().equals("role")) {
                roles.putIfAbsent(m.start(), m);
            }
        }
    }

    /** A candidate while it is built: its tokens, its resolution and its features. */
    private static final class Cand {
        final MentionKind kind;
        final int sentence;
        final int from;
        final int to;
        final int start;
        final int end;
        final Speaker speaker;
        final Set<String> features = new LinkedHashSet<>();
        int distance;
        /** A clause break (`while`, `but`, `;`) stands between this mention and the quotation in its sentence. */
        boolean otherClause;

        Cand(MentionKind kind, int sentence, int from, int to, int start, int end, Speaker speaker) {
            this.kind = kind;
            this.sentence = sentence;
            this.from = from;
            this.to = to;
            this.start = start;
            this.end = end;
            this.speaker = speaker;
        }
    }

    boolean active() {
        return model != null || sink != null;
    }

    /**
     * The speaker of quotation m: the model's best candidate, or the rules' pick where the rules are kept, there is
     * no model, or nothing is likely enough.
     */
    Speaker choose(MarkedSpan m, String kind, Speaker rule, Previous prev) {
        if (!active()) {
            return rule;
        }
        int qFirst = a.sentenceAt(m.openMark());
        int qLast = a.sentenceAt(Math.max(m.start(), m.end() - 1));
        List<Cand> cands = candidates(qFirst, qLast, prev);
        int ruleIdx = -1;
        for (int i = 0; i < cands.size(); i++) {
            features(cands.get(i), m, qFirst, qLast, rule, prev);
        }
        markNearest(cands);
        ruleIdx = ruleIndex(cands, rule, prev);
        if (ruleIdx >= 0) {
            cands.get(ruleIdx).features.add("rule");
            cands.get(ruleIdx).features.add("rule_m=" + rule.method().label());
        } else {
            for (Cand c : cands) {
                c.features.add(rule == null ? "rule_none" : "rule_other");
            }
        }
        for (Cand c : cands) {
            crossFeatures(c, kind);
        }
        int chosen = ruleIdx;
        Speaker out = rule;
        // an account given `according to X` continues into the next sentence (`He will also "..."` stays X's)
        boolean keep = rule != null && (KEPT_RULES.contains(rule.method()) || rule.method() == AttributionMethod.CONTINUATION
                && prev != null && prev.speaker() != null && prev.speaker().method() == AttributionMethod.ACCORDING_TO);
        if (model != null && !cands.isEmpty() && !keep) {
            int best = -1;
            double bestP = -1;
            for (int i = 0; i < cands.size(); i++) {
                if (cands.get(i).otherClause && rule != null) {
                    continue; // `Moscow expects ..., while Washington will "...": Moscow is another clause's subject
                }
                double p = model.probability(cands.get(i).features);
                if (p > bestP) {
                    bestP = p;
                    best = i;
                }
            }
            if (best != ruleIdx && (rule != null || bestP >= MIN_PROBABILITY)) {
                chosen = best;
                Speaker sp = cands.get(best).speaker;
                out = sp.withMethod(AttributionMethod.RANKER, Math.round(bestP * 100) / 100.0);
            }
        }
        if (sink != null) {
            List<SpeakerCandidate> list = new ArrayList<>();
            for (Cand c : cands) {
                list.add(new SpeakerCandidate(c.kind, c.start, c.end, c.speaker.mention(), c.speaker.name(),
                        c.speaker.actorId(), List.copyOf(c.features)));
            }
            sink.accept(new CandidateSet(m.start(), m.end(), kind, list, chosen));
        }
        return out;
    }

    // ---------------------------------------------------------------- candidates

    private List<Cand> candidates(int qFirst, int qLast, Previous prev) {
        List<Cand> out = new ArrayList<>();
        int from = Math.max(0, qFirst - SENTENCES_BEFORE);
        int to = Math.min(a.sentences().size() - 1, qLast + 1);
        for (int k = from; k <= to; k++) {
            Sentence s = a.sentences().get(k);
            List<Token> t = s.tokens();
            int i = 0;
            while (i < t.size()) {
                Token tok = t.get(i);
                if (quoteChar[tok.start()]) {
                    i++;
                    continue;
                }
                int role = roleEnd(t, i);
                if (role > i) {
                    add(out, MentionKind.ROLE, s, i, role);
                    i = role;
                    continue;
                }
                if (nameToken(tok)) {
                    int j = i + 1;
                    while (j < t.size() && !quoteChar[t.get(j).start()] && (nameToken(t.get(j))
                            || NAME_JOINERS.contains(t.get(j).lower()) && j + 1 < t.size()
                            && nameToken(t.get(j + 1)) && !quoteChar[t.get(j + 1).start()])) {
                        j++;
                    }
                    add(out, MentionKind.NAME, s, i, j);
                    i = j;
                    continue;
                }
                if (PRONOUNS.contains(tok.lower())) {
                    add(out, MentionKind.PRONOUN, s, i, i + 1);
                    i++;
                    continue;
                }
                int nominal = nominalEnd(t, i);
                if (nominal > i) {
                    add(out, MentionKind.NOMINAL, s, i, nominal);
                    i = nominal;
                    continue;
                }
                i++;
            }
        }
        if (prev != null && prev.speaker() != null && prev.speaker().known()) {
            Speaker p = prev.speaker();
            out.add(new Cand(MentionKind.PREVIOUS, prev.sentence(), -1, -1, p.start(), p.end(), p));
        }
        return out;
    }

    private void add(List<Cand> out, MentionKind kind, Sentence s, int from, int to) {
        Interrupts.check(); // every candidate is resolved: the time budget must be able to stop a long window
        // a pronoun depends on who was in focus at this quotation; anything else resolves the same for every window
        long key = ((long) s.index() << 32) | ((long) from << 16) | to;
        Speaker sp = kind == MentionKind.PRONOUN ? resolver.resolve(s, from, to, AttributionMethod.RANKER)
                : resolved.computeIfAbsent(key, k -> resolver.resolve(s, from, to, AttributionMethod.RANKER));
        if (sp == null || kind == MentionKind.NAME && !sp.known()) {
            return; // a capitalised run of titles or sentence-opening words alone (`The`, `But`)
        }
        List<Token> t = s.tokens();
        out.add(new Cand(kind, s.index(), from, to, t.get(from).start(), t.get(to - 1).end(), sp));
    }

    private static boolean nameToken(Token t) {
        if (!t.isCapitalised() || t.word().length() < 2 && !t.word().equals("I")) {
            return false;
        }
        if (t.word().equals("I")) {
            return false;
        }
        return t.tag() == null || t.tagStarts("NNP") || t.tagStarts("JJ") || t.tagStarts("NN");
    }

    /** The end of a registry role match starting at token i (with a leading `the`), or -1. */
    private int roleEnd(List<Token> t, int i) {
        int at = t.get(i).lower().equals("the") && i + 1 < t.size() ? i + 1 : i;
        ActorMatch m = roles.get(t.get(at).start());
        if (m == null) {
            return -1;
        }
        int j = at;
        while (j < t.size() && t.get(j).start() < m.end()) {
            j++;
        }
        return j;
    }

    /** The end of a description starting at token i (`the utility`, `some residents`, `officials`), or -1. */
    private int nominalEnd(List<Token> t, int i) {
        String w = t.get(i).lower();
        if (!t.get(i).isCapitalised() && SpeakerType.describesSpeaker(w) && w.endsWith("s")) {
            return i + 1; // a bare plural: `officials said`
        }
        if (!NOMINAL_STARTS.contains(w)) {
            return -1;
        }
        int head = -1;
        for (int j = i + 1; j < Math.min(t.size(), i + 6); j++) {
            Token tok = t.get(j);
            if (quoteChar[tok.start()] || !Character.isLetter(tok.word().charAt(0)) || PREPOSITIONS.contains(tok.lower())
                    || Cues.lemma(tok.word()) != null && tok.tag() != null && tok.tagStarts("VB")) {
                break;
            }
            if (SpeakerType.describesSpeaker(tok.lower())) {
                head = j;
            }
        }
        return head < 0 ? -1 : head + 1;
    }

    // ---------------------------------------------------------------- features

    private void features(Cand c, MarkedSpan m, int qFirst, int qLast, Speaker rule, Previous prev) {
        Set<String> f = c.features;
        f.add("k=" + c.kind);
        Speaker sp = c.speaker;
        if (sp.known()) {
            f.add("known");
        }
        if (sp.actorId() != null) {
            f.add("actor");
        }
        f.add(sp.person() ? "person" : "body");
        if (c.kind == MentionKind.NOMINAL || c.kind == MentionKind.PRONOUN) {
            f.add("desc=" + SpeakerType.ofDescription(sp.mention()).label());
            if (sp.known()) {
                f.add("desc_resolved"); // `the governor` after `Gov. Mike Pence`, `he` after a person
            }
        }
        if (prev != null && prev.speaker() != null && prev.speaker().known() && sameEntity(sp, prev.speaker())) {
            f.add("prev");
            int lsd = qFirst - prev.sentence();
            f.add("prev_sd=" + (lsd <= 0 ? "0" : lsd == 1 ? "1" : lsd <= 3 ? "2-3" : "4+"));
        }
        f.add("salience=" + bucket(salience(sp), 1, 3, 6));
        int para = a.sentences().get(qFirst).paragraph();
        if (c.kind == MentionKind.PREVIOUS) {
            f.add("pos=previous");
            return;
        }
        Sentence s = a.sentences().get(c.sentence);
        List<Token> t = s.tokens();
        String pos;
        int dist;
        if (c.sentence < qFirst || c.sentence <= qLast && c.end <= m.openMark()) {
            int sd = qFirst - c.sentence;
            pos = sd == 0 ? "before" : "sd=" + sd;
            dist = Math.max(0, m.openMark() - c.end);
            if (sd == 0) {
                for (int k = c.to; k < t.size() && t.get(k).start() < m.openMark(); k++) {
                    c.otherClause |= Set.of("while", "whereas", "but", "although", "though", ";", "whilst")
                            .contains(t.get(k).lower());
                }
            }
        } else if (c.sentence > qLast || c.start >= m.end()) {
            pos = c.sentence > qLast ? "next" : "after";
            dist = Math.max(0, c.start - Math.max(m.end(), m.closeMark()));
        } else {
            pos = "inside";
            dist = 0;
        }
        c.distance = dist;
        f.add("pos=" + pos);
        f.add("dist=" + bucket(dist, 3, 15, 40, 100, 250));
        f.add(s.paragraph() == para ? "para=same" : s.paragraph() < para ? "para=before" : "para=after");
        // the grammatical relation to a reporting verb, read off the words around the mention
        int v = c.to;
        while (v < t.size() && v < c.to + 3 && (SKIP_TO_VERB.contains(t.get(v).lower()) || t.get(v).tagStarts("RB")
                || t.get(v).tagStarts("MD"))) {
            v++;
        }
        if (v < t.size() && !quoteChar[t.get(v).start()] && Cues.lemma(t.get(v).word()) != null
                && !t.get(v).tagStarts("NN")) {
            f.add("subj_cue");
            f.add(Cues.isSpeech(Cues.lemma(t.get(v).word())) ? "subj_speech" : "subj_stance");
        }
        if (c.from > 0) {
            Token before = t.get(c.from - 1);
            String lemma = Cues.lemma(before.word());
            if (lemma != null && !quoteChar[before.start()]) {
                f.add(Set.of("tell", "ask", "inform", "urge", "remind", "assure").contains(lemma) ? "obj_tell"
                        : "obj_cue");
            }
            if (before.lower().equals("to") && c.from > 1 && t.get(c.from - 2).lower().equals("according")) {
                f.add("according");
            } else if (PREPOSITIONS.contains(before.lower())) {
                f.add("prep");
            }
            if (before.word().matches("—|–|―|-|--")) {
                f.add("dash");
            }
            if (before.word().equals(",")) {
                f.add("comma_before");
            }
        }
        if (c.to < t.size()) {
            String next = t.get(c.to).word();
            if (next.equals("'s") || next.equals("’s") || next.equals("'") || next.equals("’")) {
                f.add("poss");
            } else if (next.equals(":")) {
                f.add("colon");
            } else if (next.equals(",")) {
                f.add("comma_after");
            }
        }
        String words = sp.mention().replaceAll("[^\\p{L} ]", "").trim();
        if (words.length() > 2 && words.equals(words.toUpperCase(Locale.ROOT))) {
            f.add("all_caps"); // a transcript's speaker label (`PENCE:`) or a dateline
        }
        if (c.kind == MentionKind.NAME && c.to - c.from == 1 && a.text().contains(" " + lower(t.get(c.from).word()) + " ")) {
            f.add("common_word"); // `Officials said`: capitalised only by its place in the sentence
        }
        int first = 0;
        while (first < t.size() && (quoteChar[t.get(first).start()] || t.get(first).word().matches("[,\"“”‘’'`]+"))) {
            first++;
        }
        if (c.from == first) {
            f.add("clause_first");
        }
        if (c.from == 0) {
            f.add("sentence_first");
        }
        boolean cueInSentence = false;
        for (int k = 0; k < t.size(); k++) {
            if (!quoteChar[t.get(k).start()] && Cues.lemma(t.get(k).word()) != null && !t.get(k).tagStarts("NN")) {
                cueInSentence = true;
                break;
            }
        }
        f.add(cueInSentence ? "s_cue" : "s_nocue");
        Sentence qs = a.sentences().get(qFirst);
        if (m.openMark() <= qs.start() + 1) {
            f.add(qs.index() == 0 || a.sentences().get(qs.index() - 1).paragraph() != qs.paragraph()
                    ? "q_opens_para" : "q_opens_sentence");
        }
        if (rule != null && rule.known() && sameEntity(sp, rule)) {
            f.add("rule_entity");
        }
    }

    /** Conjunctions of the candidate's kind and position with its other features (a linear model needs them). */
    private static void crossFeatures(Cand c, String quoteKind) {
        List<String> base = new ArrayList<>(c.features);
        String kind = "k=" + c.kind;
        String pos = base.stream().filter(x -> x.startsWith("pos=")).findFirst().orElse("pos=?");
        for (String f : base) {
            if (!f.equals(kind)) {
                c.features.add(kind + "&" + f);
            }
            if (!f.equals(pos) && !f.startsWith("pos=")) {
                c.features.add(pos + "&" + f);
            }
        }
        c.features.add(kind + "&" + pos + "&q=" + quoteKind);
    }

    private static void markNearest(List<Cand> cands) {
        Cand before = null;
        Cand after = null;
        for (Cand c : cands) {
            if (c.kind == MentionKind.PREVIOUS) {
                continue;
            }
            boolean isBefore = c.features.stream().anyMatch(f -> f.equals("pos=before") || f.startsWith("pos=sd="));
            boolean isAfter = c.features.contains("pos=after") || c.features.contains("pos=next");
            if (isBefore && (before == null || c.sentence > before.sentence
                    || c.sentence == before.sentence && c.distance < before.distance)) {
                before = c;
            }
            if (isAfter && (after == null || c.sentence < after.sentence
                    || c.sentence == after.sentence && c.distance < after.distance)) {
                after = c;
            }
        }
        if (before != null) {
            before.features.add("nearest_before");
        }
        if (after != null) {
            after.features.add("nearest_after");
        }
    }

    /** The candidate that is the rules' pick: the same mention, or the previous speaker for a continuation. */
    private static int ruleIndex(List<Cand> cands, Speaker rule, Previous prev) {
        if (rule == null) {
            return -1;
        }
        for (int i = 0; i < cands.size(); i++) {
            Cand c = cands.get(i);
            if (c.kind != MentionKind.PREVIOUS && rule.start() >= 0 && c.start < rule.end() && rule.start() < c.end) {
                return i;
            }
        }
        for (int i = 0; i < cands.size(); i++) {
            if (cands.get(i).kind == MentionKind.PREVIOUS && sameEntity(cands.get(i).speaker, rule)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameEntity(Speaker x, Speaker y) {
        if (x.actorId() != null || y.actorId() != null) {
            return x.actorId() != null && x.actorId().equals(y.actorId());
        }
        return x.name() != null && x.name().equals(y.name());
    }

    /** How often the candidate's surname (or the description's head) occurs in the article. */
    private int salience(Speaker sp) {
        String n = sp.name() != null ? sp.name() : sp.actorName() != null ? sp.actorName() : sp.mention();
        if (n == null || n.isBlank()) {
            return 0;
        }
        String[] w = n.trim().split("\\s+");
        String last = w[w.length - 1];
        return surnameCounts.computeIfAbsent(last, x -> {
            int count = 0;
            int at = a.text().indexOf(x);
            while (at >= 0 && count < 50) {
                count++;
                at = a.text().indexOf(x, at + x.length());
            }
            return count;
        });
    }

    private static String bucket(int v, int... bounds) {
        for (int b : bounds) {
            if (v <= b) {
                return "<=" + b;
            }
        }
        return ">" + bounds[bounds.length - 1];
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
