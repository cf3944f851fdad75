package org.activationlab.app.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.activationlab.core.nn.Network;
import org.activationlab.core.train.BatchSnapshot;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.LayerStats;

/**
 * One training run (one activation of a set-up), live or loaded from a file. The trainer thread
 * writes: the latest batch snapshot into an atomic reference and points into bounded
 * {@link CurveBuffer}s; the FX thread reads them once per frame. Memory is fixed whatever the
 * run's length: no snapshot is kept but the latest.
 */
public final class Run {
    /** Points kept per curve. */
    static final int CURVE_POINTS = 300;
    /** A gap this long between two batches is a pause, not training time. */
    static final long PAUSE_NANOS = 1_500_000_000L;

    /** Where a run is in its life. */
    public enum Status {
        QUEUED, RUNNING, COMPLETED, CANCELLED, DIVERGED, FAILED;

        public boolean finished() {
            return this != QUEUED && this != RUNNING;
        }
    }

    private final String label;
    private final ActivationChoice activation;
    private final String setupText;
    private final int colorIndex;
    private final boolean loaded;
    private volatile Status status = Status.QUEUED;
    private volatile String message = "waiting";
    private volatile boolean cancelRequested;
    private final AtomicReference<BatchSnapshot> latest = new AtomicReference<>();
    private final CurveBuffer trainLoss = new CurveBuffer(CURVE_POINTS, 0.9);
    private final List<EpochResult> epochs = new CopyOnWriteArrayList<>();
    private final Map<String, CurveBuffer> gradients = new LinkedHashMap<>();
    private final Map<String, CurveBuffer> dead = new LinkedHashMap<>();
    private final Map<String, CurveBuffer> saturated = new LinkedHashMap<>();
    private final AtomicReference<Evaluation.Result> evaluation = new AtomicReference<>();
    private final AtomicReference<Network> predictor = new AtomicReference<>();
    private final AtomicReference<float[]> firstWeights = new AtomicReference<>();
    private final AtomicLong version = new AtomicLong();
    private volatile int firstUnits;
    private volatile double samplesPerSecond = Double.NaN;
    private volatile long startNanos;
    private volatile long lastBatchNanos;
    private volatile long activeNanos;
    private volatile int samplesPerBatch;
    private volatile int trainCount = Integer.MAX_VALUE;
    private volatile Network trained;

    Run(String label, ActivationChoice activation, String setupText, int colorIndex, boolean loaded) {
        this.label = label;
        this.activation = activation;
        this.setupText = setupText;
        this.colorIndex = colorIndex;
        this.loaded = loaded;
    }

    public String label() { return label; }
    public ActivationChoice activation() { return activation; }
    public String setupText() { return setupText; }
    public int colorIndex() { return colorIndex; }
    public boolean isLoaded() { return loaded; }
    public Status status() { return status; }
    public String message() { return message; }
    public BatchSnapshot latest() { return latest.get(); }
    public CurveBuffer trainLoss() { return trainLoss; }
    public List<EpochResult> epochs() { return List.copyOf(epochs); }
    public int epochCount() { return epochs.size(); }
    public Evaluation.Result evaluation() { return evaluation.get(); }
    /** A private copy of the model for predictions on the FX thread, or null before the first epoch ends. */
    public Network predictor() { return predictor.get(); }
    /** The first layer's weights (units × 784), or null. */
    public float[] firstWeights() { return firstWeights.get(); }
    public int firstUnits() { return firstUnits; }
    public double samplesPerSecond() { return samplesPerSecond; }
    /** Seconds spent training so far (gaps over {@link #PAUSE_NANOS} between batches count as pauses). */
    public double elapsedSeconds() { return activeNanos / 1e9; }
    /** The trained network once the run is over (for saving), else null. */
    public Network trained() { return trained; }
    /** Changes whenever anything drawn changes. */
    public long version() { return version.get() + trainLoss.version(); }

    @Override
    public String toString() {
        return label;
    }

    boolean cancelRequested() { return cancelRequested; }

    void requestCancel() { cancelRequested = true; }

    void started(int batchSize, int trainCount) {
        this.trainCount = trainCount;
        startNanos = System.nanoTime();
        lastBatchNanos = startNanos;
        samplesPerBatch = batchSize;
        set(Status.RUNNING, "training");
    }

