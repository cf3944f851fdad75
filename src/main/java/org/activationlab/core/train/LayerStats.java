package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.nn.ActivationLayer;
import org.activationlab.core.nn.Layer;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Param;

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

    /**
     * Every layer of {@code net}: gradient norms from its parameters' gradients (before clipping),
     * unit health over the last batch as seen by {@code twins} (the networks that ran parts of it;
     * just {@code net} when one network ran the whole batch).
     */
    static List<LayerStats> of(Network net, List<Network> twins) {
        List<LayerStats> out = new ArrayList<>();
        for (int i = 0; i < net.layers().size(); i++) {
            Layer l = net.layers().get(i);
            double norm = Double.NaN;
            if (!l.params().isEmpty()) {
                double s = 0;
                for (Param p : l.params()) {
                    for (float g : p.grad()) {
                        s += (double) g * g;
                    }
                }
                norm = Math.sqrt(s);
            }
            double dead = Double.NaN;
            double sat = Double.NaN;
            if (l instanceof ActivationLayer) {
                List<ActivationLayer> same = new ArrayList<>();
                for (Network t : twins) {
                    same.add((ActivationLayer) t.layers().get(i));
                }
                dead = ActivationLayer.deadFraction(same);
                sat = ActivationLayer.saturatedFraction(same);
            }
            out.add(new LayerStats(l.name(), norm, dead, sat));
        }
        return out;
    }
}
