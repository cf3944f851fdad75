package org.activationlab.app.approx;

import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.activationlab.core.approx.AdamTrainer;
import org.activationlab.core.approx.Target;
import org.activationlab.core.approx.TrainingConfig;
import org.activationlab.core.approx.TrainingSnapshot;

/**
 * One training run of the approximation screen: an {@link AdamTrainer} plus the hand-over between
 * the thread that drives it and the FX thread that shows it.
 *
 * <p>Lifecycle: construct (weights initialised from the seed), then either {@link #drive} it on a
 * background thread until {@link #requestStop()} or the end of the budget, or {@link #stepNow} on
 * the calling thread while no drive is active. The driving thread publishes an immutable
 * {@link TrainingSnapshot} after every chunk of steps; the FX thread picks up the newest one once per
 * frame with {@link #takeLatest()} (older ones are simply overwritten, never queued).
 */
final class TrainingRun {
    /** Steps per published snapshot when driven at watching speed, and the pause after each chunk. */
    static final int WATCH_CHUNK = 10;
    static final long WATCH_PAUSE_MILLIS = 16;
    /** Steps per published snapshot when driven as fast as possible. */
    static final int FAST_CHUNK = 50;

    private final AdamTrainer trainer;
    private final int budget;
    private final AtomicReference<TrainingSnapshot> latest = new AtomicReference<>();
    private final AtomicBoolean stop = new AtomicBoolean();
    private volatile boolean active;

    TrainingRun(Target target, int width, double learningRate, long seed, int budget) {
        TrainingConfig config = TrainingConfig.forRun(width, budget).withLearningRate(learningRate);
        this.trainer = new AdamTrainer(target, config, new SplittableRandom(seed));
        this.budget = budget;
    }

    /** The state now; only while no drive is active (the trainer has one driver at a time). */
    TrainingSnapshot snapshot() {
        requireIdle("snapshot");
        return trainer.snapshot();
    }

    /** Whether a background drive is going on. */
    boolean isActive() {
        return active;
    }

    /** Asks an active drive to stop after its current step. */
    void requestStop() {
        stop.set(true);
    }

    /**
     * Trains on the calling (background) thread until stopped, interrupted or the end of the
     * budget (a run already past its budget goes on for one more budget at the final rate).
     * Publishes a snapshot after every chunk; returns the last one.
     */
    TrainingSnapshot drive(boolean fast) throws InterruptedException {
        int end = trainer.stepCount() < budget ? budget : trainer.stepCount() + budget;
        int chunk = fast ? FAST_CHUNK : WATCH_CHUNK;
        try {
            while (!stop.get() && trainer.stepCount() < end) {
                trainer.steps(Math.min(chunk, end - trainer.stepCount()));
                latest.set(trainer.snapshot());
                if (!fast) {
                    Thread.sleep(WATCH_PAUSE_MILLIS);
                }
            }
            TrainingSnapshot last = trainer.snapshot();
            latest.set(last);
            return last;
        } finally {
            active = false;
        }
    }

    /** Marks the run as driven; call on the FX thread just before handing {@link #drive} to a thread. */
    void markActive() {
        requireIdle("start");
        stop.set(false);
        active = true;
    }

    /** k steps on the calling thread (no drive may be active); returns the new state. */
    TrainingSnapshot stepNow(int k) {
        requireIdle("step");
        trainer.steps(k);
        return trainer.snapshot();
    }

    /** The newest published snapshot not yet taken, or null. */
    TrainingSnapshot takeLatest() {
        return latest.getAndSet(null);
    }

    int budget() {
        return budget;
    }

    private void requireIdle(String what) {
        if (active) {
            throw new IllegalStateException("cannot " + what + " while training runs; pause first");
        }
    }
}
