package org.activationlab.core.train;

/**
 * Receives progress from a {@link Trainer}, on the trainer's thread: keep the work small (store
 * the snapshot and return). Snapshots are immutable and may be handed to other threads.
 */
public interface TrainingListener {
    /** Does nothing. */
    TrainingListener NONE = new TrainingListener() {
    };

    default void onBatch(BatchSnapshot snapshot) {
    }

    default void onEpoch(EpochResult epoch) {
    }

    /**
     * Between two batches of the test-set evaluation at the end of each epoch, as {@link #onBatch}
     * is between training batches: a live screen can hold the trainer here while it draws a frame.
     */
    default void betweenEvaluationBatches() {
    }
}
