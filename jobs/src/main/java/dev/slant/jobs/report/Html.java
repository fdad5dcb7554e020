package dev.slant.jobs.report;

import java.net.URI;
import java.util.Locale;

/**
 * The only way text from the warehouse reaches the page. Article titles, quotes and outlet names are untrusted input
 * (anyone can publish an article containing `<script>`), so every value is escaped for the context it lands in.
 */
public final class Html {
    private Html() {
    }

    /** Escapes for element content and for double- or single-quoted attribute values alike. */
    public static String esc(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                case '`' -> sb.append("&#96;");
                default -> {
                    // Control characters other than tab/newline are not valid in HTML text; drop them visibly.
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append('\uFFFD');
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /**
     * A link target that is safe to put in href: only absolute http(s) URLs pass; `javascript:`, `data:` and
     * anything unparsable give null, and the caller shows the title without a link.
     */
    public static String safeUrl(String url) {
        if (url == null || url.isBlank()) {
            return null;
        }
        try {
            URI u = new URI(url.trim());
            String scheme = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
            if ((scheme.equals("http") || scheme.equals("https")) && u.getHost() != null) {
                return u.toASCIIString();
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }

    /** `<a href>` for a safe URL (opened without referrer), else the escaped text alone. */
    public static String link(String url, String text) {
        String safe = safeUrl(url);
        String label = esc(text == null || text.isBlank() ? url : text);
        return safe == null ? label
                : "<a href=\"" + esc(safe) + "\" rel=\"noopener noreferrer nofollow\">" + label + "</a>";
    }
}
