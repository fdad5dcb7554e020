package dev.slant.kernel;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** An HTML fragment for a cell output; {@code plain} is what non-HTML viewers (and nbconvert to text) show. */
public record Html(String html, String plain) implements Displayable {

    public static Html of(String html) {
        return new Html(html, html.replaceAll("<[^>]+>", " ").replaceAll("\\s+", " ").strip());
    }

    @Override
    public DisplayData toDisplayData() {
        DisplayData data = new DisplayData(plain);
        data.putHTML(html);
        return data;
    }

    @Override
    public String toString() {
        return plain;
    }
}
