package org.activationlab.app.control;

/**
 * How an axis maps data values to positions: evenly ({@link #LINEAR}) or by decades
 * ({@link #LOG10}, for gradients that shrink by orders of magnitude). Positions are computed in
 * "scaled" space (the value itself, or its log10), where zoom and pan are linear.
 */
public enum AxisScale {
    LINEAR,
    LOG10;

    /** The value in scaled space; NaN where the scale cannot show it (v ≤ 0 on a log axis). */
    public double toScaled(double v) {
        if (this == LINEAR) {
            return v;
        }
        return v > 0 ? Math.log10(v) : Double.NaN;
    }

    /** The inverse of {@link #toScaled}. */
    public double fromScaled(double s) {
        return this == LINEAR ? s : Math.pow(10.0, s);
    }

    /** Whether a data value can be drawn on this axis. */
    public boolean accepts(double v) {
        return Double.isFinite(v) && (this == LINEAR || v > 0);
    }
}
