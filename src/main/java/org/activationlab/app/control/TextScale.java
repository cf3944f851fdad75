package org.activationlab.app.control;

/**
 * The app's text scale (presenter mode, zoom) as the custom-drawn views take it: canvases and
 * typeset formulas that scale themselves (the chain's diagram, product bar and step equation,
 * the explorer's formulas, the hinge plot). A value that makes no sense (NaN) counts as 1, and the
 * scale is kept in [{@value #MIN}, {@value #MAX}] so a drawing never shrinks to nothing or
 * outgrows its screen.
 */
public final class TextScale {
    public static final double MIN = 0.5;
    public static final double MAX = 3;

    private TextScale() {
    }

    public static double clamp(double k) {
        return Double.isNaN(k) ? 1 : Math.max(MIN, Math.min(MAX, k));
    }
}
