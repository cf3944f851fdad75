package org.activationlab.app.explorer;

import java.util.List;
import org.activationlab.core.activation.Activation;

/**
 * One immutable frame of the explorer's data: the shared x grid, f and f′ of every shown function
 * (the selected one first), and where the selected function's gradient vanishes or is zero.
 * The arrays are never changed after publication.
 */
public record ExplorerPlot(double[] x, List<Curve> curves, List<Interval> saturated, List<Interval> dead) {

    /** One function's samples; {@code colorIndex} is its place in the palette. */
    public record Curve(Activation function, int colorIndex, double[] f, double[] df) {
        public String label() {
            return function.label();
        }
    }

    /** A closed x-interval [from, to]; ±∞ means the region continues beyond the samples. */
    public record Interval(double from, double to) {
    }

    /** The selected function's curve. */
    public Curve selected() {
        return curves.get(0);
    }
}
