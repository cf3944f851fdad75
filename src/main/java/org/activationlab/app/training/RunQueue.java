package org.activationlab.app.training;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.data.MnistLoader;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.Dense;
import org.activationlab.core.nn.Layer;
import org.activationlab.core.nn.Network;
import org.activationlab.core.tensor.Parallel;
import org.activationlab.core.train.BatchSnapshot;
import org.activationlab.core.train.EpochResult;
import org.activationlab.core.train.Trainer;
import org.activationlab.core.train.TrainingControl;
import org.activationlab.core.train.TrainingListener;
import org.activationlab.core.train.TrainingResult;

/**
 * Trains queued runs one after another on one background thread. The runs of a set-up are
 * queued together; a second set-up queues behind. Pause, resume, stop and a new learning rate
 * reach the running trainer through the core's {@link TrainingControl} and between batches.
 * A run that diverges or fails ends with a message; the queue goes on with the next run.
 */
public final class RunQueue implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(RunQueue.class.getName());
    /** Test digits shown with their predictions. */
    static final int SAMPLES = 24;
    private static final long WEIGHTS_EVERY_NANOS = 2_000_000_000L;

    private final ExecutorService exec = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "activation-lab-training");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY);
        return t;
    });
    private final Map<DataChoice, TrainTestData> cache = new ConcurrentHashMap<>();
    private volatile TrainingControl current;
    private volatile boolean paused;
    private volatile double pendingLr = Double.NaN;
    /** The trainer waits between batches until this System.nanoTime() (the screen is drawing a frame). */
    private volatile long holdUntil;
    /** The longest one wait between two batches lasts, whatever {@link #holdUntil} says. */
    static final long MAX_HOLD_NANOS = 25_000_000L;

    /** Queues every run of a set-up (in order). */
    public void submit(TrainingSetup setup, List<Run> runs) {
        for (int i = 0; i < runs.size(); i++) {
            Run run = runs.get(i);
            ActivationChoice a = setup.activations().get(i);
            exec.execute(() -> train(setup, a, run));
        }
    }

    public void pause() {
        paused = true;
        TrainingControl c = current;
        if (c != null) {
            c.pause();
        }
    }

    public void resume() {
        paused = false;
        TrainingControl c = current;
        if (c != null) {
            c.resume();
        }
    }

    public boolean isPaused() {
        return paused;
    }

    /** Stops the running trainer after its current batch; the given queued runs never start. */
    public void stop(List<Run> queued) {
        queued.forEach(Run::requestCancel);
        paused = false;
        TrainingControl c = current;
        if (c != null) {
            c.cancel();
        }
    }

    /** The running trainer takes this learning rate before its next batch. */
    public void setLearningRate(double lr) {
        pendingLr = lr;
    }

    /** The running trainer waits between batches until this {@code System.nanoTime()} (at most 25 ms); 0 = no wait. */
    public void holdUntil(long nanos) {
        holdUntil = nanos;
    }

    /** Trainer thread, between batches: gives the cores to a frame being drawn. */
    private void yieldToFrame() {
        long start = System.nanoTime();
        long left = holdUntil - start;
        while (left > 0 && System.nanoTime() - start < MAX_HOLD_NANOS) {
            java.util.concurrent.locks.LockSupport.parkNanos(Math.min(left, 1_000_000L));
            left = holdUntil - System.nanoTime();
        }
    }

    /** Loads (and caches) the data of a set-up, cut to its training share. */
    TrainTestData data(TrainingSetup s) throws IOException {
        TrainTestData full = cache.get(s.data());
        if (full == null) {
            full = s.data().kind() == DataChoice.Kind.EMBEDDED ? MnistLoader.embedded()
                    : MnistLoader.fromDirectory(Path.of(s.data().folder()));
            cache.put(s.data(), full);
        }
        if (s.trainFraction() >= 1) {
            return full;
        }
        int n = Math.max(1, (int) Math.round(full.train().count() * s.trainFraction()));
        return new TrainTestData(full.source(), head(full.train(), n), full.test());
    }

    private static Dataset head(Dataset d, int n) {
        float[] img = new float[n * d.features()];
        int[] lab = new int[n];
        for (int i = 0; i < n; i++) {
            d.copyImage(i, img, i * d.features());
            lab[i] = d.label(i);
        }
        return new Dataset(d.name() + " (first " + n + ")", img, lab, d.rows(), d.cols(), d.classes());
    }

    private void train(TrainingSetup setup, ActivationChoice a, Run run) {
        if (run.cancelRequested()) {
            run.finished(Run.Status.CANCELLED, "stopped before it started", null);
            return;
        }
        yieldToFrame(); // e.g. the frame showing the run just queued
        Network net = null;
        try {
            TrainTestData d = data(setup);
            net = setup.spec(a).build(setup.config().seed());
            TrainingControl control = new TrainingControl();
            current = control; // publish first, then read the flag: a concurrent pause() sees one or the other
            if (paused) {
                control.pause();
            }
            pendingLr = Double.NaN;
            run.started(setup.config().batchSize(), d.train().count());
            TrainingResult r;
            // one pool for the run's evaluations (a new one every epoch started a thread every epoch)
            try (Parallel par = Parallel.of(setup.config().threads())) {
                double[] t0 = Trainer.evaluate(net, d.test(), setup.config().batchSize(), par);
                run.onEpoch(new EpochResult(0, Double.NaN, Double.NaN, t0[0], t0[1], 0, Double.NaN));
                publish(run, net, d, par, setup.config().batchSize());
                run.resumeClock();
                Trainer trainer = new Trainer(net, d, setup.config());
                r = trainer.run(listener(run, trainer, control, net, d, setup, par), control);
                if (r.status() != TrainingResult.Status.COMPLETED) {
                    publish(run, net, d, par, setup.config().batchSize());
                }
            }
            run.finished(switch (r.status()) {
                case COMPLETED -> Run.Status.COMPLETED;
                case CANCELLED -> Run.Status.CANCELLED;
                case DIVERGED -> Run.Status.DIVERGED;
            }, r.message(), Evaluation.copyOf(net)); // a copy without the big forward buffers of the trained one
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "training run failed: " + run.label(), e);
            run.finished(Run.Status.FAILED, "failed: " + e.getMessage(), net);
        } finally {
            current = null;
        }
    }

    private TrainingListener listener(Run run, Trainer trainer, TrainingControl control, Network net,
                                      TrainTestData d, TrainingSetup setup, Parallel par) {
        return new TrainingListener() {
            private long lastWeights = System.nanoTime();

            @Override
            public void onBatch(BatchSnapshot s) {
                double lr = pendingLr;
                if (!Double.isNaN(lr)) {
                    pendingLr = Double.NaN;
                    trainer.optimizer().setLearningRate(lr);
                }
                run.onBatch(s);
                yieldToFrame();
                long now = System.nanoTime();
                if (now - lastWeights > WEIGHTS_EVERY_NANOS) {
                    lastWeights = now;
                    control.requestWeights();
                }
            }

            @Override
            public void betweenEvaluationBatches() {
                yieldToFrame();
            }

            @Override
            public void onEpoch(EpochResult e) {
                run.onEpoch(e);
                publish(run, net, d, par, setup.config().batchSize());
                run.resumeClock();
            }
        };
    }

    /**
     * Trainer thread, between batches: confusion matrix, sample predictions, a private model copy.
     * The evaluation yields to frames between its batches as training does (with short epochs it
     * is a good part of the trainer's time, and a frame drawn meanwhile would compete with it).
     */
    private void publish(Run run, Network net, TrainTestData d, Parallel par, int batch) {
        Evaluation.Result r = Evaluation.evaluate(net, d.test(), SAMPLES, par, batch, this::yieldToFrame);
        float[] w = null;
        int units = 0;
        Layer first = net.layers().get(0);
        if (first instanceof Dense dense && dense.inputSize() == 784) {
            w = dense.weights().value().clone();
            units = dense.outputSize();
        }
        run.onEvaluation(r, Evaluation.copyOf(net), w, units);
    }

    @Override
    public void close() {
        TrainingControl c = current;
        if (c != null) {
            c.cancel();
        }
        exec.shutdownNow();
    }
}
