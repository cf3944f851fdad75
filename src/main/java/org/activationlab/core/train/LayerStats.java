package org.activationlab.core.train;

/**
 * One layer's health after a batch.
 *
 * @param layer             layer name
 * @param gradientNorm      L2 norm of the layer's parameter gradients (NaN: no parameters)
 * @param deadFraction      fraction of units whose input was never positive over the batch
 *                          (ReLU family only, else NaN)
 * @param saturatedFraction fraction of units with |f'| &lt; 0.01 over the whole batch (activation
 *                          layers only, else NaN)
 */
public record LayerStats(String layer, double gradientNorm, double deadFraction, double saturatedFraction) {
}
