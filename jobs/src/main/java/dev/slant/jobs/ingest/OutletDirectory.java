package dev.slant.jobs.ingest;

import java.io.IOException;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What Slant knows about outlets: which web domain a name stands for, and the MBFC and AllSides ratings. Built once
 * on the driver from the outlet rating files and from the (name, address) pairs seen in the data itself (the corpus
 * says `New York Times - News` is published on www.nytimes.com), then broadcast. No outlet is listed by hand.
 */
public final class OutletDirectory implements Serializable {
    private static final long serialVersionUID = 1L;
    /** A name maps to a domain when at least this share of its articles carry that domain. */
    static final double DOMINANT_SHARE = 0.8;

    /** One (outlet name, address) pair seen in the data with how many articles carry it. */
    public record Observed(String name, String address, long count) implements Serializable {
    }

    /** The ratings joined onto an article; any may be null. */
    public record Ratings(String biasMbfc, String factMbfc, String biasAllsides) implements Serializable {
    }

    private final Set<String> knownDomains = new HashSet<>();
    private final Map<String, String> domainByName = new HashMap<>();
    private final Map<String, String> domainByLabel = new HashMap<>();
    private final Map<String, String[]> mbfcByDomain = new HashMap<>();
    private final Map<String, String> allsidesByName = new HashMap<>();
    private final Map<String, String> allsidesByDomain = new HashMap<>();

    private OutletDirectory() {
    }

    /** An empty directory: keys from addresses and names only, no ratings. */
    public static OutletDirectory empty() {
        return new OutletDirectory();
    }

    /**
     * @param outletsDir folder with `mbfc-acl2020.tsv` and `allsides-2019.csv` (either may be missing; null for none)
     * @param observed   (name, address, count) pairs from the input and the warehouse
     */
    public static OutletDirectory build(Path outletsDir, List<Observed> observed) {
        OutletDirectory d = new OutletDirectory();
        Map<String, String> mbfcSlugs = new HashMap<>();
        List<String[]> allsides = new ArrayList<>();
        if (outletsDir != null) {
            d.loadMbfc(outletsDir.resolve("mbfc-acl2020.tsv"), mbfcSlugs);
            allsides = loadAllsides(outletsDir.resolve("allsides-2019.csv"));
        }
        for (Observed o : observed) {
            String h = OutletNames.host(o.address());
            if (h != null) {
                d.knownDomains.add(h);
            }
        }
        d.mapNamesFromData(observed);
        mbfcSlugs.forEach(d.domainByName::putIfAbsent);
        for (String[] a : allsides) {
            String name = OutletNames.normalizeName(a[0]);
            if (name == null) {
                continue;
            }
            d.allsidesByName.put(name, a[1]);
            String handle = a[2] == null ? null : a[2].toLowerCase(Locale.ROOT);
            if (handle != null && !handle.equals("na") && d.knownDomains.contains(handle + ".com")) {
                d.domainByName.putIfAbsent(name, handle + ".com");
            }
        }
        for (String domain : d.knownDomains) {
            String reg = OutletNames.registrableDomain(domain);
            if (reg.equals(domain)) {
                String label = reg.substring(0, reg.indexOf('.'));
                // Two domains with one label (vice.com, vice.org) say nothing about the name "Vice".
                d.domainByLabel.merge(label, reg, (x, y) -> x.equals(y) ? x : "");
            }
        }
        d.domainByLabel.values().removeIf(String::isEmpty);
        d.mapAllsidesToDomains(observed);
        return d;
    }

    /**
     * The outlet's key: its web domain wherever one is known (from the corpus's source_url, an address given as the
     * source, the name's domain, the article's url), else a slug of the name.
     */
    public String sourceKey(String source, String sourceUrl, String url) {
        String k = domainKey(sourceUrl);
        if (k == null && OutletNames.looksLikeDomain(source)) {
            k = domainKey(source);
        }
        if (k == null) {
            k = domainForName(source);
        }
        if (k == null) {
            k = domainKey(url);
        }
        if (k == null) {
            k = OutletNames.slug(source);
        }
        return k == null ? "unknown" : k;
    }

    /** `politicalticker.blogs.cnn.com` → `cnn.com`: the shortest suffix that is a known outlet domain. */
    public String domainKey(String urlOrHost) {
        String h = OutletNames.host(urlOrHost);
        if (h == null) {
            return null;
        }
        String shortestKnown = null;
        for (String suffix = h; suffix.indexOf('.') > 0; suffix = suffix.substring(suffix.indexOf('.') + 1)) {
            if (knownDomains.contains(suffix)) {
                shortestKnown = suffix;
            }
        }
        return shortestKnown != null ? shortestKnown : OutletNames.registrableDomain(h);
    }

    /** The domain a name stands for, or null. */
    public String domainForName(String source) {
        String n = OutletNames.normalizeName(source);
        if (n == null) {
            return null;
        }
        String d = domainByName.get(n);
        if (d == null) {
            d = domainByName.get(OutletNames.baseName(source));
        }
        if (d == null) {
            d = domainByLabel.get(n.replace(" ", ""));
        }
        return d;
    }

