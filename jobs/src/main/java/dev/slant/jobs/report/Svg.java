package dev.slant.jobs.report;

import java.util.Locale;

/** Small helpers shared by the hand-written charts: coordinates with a fixed decimal point, and the chart frame. */
final class Svg {
    private Svg() {
    }

    /** Coordinates printed locale-independently (a German default locale must not write `12,5`). */
    static String n(double v) {
        if (Math.abs(v - Math.rint(v)) < 1e-9) {
            return Long.toString(Math.round(v));
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    /**
     * Opens an `<svg>` that announces itself to screen readers as one image, named by its `<title>` and described by
     * its `<desc>` (both escaped; ids must be unique on the page).
     */
    static StringBuilder open(String id, String cssClass, int width, int height, String title, String desc) {
        StringBuilder sb = new StringBuilder();
        sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart ").append(cssClass)
                .append("\" id=\"").append(Html.esc(id)).append("\" viewBox=\"0 0 ").append(width).append(' ')
                .append(height).append("\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" role=\"img\" aria-labelledby=\"").append(Html.esc(id)).append("-title ")
                .append(Html.esc(id)).append("-desc\">");
        sb.append("<title id=\"").append(Html.esc(id)).append("-title\">").append(Html.esc(title)).append("</title>");
        sb.append("<desc id=\"").append(Html.esc(id)).append("-desc\">").append(Html.esc(desc)).append("</desc>");
        return sb;
    }

    static void text(StringBuilder sb, double x, double y, String anchor, String cls, String content) {
        sb.append("<text x=\"").append(n(x)).append("\" y=\"").append(n(y)).append("\" text-anchor=\"")
                .append(anchor).append("\" class=\"").append(cls).append("\">").append(Html.esc(content))
                .append("</text>");
    }

    static void line(StringBuilder sb, double x1, double y1, double x2, double y2, String cls) {
        sb.append("<line x1=\"").append(n(x1)).append("\" y1=\"").append(n(y1)).append("\" x2=\"").append(n(x2))
                .append("\" y2=\"").append(n(y2)).append("\" class=\"").append(cls).append("\"/>");
    }

    /** Labels longer than the margin would run into the plot; cut them with an ellipsis (full text in the table). */
    static String clip(String label, int maxChars) {
        if (label == null) {
            return "";
        }
        return label.length() <= maxChars ? label : label.substring(0, maxChars - 1) + "…";
    }
}
