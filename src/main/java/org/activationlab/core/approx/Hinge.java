package org.activationlab.core.approx;

/**
 * One hidden ReLU unit of a one-hidden-layer network, as the hinge it adds to the output:
 * {@code v · relu(w·x + b)}.
 *
 * <p>The hinge is flat (zero) on one side of its breakpoint x = −b/w and a straight line of
 * slope v·w on the other: for w &gt; 0 it is active to the right, for w &lt; 0 to the left. Passing
 * the breakpoint from left to right changes the slope of the network's output by v·|w|. With
 * w = 0 the unit is a constant v·relu(b) with no breakpoint.
 */
public record Hinge(double w, double b, double v) {

    public Hinge {
        if (!Double.isFinite(w) || !Double.isFinite(b) || !Double.isFinite(v)) {
            throw new IllegalArgumentException("hinge parameters must be finite, got w=" + w + ", b=" + b + ", v=" + v);
        }
    }

    /** The hinge with its kink at x = p, input weight w (≠ 0) and output weight v. */
    public static Hinge at(double p, double w, double v) {
        if (w == 0) {
            throw new IllegalArgumentException("a hinge with a breakpoint needs w != 0");
        }
        return new Hinge(w, -w * p, v);
    }

    /** v · relu(w·x + b). */
    public double value(double x) {
        return v * ReluNetwork.RELU.value(w * x + b);
    }

    /** x = −b/w where the unit switches on or off; NaN when w = 0. */
    public double breakpoint() {
        return w == 0 ? Double.NaN : -b / w;
    }

    /** The change of slope of the sum across the breakpoint, left to right: v·|w|. */
    public double slopeChange() {
        return v * Math.abs(w);
    }

    /** Whether the unit is active to the right of its breakpoint (w &gt; 0). */
    public boolean facesRight() {
        return w > 0;
    }

    /** The same hinge moved so its kink sits at x = p (slope kept). */
    public Hinge withBreakpoint(double p) {
        return at(p, w, v);
    }

    /** The same kink and input weight, with the output weight set so the slope changes by s there. */
    public Hinge withSlopeChange(double s) {
        if (w == 0) {
            throw new IllegalStateException("a hinge with w = 0 has no kink whose slope could change");
        }
        return new Hinge(w, b, s / Math.abs(w));
    }

    /** The same kink with output weight v. */
    public Hinge withOutputWeight(double newV) {
        return new Hinge(w, b, newV);
    }
}