    /** The time until now was spent testing, not training: the speed clock restarts here. */
    void resumeClock() {
        lastBatchNanos = System.nanoTime();
    }

    void set(Status s, String msg) {
        status = s;
        message = msg;
        version.incrementAndGet();
    }

    void finished(Status s, String msg, Network net) {
        trained = net;
        set(s, msg);
    }

    /** Trainer thread: one batch. */
    void onBatch(BatchSnapshot s) {
        latest.set(s);
        double x = (s.epoch() - 1) + s.batch() / (double) s.batchesPerEpoch();
        trainLoss.add(x, s.loss());
        long batches = (long) (s.epoch() - 1) * s.batchesPerEpoch() + s.batch();
        long now = System.nanoTime();
        long dt = now - lastBatchNanos;
        lastBatchNanos = now;
        if (dt < PAUSE_NANOS) {
            activeNanos += dt;
        }
        long samples = Math.min(batches * samplesPerBatch, (long) s.epoch() * trainCount);
        samplesPerSecond = samples / Math.max(activeNanos / 1e9, 1e-9);
        if (!s.layers().isEmpty()) {
            synchronized (gradients) {
                for (LayerStats l : s.layers()) {
                    addTo(gradients, l.layer(), x, l.gradientNorm());
                    addTo(dead, l.layer(), x, l.deadFraction());
                    addTo(saturated, l.layer(), x, l.saturatedFraction());
                }
            }
            version.incrementAndGet();
        }
        if (s.weights() != null) {
            String first = s.weights().names().get(0);
            float[] w = s.weights().values(first);
            if (first.startsWith("dense") && w.length % 784 == 0) {
                firstUnits = w.length / 784;
                firstWeights.set(w);
                version.incrementAndGet();
            }
        }
    }

    private static void addTo(Map<String, CurveBuffer> m, String layer, double x, double y) {
        if (Double.isFinite(y)) {
            m.computeIfAbsent(layer, k -> new CurveBuffer(CURVE_POINTS, 0.8)).add(x, y);
        }
    }

    /** An epoch (0 = before training, test figures only). */
    void onEpoch(EpochResult e) {
        epochs.add(e);
        version.incrementAndGet();
    }

    void onEvaluation(Evaluation.Result r, Network copy, float[] weights, int units) {
        evaluation.set(r);
        predictor.set(copy);
        if (weights != null) {
            firstWeights.set(weights);
            firstUnits = units;
        }
        version.incrementAndGet();
    }

    /** A model opened from a file: finished, usable by the drawing pad. */
    void attachModel(Network net) {
        trained = net;
        predictor.set(Evaluation.copyOf(net));
        set(Status.COMPLETED, "opened from a file");
    }

    /** Copies of the per-layer curves: layer → {x[], y[]}. */
    public Map<String, double[][]> curves(Kind kind) {
        Map<String, CurveBuffer> m = switch (kind) {
            case GRADIENT -> gradients;
            case DEAD -> dead;
            case SATURATED -> saturated;
        };
        Map<String, double[][]> out = new LinkedHashMap<>();
        synchronized (gradients) {
            m.forEach((k, v) -> out.put(k, v.snapshot()));
        }
        return out;
    }

    /** Loaded runs: restores a per-layer curve. */
    void loadCurve(Kind kind, String layer, double[] x, double[] y) {
        Map<String, CurveBuffer> m = kind == Kind.GRADIENT ? gradients : kind == Kind.DEAD ? dead : saturated;
        synchronized (gradients) {
            m.computeIfAbsent(layer, k -> new CurveBuffer(CURVE_POINTS, 0.8)).load(x, y);
        }
    }

    /** Progress in [0, 1] of this run given its epochs. */
    public double progress(int totalEpochs) {
        if (status.finished()) {
            return 1;
        }
        BatchSnapshot s = latest.get();
        return s == null ? 0 : s.progress(totalEpochs);
    }

    /** Layers that have statistics so far. */
    public List<String> layers(Kind kind) {
        return new ArrayList<>(curves(kind).keySet());
    }

    /** The per-layer statistics a run records. */
    public enum Kind { GRADIENT, DEAD, SATURATED }
}
