package dev.slant.kernel;

import org.dflib.jjava.jupyter.kernel.display.DisplayData;

/** Something a cell can show richly: the kernel publishes its bundle instead of {@code toString()}. */
public interface Displayable {

    DisplayData toDisplayData();
}
