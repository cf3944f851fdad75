package org.activationlab.core.chain;

import java.util.List;

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
    private final List<ParamUpdate> biases;
    private final List<ParamUpdate> weights;

    private ChainUpdate(ChainResult result, double learningRate, Clipping clipping) {
        this.result = result;
        this.learningRate = learningRate;
        this.clipping = clipping;
        int depth = result.depth();
        BigMag[] gb = new BigMag[depth];
        BigMag[] gw = new BigMag[depth];
        BigMag sumSq = BigMag.ZERO;
        for (int j = 1; j <= depth; j++) {
            gb[j - 1] = result.dCdb(j);
            gw[j - 1] = result.dCdw(j);
            sumSq = sumSq.add(gb[j - 1].square()).add(gw[j - 1].square());
        }
        this.rawNorm = sumSq.sqrt();
        BigMag scale = clipping.mode() == Clipping.Mode.BY_NORM && rawNorm.compareTo(BigMag.of(clipping.threshold())) > 0
                ? BigMag.of(clipping.threshold()).divide(rawNorm) : BigMag.ONE;
        BigMag eta = BigMag.of(learningRate);
        ParamUpdate[] ub = new ParamUpdate[depth];
        ParamUpdate[] uw = new ParamUpdate[depth];
        BigMag clippedSq = BigMag.ZERO;
        Chain chain = result.chain();
        for (int j = 1; j <= depth; j++) {
            BigMag cb = clip(gb[j - 1], scale);
            BigMag cw = clip(gw[j - 1], scale);
            clippedSq = clippedSq.add(cb.square()).add(cw.square());
            ub[j - 1] = ParamUpdate.of(chain.bias(j), gb[j - 1], cb, eta);
            uw[j - 1] = ParamUpdate.of(chain.weight(j), gw[j - 1], cw, eta);
        }
        this.clippedNorm = clippedSq.sqrt();
        this.biases = List.of(ub);
        this.weights = List.of(uw);
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

    private BigMag clip(BigMag g, BigMag normScale) {
        return switch (clipping.mode()) {
            case NONE -> g;
            case BY_NORM -> normScale == BigMag.ONE ? g : g.multiply(normScale);
            case BY_VALUE -> {
                BigMag t = BigMag.of(clipping.threshold());
                yield g.compareMagnitude(t) > 0 ? (g.signum() > 0 ? t : t.negate()) : g;
            }
        };
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
        return biases.get(result.chain().index(layer));
    }

    /** The step on w_layer, layer in 1..L. */
    public ParamUpdate weight(int layer) {
        return weights.get(result.chain().index(layer));
    }

    /** True if any new parameter left the double range. */
    public boolean overflow() {
        return biases.stream().anyMatch(ParamUpdate::overflow) || weights.stream().anyMatch(ParamUpdate::overflow);
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
            w[i] = weights.get(i).newValueAsDouble();
            b[i] = biases.get(i).newValueAsDouble();
        }
        return result.chain().withParameters(w, b);
    }
}
