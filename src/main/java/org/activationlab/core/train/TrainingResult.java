package org.activationlab.core.train;

import java.util.List;

/**
 * How a run ended and what it achieved; the network keeps the weights of the last completed
 * step in every case.
 *
 * @param status  COMPLETED, CANCELLED or DIVERGED (loss became NaN or infinite)
 * @param epochs  the epochs that finished
 * @param message a sentence for the user
 */
public record TrainingResult(Status status, List<EpochResult> epochs, String message) {
    public TrainingResult {
        epochs = List.copyOf(epochs);
    }

    /** How a run ended. */
    public enum Status { COMPLETED, CANCELLED, DIVERGED }

    /** The last finished epoch, or null if none finished. */
    public EpochResult last() {
        return epochs.isEmpty() ? null : epochs.get(epochs.size() - 1);
    }
}
