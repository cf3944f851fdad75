package org.activationlab.app.chain;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.signal.Initializer;
import org.activationlab.core.signal.LayerStats;
import org.activationlab.core.signal.SignalConfig;
import org.activationlab.core.signal.SignalPropagation;
import org.activationlab.core.signal.SignalReport;

/**
 * Deep signal propagation (a wide random network, {@link SignalPropagation}) for the chain screen's
 * second tab: the configuration, a background run through the {@link TaskRunner} that can be
 * cancelled, and the resulting {@link SignalReport}.
 *
 * <p>Setters throw {@link IllegalArgumentException} with the core's message and keep the old
 * configuration. A run in flight is cancelled by interrupting its worker (the core checks after
 * every layer); a result that arrives after a newer run started or a cancel is dropped.
 */
public final class SignalViewModel {
    /** The self-normalising domain of Klambauer et al. (2017): mean in [−0.1, 0.1], variance in [0.8, 1.5]. */
    static final double MEAN_LIMIT = 0.1;
    static final double VAR_MIN = 0.8;
    static final double VAR_MAX = 1.5;

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<SignalConfig> config = new ReadOnlyObjectWrapper<>(this, "config",
            SignalConfig.defaults(ActivationKind.SELU.create(), Initializer.LECUN_NORMAL));
    private final ReadOnlyObjectWrapper<SignalReport> report = new ReadOnlyObjectWrapper<>(this, "report");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running", false);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final Object lock = new Object();
    private Thread worker;
    private long generation;

    public SignalViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks);
    }

    public ReadOnlyObjectProperty<SignalConfig> configProperty() {
        return config.getReadOnlyProperty();
    }

    public SignalConfig config() {
        return config.get();
    }

    public ReadOnlyObjectProperty<SignalReport> reportProperty() {
        return report.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** A one-line result or error for the user. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public void setActivation(ActivationKind k) {
        SignalConfig c = config.get();
        config.set(new SignalConfig(k.create(), c.init(), c.scale(), c.width(), c.depth(), c.batch(), c.seed()));
    }

    public void setInit(Initializer i) {
        SignalConfig c = config.get();
        config.set(new SignalConfig(c.activation(), Objects.requireNonNull(i), c.scale(), c.width(), c.depth(),
                c.batch(), c.seed()));
    }

    public void setScale(double s) {
        config.set(config.get().withScale(s));
    }

    public void setDepth(int d) {
        SignalConfig c = config.get();
        config.set(c.withShape(c.width(), d, c.batch()));
    }

    public void setWidth(int w) {
        SignalConfig c = config.get();
        config.set(c.withShape(w, c.depth(), c.batch()));
    }

    public void setSeed(long s) {
        config.set(config.get().withSeed(s));
    }

    /** Starts a run in the background (cancelling one in flight). */
    public void run() {
        cancelWorker();
        long gen;
        synchronized (lock) {
            gen = ++generation;
        }
        SignalConfig c = config.get();
        running.set(true);
        message.set("Running " + c.depth() + " layers of " + c.width() + " units…");
        tasks.run(() -> work(c), r -> finished(gen, r), e -> failed(gen, e));
    }

    private SignalReport work(SignalConfig c) {
        synchronized (lock) {
            worker = Thread.currentThread();
        }
        try {
            return SignalPropagation.run(c);
        } finally {
            synchronized (lock) {
                worker = null;
                Thread.interrupted(); // never leave a pool thread interrupted
            }
        }
    }

    /** Stops the run in flight; its result will be ignored. */
    public void cancel() {
        if (!running.get()) {
            return;
        }
        cancelWorker();
        synchronized (lock) {
            generation++;
        }
        running.set(false);
        message.set("Cancelled.");
    }

    private void cancelWorker() {
        synchronized (lock) {
            if (worker != null) {
                worker.interrupt();
            }
        }
    }

    private boolean current(long gen) {
        synchronized (lock) {
            return gen == generation;
        }
    }

    private void finished(long gen, SignalReport r) {
        if (!current(gen)) {
            return;
        }
        running.set(false);
        report.set(r);
        message.set(verdict(r));
    }

    private void failed(long gen, Throwable e) {
        if (!current(gen)) {
            return;
        }
        running.set(false);
        message.set(e instanceof CancellationException ? "Cancelled."
                : "Could not run: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
    }

    /**
     * Whether the activations stayed in the self-normalising domain at every layer, or where they
     * first left it.
     */
    static String verdict(SignalReport r) {
        for (LayerStats s : r.layers()) {
            double var = s.activationVariance();
            if (!(Math.abs(s.activationMean()) <= MEAN_LIMIT && var >= VAR_MIN && var <= VAR_MAX)) {
                return String.format(java.util.Locale.ROOT, "Layer %d leaves the stable domain: mean %.3f, "
                        + "variance %.3g (stable: mean in [−0.1, 0.1], variance in [0.8, 1.5]).",
                        s.layer(), s.activationMean(), var);
            }
        }
        return "Every one of the " + r.layers().size() + " layers keeps mean in [−0.1, 0.1] and variance "
                + "in [0.8, 1.5]: the signal neither fades nor blows up.";
    }

    /** True when every layer is inside the stable domain. */
    static boolean stable(SignalReport r) {
        return verdict(r).startsWith("Every");
    }
}
