package dev.slant.jobs.ingest;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Pure string helpers for outlet names and web addresses; no lookups (see {@link OutletDirectory}). */
public final class OutletNames {
    private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*://");
    private static final Pattern WWW = Pattern.compile("^(www\\d*|m|amp|mobile)\\.");
    private static final Pattern DOMAIN_LIKE = Pattern.compile("^(https?://)?[a-z0-9-]+(\\.[a-z0-9-]+)*\\.[a-z]{2,}(/.*)?$");
    /** Second-level labels under country TLDs (bbc.co.uk, abc.net.au): the registrable domain has three labels. */
    private static final Set<String> SECOND_LEVEL = Set.of("co", "com", "org", "net", "gov", "ac", "edu", "go", "or", "ne");
    /** Section suffixes the AllSides names carry ("New York Times - News", "CNN (Web News)"). */
    private static final Pattern SECTION = Pattern.compile(
            "(?i)\\s*(?:-\\s*(?:news|opinion|editorial)|\\((?:web news|online news|online|news|opinion)\\)|"
                    + "online news|opinion|\\.com)\\s*$");

    private OutletNames() {
    }

    /** `https://www.NYTimes.com/2021/x.html` → `nytimes.com`: lower case, no scheme, path, port or www. */
    public static String host(String urlOrHost) {
        if (urlOrHost == null) {
            return null;
        }
        String s = urlOrHost.trim().toLowerCase(Locale.ROOT);
        s = SCHEME.matcher(s).replaceFirst("");
        int cut = indexOfAny(s, "/?#:");
        if (cut >= 0) {
            s = s.substring(0, cut);
        }
        int at = s.lastIndexOf('@');
        if (at >= 0) {
            s = s.substring(at + 1);
        }
        String prev;
        do {
            prev = s;
            s = WWW.matcher(s).replaceFirst("");
        } while (!s.equals(prev) && s.indexOf('.') > 0);
        if (s.endsWith(".")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() || s.indexOf('.') < 0 ? null : s;
    }

    /** The registrable part of a host: `money.cnn.com` → `cnn.com`, `news.bbc.co.uk` → `bbc.co.uk`. */
    public static String registrableDomain(String host) {
        if (host == null) {
            return null;
        }
        String[] labels = host.split("\\.");
        if (labels.length <= 2) {
            return host;
        }
        int keep = labels[labels.length - 1].length() == 2 && SECOND_LEVEL.contains(labels[labels.length - 2]) ? 3 : 2;
        return String.join(".", java.util.Arrays.copyOfRange(labels, labels.length - keep, labels.length));
    }

    /** Whether a source string is an address (`nytimes.com`, `https://www.cnn.com/`) rather than a name. */
    public static boolean looksLikeDomain(String source) {
        return source != null && DOMAIN_LIKE.matcher(source.trim().toLowerCase(Locale.ROOT)).matches();
    }

    /** Comparable form of an outlet name: `The New York Times` → `new york times`. */
    public static String normalizeName(String name) {
        if (name == null) {
            return null;
        }
        String s = name.toLowerCase(Locale.ROOT).replace("&", " and ");
        s = s.replaceAll("[^\\p{L}\\p{N}]+", " ").trim();
        s = s.replaceAll("^the\\s+", "");
        return s.isEmpty() ? null : s;
    }

    /** The name without its section suffix: `New York Times - News` → `new york times`. */
    public static String baseName(String name) {
        if (name == null) {
            return null;
        }
        String s = name.trim();
        String prev;
        do {
            prev = s;
            s = SECTION.matcher(s).replaceFirst("");
        } while (!s.equals(prev) && !s.isEmpty());
        return normalizeName(s.isEmpty() ? name : s);
    }

    /** A key for outlets known by name only (`Atalayar` → `atalayar`). */
    public static String slug(String name) {
        String n = normalizeName(name);
        return n == null ? null : n.replace(' ', '-');
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
