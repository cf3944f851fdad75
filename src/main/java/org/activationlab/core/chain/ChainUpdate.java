package org.activationlab.core.chain;

/**
 * One plain gradient-descent step on every parameter of a chain, θ ← θ − η·g, after optional
 * {@link Clipping}; the raw and the clipped step are kept side by side for the screen's table.
 *
 * <p>The gradient vector for clipping by norm is (dC/db_1..dC/db_L, dC/dw_1..dC/dw_L); its norm
 * is computed in {@link BigMag}, so it works for 10^+20000 as well as for 10^−6000.
 * Immutable. <b>Layers are numbered 1..L.</b>
 */
public final class ChainUpdate {
    private final ChainResult result;
    private final double learningRate;
    private final Clipping clipping;
    private final BigMag rawNorm;
    private final BigMag clippedNorm;
    /** t/‖g‖ when clipping by norm rescales the gradient, else {@link BigMag#ONE}. */
    private final BigMag normScale;
    private final BigMag eta;
    /**
     * The per-parameter steps, made when first asked for: the screen shows a few of them (b₁, the
     * table's visible rows), while making all 2·L on every redraw of a deep chain was most of the
     * garbage a drag produced. Filled racily but safely: each slot only ever receives equal
     * immutable values.
     */
    private final ParamUpdate[] biases;
    private final ParamUpdate[] weights;

    private ChainUpdate(ChainResult result, double learningRate, Clipping clipping) {
        this.result = result;
        this.learningRate = learningRate;
        this.clipping = clipping;
        int depth = result.depth();
        this.rawNorm = norm(null);
        this.normScale = clipping.mode() == Clipping.Mode.BY_NORM
                && rawNorm.compareTo(BigMag.of(clipping.threshold())) > 0
                ? BigMag.of(clipping.threshold()).divide(rawNorm) : BigMag.ONE;
        this.clippedNorm = clipping.mode() == Clipping.Mode.NONE ? rawNorm : norm(clipping);
        this.eta = BigMag.of(learningRate);
        this.biases = new ParamUpdate[depth];
        this.weights = new ParamUpdate[depth];
    }

    /**
     * ‖g‖₂ over every dC/db_j and dC/dw_j, after the given clipping ({@code null}: raw), summed
     * without an object per term (see {@link SquareSum}); the terms are the same bits as
     * {@link ChainResult#dCdb} and {@link ChainResult#dCdw}.
     */
    private BigMag norm(Clipping clip) {
        SquareSum sum = new SquareSum();
        MutableMag g = new MutableMag();
        MutableMag w = new MutableMag();
        BigMag t = clip == null || clip.mode() != Clipping.Mode.BY_VALUE ? null : BigMag.of(clip.threshold());
        for (int i = 0; i < result.depth(); i++) {
            result.dCdbInto(i, g);
            w.set(g.mantissa(), g.exponent()).times(result.inputOf(i));
            if (clip != null) {
                clip(g, t);
                clip(w, t);
            }
            sum.add(g.mantissa(), g.exponent());
            sum.add(w.mantissa(), w.exponent());
        }
        return sum.sqrt();
    }

    private void clip(MutableMag g, BigMag valueLimit) {
        if (valueLimit != null) {
            g.clampMagnitude(valueLimit);
        } else if (normScale != BigMag.ONE) {
            g.times(normScale);
        }
    }

    /**
     * Computes the step.
     *
     * @throws IllegalArgumentException if the learning rate is not a finite number ≥ 0
     */
    public static ChainUpdate of(ChainResult result, double learningRate, Clipping clipping) {
        if (!(learningRate >= 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("the learning rate must be a finite number ≥ 0, got " + learningRate);
        }
        return new ChainUpdate(result, learningRate, clipping == null ? Clipping.NONE : clipping);
    }

    public ChainResult result() {
        return result;
    }

    public double learningRate() {
        return learningRate;
    }

    public Clipping clipping() {
        return clipping;
    }

    /** ‖g‖₂ over all dC/db_j and dC/dw_j before clipping. */
    public BigMag rawNorm() {
        return rawNorm;
    }

    /** ‖g‖₂ after clipping (≤ t when clipping by norm, up to rounding). */
    public BigMag clippedNorm() {
        return clippedNorm;
    }

    /** The step on b_layer, layer in 1..L. */
    public ParamUpdate bias(int layer) {
        return step(biases, layer, true);
    }

    /** The step on w_layer, layer in 1..L. */
    public ParamUpdate weight(int layer) {
        return step(weights, layer, false);
    }

    /** The step on b_layer or w_layer, made on first use and kept in {@code made}. */
    private ParamUpdate step(ParamUpdate[] made, int layer, boolean bias) {
        int i = result.chain().index(layer);
        ParamUpdate u = made[i];
        if (u == null) {
            BigMag g = bias ? result.dCdb(layer) : result.dCdw(layer);
            double old = bias ? result.chain().bias(layer) : result.chain().weight(layer);
            u = ParamUpdate.of(old, g, clip(g), eta);
            made[i] = u;
        }
        return u;
    }

    private BigMag clip(BigMag g) {
        return switch (clipping.mode()) {
            case NONE -> g;
            case BY_NORM -> normScale == BigMag.ONE ? g : g.multiply(normScale);
            case BY_VALUE -> {
                BigMag t = BigMag.of(clipping.threshold());
                yield g.compareMagnitude(t) > 0 ? (g.signum() > 0 ? t : t.negate()) : g;
            }
        };
    }

    /** True if any new parameter left the double range. */
    public boolean overflow() {
        for (int j = 1; j <= result.depth(); j++) {
            if (bias(j).overflow() || weight(j).overflow()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The chain with the new parameters.
     *
     * @throws IllegalStateException if a new parameter {@link #overflow() overflowed}
     */
    public Chain updatedChain() {
        if (overflow()) {
            throw new IllegalStateException("a new parameter exceeds the double range; the chain cannot be updated");
        }
        int depth = result.depth();
        double[] w = new double[depth];
        double[] b = new double[depth];
        for (int i = 0; i < depth; i++) {
            w[i] = weight(i + 1).newValueAsDouble();
            b[i] = bias(i + 1).newValueAsDouble();
        }
        return result.chain().withParameters(w, b);
    }
}
