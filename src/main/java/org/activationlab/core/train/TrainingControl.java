package org.activationlab.core.train;

/**
 * Steers a running {@link Trainer} from another thread (the UI): cancel, pause/resume, and ask
 * for a copy of the weights in the next batch snapshot. All methods are thread-safe; the trainer
 * checks the flags between batches.
 */
public final class TrainingControl {
    private volatile boolean cancelled;
    private volatile boolean weightsRequested;
    private boolean paused;   // guarded by this

    /** Stops the run after the current batch; the result keeps what was trained so far. */
    public void cancel() {
        cancelled = true;
        synchronized (this) {
            notifyAll();
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** Holds the trainer before its next batch until {@link #resume()} or {@link #cancel()}. */
    public synchronized void pause() {
        paused = true;
    }

    public synchronized void resume() {
        paused = false;
        notifyAll();
    }

    public synchronized boolean isPaused() {
        return paused;
    }

    /** The next batch snapshot will carry a copy of every parameter. */
    public void requestWeights() {
        weightsRequested = true;
    }

    /** Trainer side: true once per request. */
    boolean takeWeightsRequest() {
        if (weightsRequested) {
            weightsRequested = false;
            return true;
        }
        return false;
    }

    /** Trainer side: blocks while paused (returns early on cancel or interrupt). */
    synchronized void awaitIfPaused() {
        while (paused && !cancelled) {
            try {
                wait();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                cancelled = true;
                return;
            }
        }
    }
}
