package org.activationlab.app.control;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * A shaded x-interval across the whole plot height, e.g. where a gradient vanishes. Bands with
 * the same label share one legend entry.
 *
 * @param from  left edge (data units)
 * @param to    right edge (data units), may be ±∞ to reach the plot's edge
 * @param fill  fill colour (use some transparency so the grid shows through)
 * @param label legend text, or {@code null}
 */
public record PlotBand(double from, double to, Color fill, String label) {
    public PlotBand {
        Objects.requireNonNull(fill, "fill");
        if (Double.isNaN(from) || Double.isNaN(to) || from > to) {
            throw new IllegalArgumentException("a band needs from <= to, got [" + from + ", " + to + "]");
        }
    }
}