    public Ratings ratings(String source, String sourceKey) {
        String[] m = sourceKey == null ? null : mbfcByDomain.get(sourceKey);
        String n = OutletNames.normalizeName(source);
        String as = n == null ? null : allsidesByName.get(n);
        if (as == null && sourceKey != null) {
            as = allsidesByDomain.get(sourceKey);
        }
        return new Ratings(m == null ? null : m[0], m == null ? null : m[1], as);
    }

    /** left / center / right from AllSides, else MBFC, else the corpus's own label; null when none says. */
    public static String lean(Ratings r, String corpusLabel) {
        String l = leanOf(r.biasAllsides());
        if (l == null) {
            l = leanOf(r.biasMbfc());
        }
        return l != null ? l : leanOf(corpusLabel);
    }

    static String leanOf(String rating) {
        if (rating == null) {
            return null;
        }
        String r = rating.trim().toLowerCase(Locale.ROOT);
        if (r.contains("left")) {
            return "left";
        }
        if (r.contains("right")) {
            return "right";
        }
        if (r.equals("center") || r.equals("centre") || r.equals("least biased") || r.equals("least-biased")) {
            return "center";
        }
        return null;
    }

    int knownDomainCount() {
        return knownDomains.size();
    }

    private void mapNamesFromData(List<Observed> observed) {
        Map<String, Map<String, Long>> byName = new HashMap<>();
        for (Observed o : observed) {
            String key = domainKey(o.address());
            if (key == null || o.name() == null || OutletNames.looksLikeDomain(o.name())) {
                continue;
            }
            for (String n : new String[] {OutletNames.normalizeName(o.name()), OutletNames.baseName(o.name())}) {
                if (n != null) {
                    byName.computeIfAbsent(n, x -> new HashMap<>()).merge(key, o.count(), Long::sum);
                }
            }
        }
        byName.forEach((name, counts) -> {
            long total = counts.values().stream().mapToLong(Long::longValue).sum();
            counts.entrySet().stream().max(Map.Entry.comparingByValue())
                    .filter(e -> e.getValue() >= DOMINANT_SHARE * total)
                    .ifPresent(e -> domainByName.put(name, e.getKey()));
        });
    }

    /** Each domain takes the AllSides rating of the rated name that most of its articles carry. */
    private void mapAllsidesToDomains(List<Observed> observed) {
        Map<String, Map<String, Long>> byDomain = new HashMap<>();
        for (Observed o : observed) {
            String n = OutletNames.normalizeName(o.name());
            String key = domainKey(o.address());
            if (n != null && key != null && allsidesByName.containsKey(n)) {
                byDomain.computeIfAbsent(key, x -> new HashMap<>()).merge(n, o.count(), Long::sum);
            }
        }
        byDomain.forEach((domain, counts) -> counts.entrySet().stream()
                .max(Comparator.comparing((Map.Entry<String, Long> e) -> e.getValue())
                        .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                .ifPresent(e -> allsidesByDomain.put(domain, allsidesByName.get(e.getKey()))));
        domainByName.forEach((name, domain) -> {
            String r = allsidesByName.get(name);
            if (r != null) {
                allsidesByDomain.putIfAbsent(domain, r);
            }
        });
    }

    private void loadMbfc(Path file, Map<String, String> slugs) {
        if (!Files.isReadable(file)) {
            return;
        }
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            for (String line : lines.subList(Math.min(1, lines.size()), lines.size())) {
                String[] f = line.split("\t", -1);
                if (f.length < 5) {
                    continue;
                }
                String domain = OutletNames.host(f[1].isBlank() ? f[0] : f[1]);
                if (domain == null) {
                    continue;
                }
                knownDomains.add(domain);
                mbfcByDomain.put(domain, new String[] {blankToNull(f[4]), blankToNull(f[3])});
                String slug = f[2].replaceAll("/+$", "");
                slug = slug.substring(slug.lastIndexOf('/') + 1);
                String name = OutletNames.normalizeName(slug.replace('-', ' '));
                if (name != null && !slug.contains(".")) {
                    slugs.putIfAbsent(name, domain);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Rows of (news_source, rating, screen_name). */
    private static List<String[]> loadAllsides(Path file) {
        List<String[]> out = new ArrayList<>();
        if (!Files.isReadable(file)) {
            return out;
        }
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            CsvRecordParser p = new CsvRecordParser(r, ',');
            List<String> header = p.next();
            if (header == null) {
                return out;
            }
            int name = header.indexOf("news_source");
            int rating = header.indexOf("rating");
            int handle = header.indexOf("screen_name");
            for (List<String> row = p.next(); row != null; row = p.next()) {
                if (row.size() == header.size() && name >= 0 && rating >= 0) {
                    out.add(new String[] {row.get(name), blankToNull(row.get(rating)),
                        handle >= 0 ? blankToNull(row.get(handle)) : null});
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
        return out;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() || s.equalsIgnoreCase("NA") ? null : s.trim();
    }
}
