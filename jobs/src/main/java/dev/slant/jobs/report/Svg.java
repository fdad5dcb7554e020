package dev.slant.jobs.report;

import java.util.Locale;
import java.util.Map;

/**
 * Small helpers shared by the hand-written charts: coordinates with a fixed decimal point, the chart frame, and the
 * look of each mark. The look is written as presentation attributes on the marks (the class names stay for tests and
 * readers), so a chart is the same on the report page, in a notebook output and saved as an .svg file on its own.
 */
public final class Svg {
    /** Top margin taken by a visible title (charts outside the report page, where no heading names them). */
    static final int TITLE_HEIGHT = 26;
    private static final String FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, "
            + "sans-serif";
    private static final String INK = "#1d2330";
    private static final String MUTED = "#5f6b7a";
    private static final String ACCENT = "#1f5fa8";
    private static final Map<String, String> LOOK = Map.ofEntries(
            Map.entry("grid", "stroke=\"#e8ebf0\""),
            Map.entry("zero", "stroke=\"#8a94a3\" stroke-dasharray=\"3 3\""),
            Map.entry("axis", "stroke=\"#8a94a3\""),
            Map.entry("tick", "fill=\"" + MUTED + "\" font-size=\"11\""),
            Map.entry("axis-label", "fill=\"" + INK + "\" font-size=\"12\""),
            Map.entry("row-label", "fill=\"" + INK + "\""),
            Map.entry("note", "fill=\"" + MUTED + "\" font-size=\"11\""),
            Map.entry("empty", "fill=\"" + MUTED + "\""),
            Map.entry("title", "fill=\"" + INK + "\" font-size=\"14\" font-weight=\"600\""),
            Map.entry("whisker", "stroke=\"" + ACCENT + "\" stroke-width=\"2\""),
            Map.entry("whisker low", "stroke=\"#a9b1bc\" stroke-width=\"2\""),
            Map.entry("whisker-cap", "stroke=\"" + ACCENT + "\" stroke-width=\"2\""),
            Map.entry("whisker-cap low", "stroke=\"#a9b1bc\" stroke-width=\"2\""),
            Map.entry("dot", "fill=\"" + ACCENT + "\" stroke=\"#fff\" stroke-width=\"1.5\""),
            Map.entry("dot low", "fill=\"#fff\" stroke=\"#8a94a3\" stroke-width=\"2\""),
            Map.entry("bar", "fill=\"" + ACCENT + "\""),
            Map.entry("bar low", "fill=\"#b7c6da\""));

    private Svg() {
    }

    /** Coordinates printed locale-independently (a German default locale must not write `12,5`). */
    static String n(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /** ` class="cls" look…` for a mark of that class. */
    static String look(String cls) {
        String attrs = LOOK.get(cls);
        return " class=\"" + cls + "\"" + (attrs == null ? "" : " " + attrs);
    }

    /**
     * Opens an `<svg>` that announces itself to screen readers as one image, named by its `<title>` and described by
     * its `<desc>` (both escaped; ids must be unique on the page). With `showTitle` the title is also drawn on top
     * (the caller then starts its plot {@link #TITLE_HEIGHT} lower).
     */
    static StringBuilder open(String id, String cssClass, int width, int height, String title, String desc,
                              boolean showTitle) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(cssClass)
                .append("\" id=\"").append(Html.esc(id)).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(Html.esc(id)).append("-title ")
                .append(Html.esc(id)).append("-desc\" font-family=\"").append(FONT).append("\" font-size=\"12\">");
        sb.append("<title id=\"").append(Html.esc(id)).append("-title\">").append(Html.esc(title)).append("</title>");
        sb.append("<desc id=\"").append(Html.esc(id)).append("-desc\">").append(Html.esc(desc)).append("</desc>");
        if (showTitle) {
            // A title wider than the chart (about 7.5 px a character at 14 px) is condensed to fit, not cut.
            String fit = title.length() * 7.5 > width - 16 ? " textLength=\"" + (width - 16)
                    + "\" lengthAdjust=\"spacingAndGlyphs\"" : "";
            sb.append("<text x=\"8\" y=\"18\"").append(fit).append(look("title")).append('>')
                    .append(Html.esc(title)).append("</text>");
        }
        return sb;
    }

    static void text(StringBuilder sb, double x, double y, String anchor, String cls, String content) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append('"').append(look(cls)).append('>').append(Html.esc(content))
                .append("</text>");
    }

    static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String cls) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append('"').append(look(cls)).append("/>");
    }

    /** Labels longer than the margin would run into the plot; cut them with an ellipsis (full text in the table). */
    static String clip(String label, int maxChars) {
        if (label == null) {
            return "";
        }
        return label.length() <= maxChars ? label : label.substring(0, maxChars - 1) + "…";
    }
}
