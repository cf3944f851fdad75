package org.activationlab.app.training;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.activationlab.core.nn.Network;

/**
 * The training screen's state and commands. The runs train on {@link RunQueue}'s thread; this
 * class is used on the FX thread only, and picks up the runs' latest figures in {@link #frame},
 * which the view calls at each refresh tick, 8 times a second (progress at most every
 * {@link #REFRESH_PERIOD_NANOS}, charts every {@link #CHART_PERIOD_NANOS}, so drawing costs the
 * trainer little); {@link #holdTraining} lets the trainer give the cores to a frame being drawn.
 * No nodes here.
 */
public final class TrainingViewModel implements AutoCloseable {
    /**
     * Progress and digits refresh at most this often (twice a second): on two cores every
     * millisecond the FX and render threads spend is taken from the trainer's threads.
     */
    static final long REFRESH_PERIOD_NANOS = 500_000_000L;
    /**
     * Charts are rebuilt at most this often, and then redrawn one per frame, spread over the
     * period (the view's {@code CHART_SPACING_NANOS}): thick anti-aliased curves are the dearest
     * thing to draw in the software pipeline (about 2 ms of CPU a chart).
     */
    static final long CHART_PERIOD_NANOS = 1_000_000_000L;
    /**
     * Ticks come {@link FrameClock#TICK_MILLIS} apart, give or take the timer's jitter: a period
     * counts as over this much early, so a 1 s chart period is 1 s, not 1.125 s when a tick comes
     * a millisecond early.
     */
    private static final long SLACK_NANOS = FrameClock.TICK_MILLIS * 1_000_000L / 2;
    private long period = REFRESH_PERIOD_NANOS;
    private long chartPeriod = CHART_PERIOD_NANOS;
    private long lastChartDrawn;
    private boolean yieldToFrames = true;

