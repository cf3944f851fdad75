package org.activationlab.core.signal;

import java.util.List;

/**
 * The result of {@link SignalPropagation#run}: the configuration and one {@link LayerStats} per
 * layer (element 0 is layer 1). Immutable.
 */
public record SignalReport(SignalConfig config, List<LayerStats> layers) {
    public SignalReport {
        layers = List.copyOf(layers);
    }

    /** Stats of layer l, l in 1..depth. */
    public LayerStats layer(int l) {
        return layers.get(l - 1);
    }
}
