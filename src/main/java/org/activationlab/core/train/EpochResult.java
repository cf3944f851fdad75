package org.activationlab.core.train;

/**
 * One finished epoch. Training loss and accuracy are averaged over the epoch's batches as they
 * were trained (dropout on, weights moving), as Keras reports them; test figures are measured
 * after the epoch (NaN when evaluation is off).
 *
 * @param epochSeconds      wall time of shuffling + forward + backward + update (no evaluation)
 * @param samplesPerSecond  training samples / epochSeconds
 */
public record EpochResult(int epoch, double trainLoss, double trainAccuracy, double testLoss, double testAccuracy,
                          double epochSeconds, double samplesPerSecond) {
}