    private final SetupViewModel setup = new SetupViewModel();
    private final RunQueue queue = new RunQueue();
    private final ObservableList<Run> runs = FXCollections.observableArrayList();
    private final ObjectProperty<Run> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyBooleanWrapper paused = new ReadOnlyBooleanWrapper(this, "paused");
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final ReadOnlyStringWrapper progressText = new ReadOnlyStringWrapper(this, "progressText", "Not started");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<ChartBuilder.Charts> charts =
            new ReadOnlyObjectWrapper<>(this, "charts", ChartBuilder.Charts.EMPTY);
    private final ReadOnlyObjectWrapper<Evaluation.Result> evaluation = new ReadOnlyObjectWrapper<>(this, "evaluation");
    private final ReadOnlyObjectWrapper<float[]> weights = new ReadOnlyObjectWrapper<>(this, "weights");
    private final ReadOnlyObjectWrapper<double[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final javafx.beans.property.ReadOnlyLongWrapper listVersion = new javafx.beans.property.ReadOnlyLongWrapper(this, "listVersion");
    private final StringProperty liveLearningRate = new SimpleStringProperty(this, "liveLearningRate", "");
    private final Map<Run, Run.Status> seen = new IdentityHashMap<>();
    private final Map<Run, Integer> epochsOf = new IdentityHashMap<>();
    private long lastChart;
    private boolean chartNow = true;
    /** Whether the latest charts answer the user (a run selected, runs loaded), not new figures. */
    private boolean chartsAsked = true;
    private long chartVersion = -1;
    private Run chartSelected;
    private int nextColor;
    private float[] lastDrawing;

    public TrainingViewModel() {
        selected.addListener((o, was, r) -> {
            chartVersion = -1;
            chartNow = true;
            if (lastDrawing != null) {
                predict(lastDrawing);
            }
        });
    }

    public SetupViewModel setup() { return setup; }
    public ObservableList<Run> runs() { return runs; }
    /** The run whose layers, digits and confusion matrix are shown (and that the drawing pad asks). */
    public ObjectProperty<Run> selectedProperty() { return selected; }
    public ReadOnlyBooleanProperty busyProperty() { return busy.getReadOnlyProperty(); }
    public ReadOnlyBooleanProperty pausedProperty() { return paused.getReadOnlyProperty(); }
    public ReadOnlyDoubleProperty progressProperty() { return progress.getReadOnlyProperty(); }
    public ReadOnlyStringProperty progressTextProperty() { return progressText.getReadOnlyProperty(); }
    /** The latest message for the user (a diverged run, a saved file, a refused set-up). */
    public ReadOnlyStringProperty messageProperty() { return message.getReadOnlyProperty(); }
    ReadOnlyObjectProperty<ChartBuilder.Charts> chartsProperty() { return charts.getReadOnlyProperty(); }
    public ReadOnlyObjectProperty<Evaluation.Result> evaluationProperty() { return evaluation.getReadOnlyProperty(); }
    /** The selected run's first-layer weights (units × 784), or null. */
    public ReadOnlyObjectProperty<float[]> weightsProperty() { return weights.getReadOnlyProperty(); }
    /** Class probabilities of the last drawing, or null. */
    public ReadOnlyObjectProperty<double[]> probabilitiesProperty() { return probabilities.getReadOnlyProperty(); }
    public StringProperty liveLearningRateProperty() { return liveLearningRate; }
    /** Changes when a run's status or number of finished epochs changes (the run list redraws then). */
    public javafx.beans.property.ReadOnlyLongProperty listVersionProperty() { return listVersion.getReadOnlyProperty(); }

    /** Queues one run per activation of the set-up. @return false (with a message) if the set-up is wrong */
    public boolean start() {
        TrainingSetup s = setup.setupProperty().get();
        if (s == null) {
            message.set("Cannot start: " + setup.firstError());
            return false;
        }
        List<Run> added = new ArrayList<>();
        for (ActivationChoice a : s.activations()) {
            added.add(new Run(a.label(), a, s.describe(), nextColor++, false));
        }
        runs.addAll(added);
        added.forEach(r -> epochsOf.put(r, s.config().epochs()));
        if (selected.get() == null || selected.get().status().finished()) {
            selected.set(added.get(0));
        }
        liveLearningRate.set(ActivationChoice.trim(s.config().learningRate()));
        // the frame that shows the new runs (list, buttons, cleared charts) is the dearest of a run:
        // the trainer starts after it (the hold's cap at most), not while it is drawn
        holdTraining(System.nanoTime() + RunQueue.MAX_HOLD_NANOS);
        queue.submit(s, added);
        busy.set(true);
        message.set("Queued " + added.size() + (added.size() == 1 ? " run: " : " runs: ") + s.describe());
        return true;
    }

    public void pause() {
        queue.pause();
        paused.set(true);
    }

    public void resume() {
        queue.resume();
        paused.set(false);
    }

    public void togglePause() {
        if (paused.get()) {
            resume();
        } else if (busy.get()) {
            pause();
        }
    }

    /** Stops the running run and every queued one; what they learnt so far is kept. */
    public void stop() {
        queue.stop(runs.stream().filter(r -> r.status() == Run.Status.QUEUED).toList());
        paused.set(false);
    }

    /** Sends the live learning rate to the running trainer. @return whether it was a valid rate */
    public boolean applyLearningRate() {
        try {
            double lr = Double.parseDouble(liveLearningRate.get().trim());
            if (!(lr > 0 && lr <= 100)) {
                throw new NumberFormatException();
            }
            queue.setLearningRate(lr);
            message.set("Learning rate set to " + ActivationChoice.trim(lr) + " from the next batch of the running run");
            return true;
        } catch (NumberFormatException e) {
            message.set("Learning rate must be a number in (0, 100], got '" + liveLearningRate.get() + "'");
            return false;
        }
    }

    /** Shows a message (e.g. from a file action). */
    public void say(String text) {
        message.set(text);
    }

    /**
     * Whether the latest {@link #chartsProperty() charts} were made because the user asked for
     * them (selected a run, loaded runs): the view then draws them all at once, not one per frame.
     */
    public boolean chartsAsked() {
        return chartsAsked;
    }

    /** Adds runs read from a file; they are drawn like the others. */
    public void addLoaded(List<Run> loaded) {
        runs.addAll(loaded);
        chartVersion = -1;
        chartNow = true;
    }

    /** Opens a saved model as a finished run (for the drawing pad). @return whether it worked */
    public boolean openModel(java.nio.file.Path file) {
        try {
            Network net = org.activationlab.core.nn.ModelFile.load(file);
            var spec = net.spec();
            Run r = new Run(file.getFileName().toString(), new ActivationChoice(spec.activation(), spec.alpha()),
                    spec.architecture() + " from " + file, nextColor++, true);
            r.attachModel(net);
            runs.add(r);
            selected.set(r);
            message.set("Opened " + file.getFileName() + " (" + spec.architecture() + ", " + spec.activation().displayName()
                    + "): draw a digit to try it");
            return true;
        } catch (java.io.IOException | RuntimeException e) {
            message.set("Could not open the model: " + e.getMessage());
            return false;
        }
    }

    /** How often the screen refreshes (benchmarks compare settings). */
    void setRefreshPeriod(long nanos, long chartNanos) {
        period = nanos;
        chartPeriod = chartNanos;
    }

    int takeColor() {
        return nextColor++;
    }

    /**
     * The running trainer waits between batches until {@code untilNanos} ({@code System.nanoTime()}),
     * so a frame being drawn gets the cores (see {@link FrameClock}); 0 releases it.
     */
    public void holdTraining(long untilNanos) {
        if (yieldToFrames) {
            queue.holdUntil(untilNanos);
        }
    }

    /** Whether the trainer yields to frames (benchmarks compare both). */
    void setYieldToFrames(boolean on) {
        yieldToFrames = on;
        if (!on) {
            queue.holdUntil(0);
        }
    }

    /**
     * Called on the FX thread at each refresh tick: picks up what the trainer published.
     * @return whether it refreshed anything (progress, digits, charts), false between refresh periods
     */
    public boolean frame(long now) {
        Run running = null;
        boolean anyOpen = false;
        for (Run r : runs) {
            Run.Status st = r.status();
            anyOpen |= !st.finished();
            if (st == Run.Status.RUNNING) {
                running = r;
            }
            if (seen.put(r, st) != st && st.finished() && !r.isLoaded()) {
                onFinished(r, st);
            }
        }
        busy.set(anyOpen);
        if (!anyOpen) {
            paused.set(false);
        }
        if (!chartNow && now - lastChart < period - SLACK_NANOS) {
            return false;
        }
        lastChart = now;
        updateProgress(running);
        long lv = 0;
        for (Run r : runs) {
            lv = lv * 31 + r.status().ordinal() * 1000L + r.epochCount();
        }
        listVersion.set(lv);
        Run sel = selected.get();
        long v = runs.stream().mapToLong(Run::version).sum() + runs.size();
        boolean forced = chartNow;
        chartNow = false;
        if ((v != chartVersion || sel != chartSelected)
                && (forced || sel != chartSelected || now - lastChartDrawn >= chartPeriod - SLACK_NANOS)) {
            // the digits (confusion matrix, test digits, weights) go with the charts: once per chart period
            if (sel != null) {
                evaluation.set(sel.evaluation());
                weights.set(sel.firstWeights());
            }
            chartsAsked = forced || sel != chartSelected;
            charts.set(ChartBuilder.build(List.copyOf(runs), sel));
            chartVersion = v;
            chartSelected = sel;
            lastChartDrawn = now;
        }
        return true;
    }

    private void onFinished(Run r, Run.Status st) {
        String text = r.label() + ": " + r.message();
        if (st == Run.Status.DIVERGED) {
            text = r.label() + " stopped: " + r.message() + ". The curves so far are kept; other runs go on.";
        }
        message.set(text);
        if (selected.get() == r) {
            Run next = runs.stream().filter(x -> x.status() == Run.Status.RUNNING).findFirst().orElse(null);
            if (next != null) {
                selected.set(next);
            }
        }
    }

    private void updateProgress(Run running) {
        if (running == null || running.latest() == null) {
            if (running == null && !busy.get()) {
                long done = runs.stream().filter(r -> !r.isLoaded()).count();
                progressText.set(done == 0 ? "Not started" : "Done: " + done + (done == 1 ? " run" : " runs"));
                progress.set(done == 0 ? 0 : 1);
            }
            return;
        }
        int epochs = epochsOf.getOrDefault(running, 1);
        double p = running.progress(epochs);
        progress.set(p);
        var s = running.latest();
        long queued = runs.stream().filter(r -> r.status() == Run.Status.QUEUED).count();
        double sps = running.samplesPerSecond();
        String eta = "";
        if (p > 0.01) {
            double elapsed = running.elapsedSeconds();
            double left = elapsed * (1 - p) / p + queued * elapsed / p;
            eta = " · " + clock(left) + " left" + (queued > 0 ? " (" + queued + " queued)" : "");
        }
        progressText.set(String.format(Locale.ROOT, "%s · epoch %d/%d · %d%% · %,.0f samples/s%s%s", running.label(),
                s.epoch(), epochs, Math.round(p * 100), sps, eta, paused.get() ? " · paused" : ""));
    }

    static String clock(double seconds) {
        long s = Math.round(seconds);
        return s >= 3600 ? String.format(Locale.ROOT, "%d:%02d:%02d", s / 3600, s / 60 % 60, s % 60)
                : String.format(Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    /** Class probabilities of a drawn digit (784 values) from the selected run's model, or the newest with one. */
    public void predict(float[] digit) {
        lastDrawing = digit;
        Network net = predictorFor(selected.get());
        if (digit == null || net == null) {
            probabilities.set(null);
            return;
        }
        probabilities.set(Evaluation.probabilities(net, digit));
    }

    private Network predictorFor(Run preferred) {
        if (preferred != null && preferred.predictor() != null) {
            return preferred.predictor();
        }
        for (int i = runs.size() - 1; i >= 0; i--) {
            if (runs.get(i).predictor() != null) {
                return runs.get(i).predictor();
            }
        }
        return null;
    }

    @Override
    public void close() {
        queue.close();
    }
}
