package dev.slant.kernel;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** An SVG image (a chart); shown inline in notebooks and in GitHub's notebook viewer. */
public record Svg(String markup, String title) implements Displayable {

    /** Writes the image to a file, e.g. for a paper figure. */
    public Path save(Path file) throws IOException {
        return Files.writeString(file, markup);
    }

    @Override
    public DisplayData toDisplayData() {
        DisplayData data = new DisplayData("[chart] " + title);
        data.putSVG(markup);
        return data;
    }

    @Override
    public String toString() {
        return "[chart] " + title;
    }
}
