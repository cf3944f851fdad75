package org.activationlab.app.approx;

import java.util.Objects;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.BooleanProperty;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;
import org.activationlab.core.approx.TrainingConfig;
import org.activationlab.core.approx.TrainingSnapshot;

/**
 * The "trained" half of the approximation screen: settings (learning rate, seed, number of steps),
 * the live state (step, loss history, running) and the commands Start, Pause, Step and Reset.
 *
 * <p>Threads: Start hands {@link TrainingRun#drive} to the {@link TaskRunner}; the run publishes
 * snapshots that {@link #poll()} picks up once per frame on the FX thread. Step runs on the
 * calling thread and is refused while a run is active. Any change of target, N or a setting
 * replaces the run (an active one is told to stop; what it still publishes is ignored).
 */
public final class ApproxTraining {
    public static final double DEFAULT_LEARNING_RATE = TrainingConfig.DEFAULT_RUN_LEARNING_RATE;
    public static final int DEFAULT_STEPS = 5000;
    public static final int MAX_STEPS = 1_000_000;

    private final TaskRunner tasks;
    private final Runnable changed;
    private final ReadOnlyDoubleWrapper learningRate = new ReadOnlyDoubleWrapper(this, "learningRate", DEFAULT_LEARNING_RATE);
    private final ReadOnlyLongWrapper seed = new ReadOnlyLongWrapper(this, "seed", 1);
    private final ReadOnlyIntegerWrapper steps = new ReadOnlyIntegerWrapper(this, "steps", DEFAULT_STEPS);
    private final BooleanProperty fast = new SimpleBooleanProperty(this, "fast", false);
    private final ReadOnlyIntegerWrapper step = new ReadOnlyIntegerWrapper(this, "step");
    private final ReadOnlyObjectWrapper<double[]> losses = new ReadOnlyObjectWrapper<>(this, "losses", new double[0]);
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private Target target;
    private int width = 1;
    private TrainingRun run;
    private ReluNetwork network;

    /** {@code changed} runs on the FX thread whenever {@link #currentNetwork()} may have changed. */
    ApproxTraining(TaskRunner tasks, Runnable changed) {
        this.tasks = Objects.requireNonNull(tasks);
        this.changed = Objects.requireNonNull(changed);
    }

    // ---- properties ----

    public ReadOnlyDoubleProperty learningRateProperty() {
        return learningRate.getReadOnlyProperty();
    }

    public ReadOnlyLongProperty seedProperty() {
        return seed.getReadOnlyProperty();
    }

    /** Length of a run: the learning rate decays by a cosine over this many steps. */
    public ReadOnlyIntegerProperty stepsProperty() {
        return steps.getReadOnlyProperty();
    }

    /** Train as fast as possible instead of at watching speed (about 600 steps a second). */
    public BooleanProperty fastProperty() {
        return fast;
    }

    /** Adam steps taken in the current run. */
    public ReadOnlyIntegerProperty stepProperty() {
        return step.getReadOnlyProperty();
    }

    /** The loss of every step so far (do not modify the array). */
    public ReadOnlyObjectProperty<double[]> lossesProperty() {
        return losses.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A problem with a setting or a failed run, or empty. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    // ---- settings (each restarts training from step 0) ----

    /** @throws IllegalArgumentException unless 0 &lt; lr ≤ 1 */
    public void setLearningRate(double lr) {
        if (!(lr > 0) || lr > 1) {
            throw new IllegalArgumentException("learning rate must be a number in (0, 1], got " + lr);
        }
        learningRate.set(lr);
        reset();
    }

    public void setSeed(long s) {
        seed.set(s);
        reset();
    }

    /** @throws IllegalArgumentException unless 1 ≤ n ≤ {@value #MAX_STEPS} */
    public void setSteps(int n) {
        if (n < 1 || n > MAX_STEPS) {
            throw new IllegalArgumentException("steps must be a whole number in 1.." + MAX_STEPS + ", got " + n);
        }
        steps.set(n);
        reset();
    }

    // ---- commands ----

    /** Trains in the background until Pause or the end of the run. */
    public void start() {
        if (running.get()) {
            return;
        }
        TrainingRun r = ensureRun();
        r.markActive();
        running.set(true);
        message.set("");
        boolean quick = fast.get();
        tasks.run(() -> r.drive(quick), last -> finished(r, last), e -> failed(r, e));
    }

    /** Asks the run to stop; the screen keeps what it has reached. */
    public void pause() {
        if (run != null) {
            run.requestStop();
        }
    }

    /** k Adam steps now (ignored while running); a failure (e.g. weights blown up) is shown, not thrown. */
    public void step(int k) {
        if (running.get()) {
            return;
        }
        try {
            apply(ensureRun().stepNow(k));
        } catch (IllegalArgumentException | IllegalStateException e) {
            message.set("training stopped: " + e.getMessage());
        }
    }

    /** Back to step 0 with fresh weights from the seed. */
    public void reset() {
        reset(target, width);
    }

    void reset(Target t, int n) {
        if (run != null) {
            run.requestStop();
        }
        run = null;
        target = t;
        width = n;
        running.set(false);
        message.set("");
        step.set(0);
        losses.set(new double[0]);
        network = null;
        changed.run();
    }

    /** Shows a problem (e.g. a setting that was refused) under the training controls. */
    void showMessage(String text) {
        message.set(text);
    }

    /** Shows the newest published snapshot, if any; call once per frame. */
    void poll() {
        TrainingRun r = run;
        if (r != null) {
            TrainingSnapshot s = r.takeLatest();
            if (s != null) {
                apply(s);
            }
        }
    }

    /** The network of the current run (its starting weights before the first step). */
    ReluNetwork currentNetwork() {
        if (network == null) {
            network = ensureRun().snapshot().network();
        }
        return network;
    }

    private TrainingRun ensureRun() {
        if (run == null) {
            run = new TrainingRun(Objects.requireNonNull(target, "target"), width, learningRate.get(), seed.get(),
                    steps.get());
        }
        return run;
    }

    private void apply(TrainingSnapshot s) {
        network = s.network();
        step.set(s.step());
        losses.set(s.losses());
        changed.run();
    }

    private void finished(TrainingRun r, TrainingSnapshot last) {
        if (r == run) {
            r.takeLatest();
            apply(last);
            running.set(false);
        }
    }

    private void failed(TrainingRun r, Throwable e) {
        if (r == run) {
            running.set(false);
            message.set("training stopped: " + e.getMessage());
        }
    }
}
