package org.activationlab.core.nn;

import java.util.List;

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
