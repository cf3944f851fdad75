package org.activationlab.app.control;

import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;

/**
 * The fonts of a plot and the spaces made for them, at one text scale: 1 for the normal window,
 * larger in presenter mode or when the window is zoomed (bound to the app's appearance through
 * {@link PlotView#textScaleProperty()}), so tick labels grow with the rest of the text on a projector.
 * Sizes at scale 1 are already chosen for a projector: ticks 14 px, axis names 16, title 18 bold,
 * legend and read-out 15.
 */
record PlotText(double scale, Font tick, Font axis, Font title, Font legend, Font readout) {
    /** The smallest and largest scale honoured (a mistyped zoom must not make text vanish or fill the plot). */
    static final double MIN_SCALE = 0.5;
    static final double MAX_SCALE = 4;
    private static volatile PlotText last = make(1);

    /** The fonts at {@code scale} (clamped to [{@value #MIN_SCALE}, {@value #MAX_SCALE}]; NaN → 1). */
    static PlotText of(double scale) {
        double k = Double.isNaN(scale) ? 1 : Math.max(MIN_SCALE, Math.min(MAX_SCALE, scale));
        PlotText t = last;
        if (t.scale != k) {
            t = make(k);
            last = t; // one scale is in use at a time: keep the fonts of the last one
        }
        return t;
    }

    private static PlotText make(double k) {
        return new PlotText(k, Font.font("System", 14 * k), Font.font("System", 16 * k),
                Font.font("System", FontWeight.BOLD, 18 * k), Font.font("System", 15 * k), Font.font("System", 15 * k));
    }

    /** A space (px) laid out for text of size 1, at this scale. */
    double px(double size) {
        return size * scale;
    }
}
