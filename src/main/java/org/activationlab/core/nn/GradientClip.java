package org.activationlab.core.nn;

import java.util.List;

/**
 * Gradient clipping, applied by an optimiser before its update (the post's remedy for
 * exploding gradients; it does nothing against vanishing ones).
 * <ul>
 *   <li>{@link Mode#VALUE}: every component clipped to [−t, t] (Keras {@code clipvalue}, the
 *       post's t = 0.5);</li>
 *   <li>{@link Mode#NORM}: the whole gradient (all parameters together) rescaled so its L2 norm
 *       is at most t (PyTorch {@code clip_grad_norm_}).</li>
 * </ul>
 */
public record GradientClip(Mode mode, double threshold) {
    /** No clipping. */
    public static final GradientClip NONE = new GradientClip(Mode.NONE, Double.POSITIVE_INFINITY);

    /** How to clip. */
    public enum Mode { NONE, VALUE, NORM }

    public GradientClip {
        if (mode != Mode.NONE && !(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("clip threshold must be a positive number, got " + threshold);
        }
    }

    public static GradientClip byValue(double t) {
        return new GradientClip(Mode.VALUE, t);
    }

    public static GradientClip byNorm(double t) {
        return new GradientClip(Mode.NORM, t);
    }

    /**
     * Clips the gradients in place. Returns the global L2 norm before clipping when clipping by
     * norm (the only mode that needs it), else NaN.
     */
    public double apply(List<Param> params) {
        if (mode == Mode.NONE) {
            return Double.NaN;
        }
        double norm = mode == Mode.NORM ? globalNorm(params) : Double.NaN;
        if (mode == Mode.VALUE) {
            float t = (float) threshold;
            for (Param p : params) {
                float[] g = p.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] = Math.max(-t, Math.min(t, g[i]));
                }
            }
        } else if (mode == Mode.NORM && norm > threshold) {
            float scale = (float) (threshold / norm);
            for (Param p : params) {
                float[] g = p.grad();
                for (int i = 0; i < g.length; i++) {
                    g[i] *= scale;
                }
            }
        }
        return norm;
    }

    /** sqrt(Σ g²) over all parameters, summed in double. */
    public static double globalNorm(List<Param> params) {
        double s = 0;
        for (Param p : params) {
            float[] g = p.grad();
            for (float v : g) {
                s += (double) v * v;
            }
        }
        return Math.sqrt(s);
    }
}
