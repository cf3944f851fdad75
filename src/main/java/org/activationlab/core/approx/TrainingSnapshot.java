package org.activationlab.core.approx;

import java.util.Objects;

/**
 * The state of a training run at one moment, immutable and safe to hand to another thread (a
 * screen picks up the latest one once per frame).
 *
 * @param step     Adam steps taken so far
 * @param loss     the last step's loss (mean squared error on its batch, in the target's units;
 *                 NaN before the first step)
 * @param network  the network as it is now, in x coordinates (its hinges are what to draw)
 * @param losses   the loss of every step so far, in order (copied in and out)
 */
public record TrainingSnapshot(int step, double loss, ReluNetwork network, double[] losses) {

    public TrainingSnapshot {
        Objects.requireNonNull(network, "network");
        losses = losses.clone();
        if (losses.length != step) {
            throw new IllegalArgumentException("losses has " + losses.length + " entries for " + step + " steps");
        }
    }

    /** A copy of the loss history. */
    @Override
    public double[] losses() {
        return losses.clone();
    }

    /** Loss of step s (1-based: step 1 is the first Adam step). */
    public double lossAt(int s) {
        return losses[s - 1];
    }
}
