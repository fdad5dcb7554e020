package dev.slant.models.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads gold attribution data: the seed's JSON lines and PolNeAR's brat stand-off files. */
public final class GoldReaders {
    private GoldReaders() {
    }

    /**
     * Seed gold: one JSON object per line (`quote`, `speaker`, `also_accept`, `kind`) for one article. Each quote is
     * located in the article text (marks and whitespace normalised); the date comes from the sidecar NAME.meta.json.
     */
    public static GoldArticle seed(Path goldJsonl, Path article) throws IOException {
        String text = Files.readString(article);
        ObjectMapper om = new ObjectMapper();
        LocalDate date = null;
        Path meta = article.resolveSibling(article.getFileName().toString().replaceFirst("\\.txt$", "") + ".meta.json");
        if (Files.isRegularFile(meta)) {
            String p = om.readTree(meta.toFile()).path("published").asText("");
            date = p.length() >= 10 ? LocalDate.parse(p.substring(0, 10)) : null;
        }
        List<GoldQuote> out = new ArrayList<>();
        String id = article.getFileName().toString();
        int searchFrom = 0;
        for (String line : Files.readAllLines(goldJsonl)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode n = om.readTree(line);
            String q = n.path("quote").asText();
            List<String> speakers = new ArrayList<>();
            speakers.add(n.path("speaker").asText());
            n.path("also_accept").forEach(x -> speakers.add(x.asText()));
            int at = text.indexOf(q, searchFrom);
            if (at < 0) {
                at = text.indexOf(q);
            }
            if (at < 0) {
                throw new IllegalArgumentException("gold quote not in the article: " + q);
            }
            searchFrom = at + 1;
            out.add(new GoldQuote(id, q, at, at + q.length(), n.path("kind").asText(null), speakers, -1, -1, null));
        }
        return new GoldArticle(id, text, date, out);
    }

    /**
     * A PolNeAR split folder (text/*.txt, attributions/*.ann). Articles with several annotators' files use the first
     * (by name), so no attribution counts twice. Dates come from the file name (`publisher_YYYY-MM-DD_...`).
     */
    public static List<GoldArticle> polnear(Path split, int limit) throws IOException {
        Map<String, Path> anns = new HashMap<>();
        try (Stream<Path> s = Files.list(split.resolve("attributions"))) {
            s.filter(p -> p.toString().endsWith(".ann")).sorted().forEach(p -> {
                String n = p.getFileName().toString();
                String base = n.substring(0, n.lastIndexOf('_'));
                anns.putIfAbsent(base, p);
            });
        }
        List<Path> texts;
        try (Stream<Path> s = Files.list(split.resolve("text"))) {
            texts = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        List<GoldArticle> out = new ArrayList<>();
        for (Path t : texts) {
            if (limit > 0 && out.size() >= limit) {
                break;
            }
            String base = t.getFileName().toString().replaceFirst("\\.txt$", "");
            Path ann = anns.get(base);
            if (ann == null) {
                continue;
            }
            String text = Files.readString(t);
            out.add(new GoldArticle(base, text, dateOf(base), brat(base, text, Files.readAllLines(ann))));
        }
        return out;
    }

    private static LocalDate dateOf(String base) {
        String[] parts = base.split("_");
        try {
            return parts.length > 1 ? LocalDate.parse(parts[1]) : null;
        } catch (RuntimeException e) {
            return null;
        }
    }

    static List<GoldQuote> brat(String id, String text, List<String> lines) {
        Map<String, int[]> spans = new HashMap<>();
        for (String l : lines) {
            if (!l.startsWith("T")) {
                continue;
            }
            String[] f = l.split("\t");
            if (f.length < 2) {
                continue;
            }
            String[] typeAndSpans = f[1].split(" ", 2);
            if (typeAndSpans.length < 2) {
                continue;
            }
            int lo = Integer.MAX_VALUE;
            int hi = -1;
            for (String piece : typeAndSpans[1].split(";")) {
                String[] se = piece.trim().split(" ");
                lo = Math.min(lo, Integer.parseInt(se[0]));
                hi = Math.max(hi, Integer.parseInt(se[1]));
            }
            spans.put(f[0], new int[]{lo, Math.min(hi, text.length())});
        }
        List<GoldQuote> out = new ArrayList<>();
        for (String l : lines) {
            if (!l.startsWith("E")) {
                continue;
            }
            String[] f = l.split("\t");
            String content = null;
            String source = null;
            for (String arg : f[1].split(" ")) {
                String[] kv = arg.split(":");
                if (kv.length == 2 && kv[0].equals("Content")) {
                    content = kv[1];
                } else if (kv.length == 2 && kv[0].equals("Source")) {
                    source = kv[1];
                }
            }
            int[] c = content == null ? null : spans.get(content);
            if (c == null || c[0] >= c[1]) {
                continue;
            }
            int[] s = source == null ? null : spans.get(source);
            String ctext = text.substring(c[0], c[1]);
            boolean marked = ctext.matches("(?s).*[\"“”].*");
            out.add(new GoldQuote(id, ctext, c[0], c[1], marked ? "marked" : "indirect", List.of(),
                    s == null ? -1 : s[0], s == null ? -1 : s[1], s == null ? null : text.substring(s[0], s[1])));
        }
        return out;
    }
}
