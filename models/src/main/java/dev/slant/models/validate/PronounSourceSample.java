package dev.slant.models.validate;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.slant.models.quotes.Quote;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * A random sample of the found quotations whose gold source span is a pronoun or a nominal (`he`, `the campaign`),
 * for checking by hand what full-name accuracy cannot check automatically: whether `speaker` is the name the pronoun or
 * description refers to. Each item carries the article up to the end of the quotation's sentence, so that a reader
 * can resolve the reference from what the article has said so far.
 */
public final class PronounSourceSample {
    private PronounSourceSample() {
    }

    /** Words that make a whole source span a pronoun (a possessive or a `who` clause makes it a nominal). */
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "him", "her",
            "them", "us", "me", "himself", "herself", "themselves", "itself", "one", "this", "that", "who", "which");

    /** One sampled quotation: the gold's view (quote, source span) beside Slant's (speaker, its type, actor). */
    public record Item(String articleId, String sourceKind, String goldQuote, String foundQuote, String source,
                       String speaker, String speakerType, String speakerTitle, String actorId, String context) {
    }

    /**
     * Up to n of the matches whose quotation was found and whose gold source is not a name ({@link GoldNames} finds
     * none at its head), drawn at random with the seed and listed in article order.
     */
    public static List<Item> draw(List<AttributionValidation.Match> matches, int n, long seed) {
        List<AttributionValidation.Match> pool = new ArrayList<>();
        for (AttributionValidation.Match m : matches) {
            GoldQuote g = m.gold();
            if (m.found() != null && g.sourceStart() >= 0 && g.sourceEnd() > g.sourceStart()
                    && GoldNames.expected(m.article().text(), g.sourceStart(), g.sourceEnd()) == null) {
                pool.add(m);
            }
        }
        Collections.shuffle(pool, new Random(seed));
        List<AttributionValidation.Match> picked = new ArrayList<>(pool.subList(0, Math.min(n, pool.size())));
        picked.sort(Comparator.comparing((AttributionValidation.Match m) -> m.article().id())
                .thenComparingInt(m -> m.gold().start()));
        return picked.stream().map(PronounSourceSample::item).toList();
    }

    private static Item item(AttributionValidation.Match m) {
        GoldQuote g = m.gold();
        Quote q = m.found();
        String text = m.article().text();
        int last = Math.max(Math.max(g.end(), q.charEnd()), g.sourceEnd());
        return new Item(m.article().id(), sourceKind(g.sourceText()), g.text(), q.text(), g.sourceText(), q.speaker(),
                q.speakerType(), q.speakerTitle(), q.actorId(), text.substring(0, sentenceEnd(text, last)));
    }

    /** `pronoun` when the whole source span is one pronoun (`He`, `they`), else `nominal`. */
    public static String sourceKind(String source) {
        String s = source.trim().replaceAll("^[\"“”‘’'(]+|[\"“”‘’'),.;:]+$", "").toLowerCase(Locale.ROOT);
        return PRONOUNS.contains(s) ? "pronoun" : "nominal";
    }

    /**
     * The end of the sentence holding position at: past the first `.`, `?` or `!` (with any closing marks) that is
     * followed by white space, or the end of the line; the article's end at the latest.
     */
    static int sentenceEnd(String text, int at) {
        for (int k = Math.max(0, at); k < text.length(); k++) {
            char c = text.charAt(k);
            if (c == '\n') {
                return k;
            }
            if (c == '.' || c == '?' || c == '!') {
                int e = k + 1;
                while (e < text.length() && "\"”’')".indexOf(text.charAt(e)) >= 0) {
                    e++;
                }
                if (e == text.length() || Character.isWhitespace(text.charAt(e))) {
                    return e;
                }
            }
        }
        return text.length();
    }

    /** The items as JSON lines (snake_case keys, the same as a judged file's: see {@link JudgedPronounSample}). */
    public static void write(List<Item> items, Path out) throws IOException {
        ObjectMapper json = new ObjectMapper();
        StringBuilder sb = new StringBuilder();
        for (Item it : items) {
            ObjectNode n = json.createObjectNode();
            n.put("article_id", it.articleId());
            n.put("source_kind", it.sourceKind());
            n.put("source", it.source());
            n.put("gold_quote", it.goldQuote());
            n.put("found_quote", it.foundQuote());
            n.put("speaker", it.speaker());
            n.put("speaker_type", it.speakerType());
            n.put("speaker_title", it.speakerTitle());
            n.put("actor_id", it.actorId());
            n.put("context", it.context());
            sb.append(json.writeValueAsString(n)).append('\n');
        }
        if (out.getParent() != null) {
            Files.createDirectories(out.getParent());
        }
        Files.writeString(out, sb);
    }
}
