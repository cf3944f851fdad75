package org.activationlab.core.chain;

import java.util.Arrays;
import java.util.Optional;

/**
 * Trains a chain for N plain gradient-descent steps on its single example and records, per step,
 * the cost and every layer's |dC/db_j|: Nielsen's "layers learn at different speeds" figure.
 *
 * <p>Step s (0-based) records the cost and gradients of the chain <i>before</i> its s-th update.
 * Training stops early, with a reason, when the chain can no longer be evaluated (a parameter or
 * z_j left the double range, or the output left the cross-entropy's domain). Immutable.
 * <b>Layers are numbered 1..L.</b>
 */
public final class ChainTraining {
    /** At most this many (step, layer) gradient values are recorded, about 32 MB. */
    public static final long MAX_RECORDED = 2_000_000L;

    private final Chain start;
    private final Chain last;
    private final int steps;
    private final int depth;
    private final BigMag[] costs;
    /** |dC/db_j| at step s = gradM[s·L + j − 1] · 2^gradE[s·L + j − 1]. */
    private final double[] gradM;
    private final long[] gradE;
    private final String stopReason;

    private ChainTraining(Chain start, int maxSteps, double learningRate, Clipping clipping) {
        this.start = start;
        this.depth = start.depth();
        BigMag[] c = new BigMag[maxSteps];
        double[] gm = new double[maxSteps * depth];
        long[] ge = new long[maxSteps * depth];
        Chain chain = start;
        int done = 0;
        String reason = null;
        while (done < maxSteps) {
            ChainUpdate u;
            try {
                ChainResult r = chain.evaluate();
                c[done] = r.cost();
                for (int j = 1; j <= depth; j++) {
                    BigMag g = r.dCdb(j).abs();
                    gm[done * depth + j - 1] = g.mantissa();
                    ge[done * depth + j - 1] = g.binaryExponent();
                }
                u = ChainUpdate.of(r, learningRate, clipping);
                done++;
                chain = u.updatedChain();
            } catch (IllegalArgumentException | IllegalStateException e) {
                reason = "stopped after " + done + " step(s): " + e.getMessage();
                break;
            }
        }
        this.last = chain;
        this.steps = done;
        this.costs = Arrays.copyOf(c, done);
        this.gradM = gm;
        this.gradE = ge;
        this.stopReason = reason;
    }

    /**
     * Runs the training.
     *
     * @throws IllegalArgumentException for steps &lt; 1, a bad learning rate, or more than
     *                                  {@value #MAX_RECORDED} recorded values (steps × depth)
     */
    public static ChainTraining run(Chain chain, int steps, double learningRate, Clipping clipping) {
        if (steps < 1) {
            throw new IllegalArgumentException("the number of training steps must be at least 1, got " + steps);
        }
        if ((long) steps * chain.depth() > MAX_RECORDED) {
            throw new IllegalArgumentException("steps × depth = " + (long) steps * chain.depth()
                    + " is more than the " + MAX_RECORDED + " values a training run records; use fewer steps");
        }
        if (!(learningRate >= 0 && Double.isFinite(learningRate))) {
            throw new IllegalArgumentException("the learning rate must be a finite number ≥ 0, got " + learningRate);
        }
        return new ChainTraining(chain, steps, learningRate, clipping);
    }

    public Chain startChain() {
        return start;
    }

    /** The chain after the last successful update. */
    public Chain finalChain() {
        return last;
    }

    /** Steps actually recorded (fewer than asked if training stopped early). */
    public int steps() {
        return steps;
    }

    public int depth() {
        return depth;
    }

    /** Why training stopped early, if it did. */
    public Optional<String> stopReason() {
        return Optional.ofNullable(stopReason);
    }

    /** The cost before update s, s in 0..steps()−1. */
    public BigMag cost(int s) {
        if (s < 0 || s >= steps) {
            throw new IndexOutOfBoundsException("step " + s + " is outside 0.." + (steps - 1));
        }
        return costs[s];
    }

    /** |dC/db_layer| before update s. */
    public BigMag biasGradientMagnitude(int s, int layer) {
        cost(s);
        if (layer < 1 || layer > depth) {
            throw new IndexOutOfBoundsException("layer " + layer + " is outside 1.." + depth);
        }
        int i = s * depth + layer - 1;
        return BigMag.normalized(gradM[i], gradE[i]);
    }
}
