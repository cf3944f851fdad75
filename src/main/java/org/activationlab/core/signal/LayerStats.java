package org.activationlab.core.signal;

/**
 * Statistics of one layer over the whole batch (batch × width values, population standard deviation).
 *
 * @param layer              1..depth
 * @param activationMean     mean of a_l = f(z_l) in the forward pass
 * @param activationStd      standard deviation of a_l
 * @param zeroFraction       share of a_l that are exactly 0 (dead ReLU units)
 * @param gradientMean       mean of dC/da_l in the backward pass (dC/da_depth is the random unit gradient)
 * @param gradientStd        standard deviation of dC/da_l
 */
public record LayerStats(int layer, double activationMean, double activationStd, double zeroFraction,
                         double gradientMean, double gradientStd) {

    public double activationVariance() {
        return activationStd * activationStd;
    }
}
