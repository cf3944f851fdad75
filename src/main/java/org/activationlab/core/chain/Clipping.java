package org.activationlab.core.chain;

/**
 * Gradient clipping before the descent step.
 * <ul>
 *   <li>{@link Mode#BY_VALUE}: each component g_i is clipped to [−t, t];</li>
 *   <li>{@link Mode#BY_NORM}: the whole gradient (all dC/db_j and dC/dw_j together) is rescaled
 *       by t/‖g‖₂ when its L2 norm exceeds t, keeping its direction.</li>
 * </ul>
 * Neither cures a vanishing gradient: they only cap large steps.
 *
 * @param mode      none, by value or by norm
 * @param threshold t &gt; 0 (ignored for {@link Mode#NONE})
 */
public record Clipping(Mode mode, double threshold) {

    public enum Mode { NONE, BY_VALUE, BY_NORM }

    public static final Clipping NONE = new Clipping(Mode.NONE, Double.NaN);

    public Clipping {
        if (mode == null) {
            throw new IllegalArgumentException("clipping mode must not be null");
        }
        if (mode != Mode.NONE && !(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("the clipping threshold must be a positive finite number, got "
                    + threshold);
        }
    }

    public static Clipping byValue(double t) {
        return new Clipping(Mode.BY_VALUE, t);
    }

    public static Clipping byNorm(double t) {
        return new Clipping(Mode.BY_NORM, t);
    }

    public boolean isNone() {
        return mode == Mode.NONE;
    }

    @Override
    public String toString() {
        return switch (mode) {
            case NONE -> "no clipping";
            case BY_VALUE -> "clip by value " + threshold;
            case BY_NORM -> "clip by norm " + threshold;
        };
    }
}
