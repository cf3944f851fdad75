package org.activationlab.core.train;

import java.util.List;

/**
 * Immutable picture of training after one batch, for listeners (the UI keeps the latest one and
 * draws it once per frame).
 *
 * @param epoch           1-based epoch
 * @param batch           1-based batch within the epoch
 * @param batchesPerEpoch batches in one epoch
 * @param loss            this batch's mean loss
 * @param layers          per-layer statistics, empty on batches where they were not measured
 * @param weights         a copy of every parameter when requested, else null
 */
public record BatchSnapshot(int epoch, int batch, int batchesPerEpoch, double loss, List<LayerStats> layers,
                            WeightsSnapshot weights) {
    public BatchSnapshot {
        layers = List.copyOf(layers);
    }

    /** Progress through the whole run in [0, 1], given the number of epochs. */
    public double progress(int epochs) {
        return ((epoch - 1) + batch / (double) batchesPerEpoch) / epochs;
    }
}
