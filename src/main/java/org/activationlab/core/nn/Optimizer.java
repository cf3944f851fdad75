package org.activationlab.core.nn;

import java.util.List;
import org.activationlab.core.tensor.Parallel;

/**
 * Updates parameters from their gradients.
 *
 * <p>Lifecycle: construct with a learning rate and a {@link GradientClip}; after each backward
 * pass call {@link #step} with the same parameter list every time (state such as momentum is
 * kept per position in that list, allocated on the first step). The learning rate may be changed
 * between steps. Not thread-safe.
 */
public interface Optimizer {

    /** Clips the gradients, then updates every parameter in place. */
    void step(List<Param> params);

    /**
     * As {@link #step(List)}, with element-wise work spread over {@code par}'s threads where the
     * optimiser supports it (results as with one thread: each element is updated on its own).
     * The default ignores {@code par}.
     */
    default void step(List<Param> params, Parallel par) {
        step(params);
    }

    /**
     * As {@link #step(List, Parallel)}, but the gradients are not ready yet: {@code finish} completes
     * each piece first (e.g. sums data-parallel shards' gradients into it), on the pieces of
     * {@link ParamChunks}. An optimiser may fuse both into one pass, each thread finishing exactly
     * the elements it then updates; the default runs {@code finish} over all pieces, then steps.
     */
    default void step(List<Param> params, Parallel par, ParamChunks.Body finish) {
        ParamChunks.forEach(params, par, finish);
        step(params, par);
    }

    double learningRate();

    void setLearningRate(double lr);

    /** Number of steps taken so far. */
    long steps();

    /** Checks a learning rate (finite, > 0). */
    static double checkLearningRate(double lr) {
        if (!(lr > 0 && Double.isFinite(lr))) {
            throw new IllegalArgumentException("learning rate must be a positive number, got " + lr);
        }
        return lr;
    }
}
