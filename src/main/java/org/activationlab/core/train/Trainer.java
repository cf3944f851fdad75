package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.data.TrainTestData;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Optimizer;
import org.activationlab.core.tensor.Parallel;

/**
 * Trains a {@link Network} on a data set: seeded shuffling, mini-batches, an optimiser step per
 * batch, evaluation on the test set after each epoch. Reports through a {@link TrainingListener}
 * and obeys a {@link TrainingControl} (cancel, pause, weights on request). A NaN or infinite loss
 * stops the run as DIVERGED before that batch updates anything.
 *
 * <p>Threads: with more than one, each batch is split between the threads, each running the
 * whole network on its part ({@link DataParallel}); a network with a layer that cannot be
 * twinned instead splits each layer's work. With 1 thread everything runs on the caller.
 *
 * <p>Determinism: the batch order comes from {@code new SplittableRandom(seed)} (a fresh
 * Fisher–Yates permutation each epoch); with 1 thread two runs of the same network spec, seed and
 * config are bit-identical (and so are two runs with the same number of threads). Buffers are
 * allocated on the first batch and reused afterwards.
 */
public final class Trainer {
    private final Network net;
    private final TrainTestData data;
    private final TrainConfig config;
    private final Optimizer optimizer;
    private final BatchBuffers buf;
    private float[] lastOut;
    /** Correct predictions in the last {@link #trainBatch}. */
    private int batchCorrect;

    public Trainer(Network net, TrainTestData data, TrainConfig config) {
        this.net = Objects.requireNonNull(net);
        this.data = Objects.requireNonNull(data);
        this.config = Objects.requireNonNull(config);
        if (net.inputSize() != data.train().features() || net.outputSize() != data.train().classes()) {
            throw new IllegalArgumentException("the model takes " + net.inputSize() + " inputs and gives "
                    + net.outputSize() + " outputs, the data has " + data.train().features() + " pixels and "
                    + data.train().classes() + " classes");
        }
        this.optimizer = config.createOptimizer();
        this.buf = new BatchBuffers(config.batchSize(), net.inputSize(), net.outputSize());
    }

    /** The optimiser, e.g. to change its learning rate between steps from a listener. */
    public Optimizer optimizer() {
        return optimizer;
    }

    /** Runs all epochs (or until cancelled or diverged) on the calling thread. */
    public TrainingResult run(TrainingListener listener, TrainingControl control) {
        List<EpochResult> done = new ArrayList<>();
        Dataset train = data.train();
        int[] order = new int[train.count()];
        SplittableRandom shuffleRng = new SplittableRandom(config.seed());
        int batches = (train.count() + config.batchSize() - 1) / config.batchSize();
        DataParallel shards = DataParallel.of(net, config.threads(), config.batchSize());
        try (Parallel par = Parallel.of(config.threads())) {
            for (int epoch = 1; epoch <= config.epochs(); epoch++) {
                long t0 = System.nanoTime();
                shuffle(order, shuffleRng);
                double lossSum = 0;
                long correct = 0;
                for (int b = 0; b < batches; b++) {
                    control.awaitIfPaused();
                    if (control.isCancelled()) {
                        return new TrainingResult(TrainingResult.Status.CANCELLED, done,
                                "cancelled in epoch " + epoch + " after " + b + " batches");
                    }
                    int from = b * config.batchSize();
                    int n = Math.min(config.batchSize(), order.length - from);
                    double loss = trainBatch(shards, train, order, from, n, epoch, b, batches, listener, control, par);
                    if (!Double.isFinite(loss)) {
                        return new TrainingResult(TrainingResult.Status.DIVERGED, done, "diverged: the loss became "
                                + loss + " in epoch " + epoch + ", batch " + (b + 1)
                                + "; the weights are those of the last finite step (try a smaller learning rate or clipping)");
                    }
                    correct += batchCorrect;
                    lossSum += loss * n;
                }
                double seconds = (System.nanoTime() - t0) / 1e9;
                double[] test = !config.evaluate() ? new double[] {Double.NaN, Double.NaN}
                        : shards != null ? shards.evaluate(data.test(), config.batchSize(), par, listener::betweenEvaluationBatches)
                        : evaluate(net, data.test(), config.batchSize(), par, buf, listener::betweenEvaluationBatches);
                EpochResult r = new EpochResult(epoch, lossSum / order.length, correct / (double) order.length,
                        test[0], test[1], seconds, order.length / seconds);
                done.add(r);
                listener.onEpoch(r);
            }
        }
        return new TrainingResult(TrainingResult.Status.COMPLETED, done, "completed " + config.epochs() + " epochs");
    }

    /**
     * One training step on items {@code order[from .. from+n)}: forward, loss, backward, update,
     * then the listener. Returns the batch's loss; if that is not finite nothing was updated.
     * Sets {@link #batchCorrect}. (A method of its own, not the body of {@link #run}'s loop, so the
     * JIT compiles it after a few hundred batches: a loop inside one long call would run
     * interpreted until on-stack replacement, after tens of thousands of batches.)
     */
    private double trainBatch(DataParallel shards, Dataset train, int[] order, int from, int n, int epoch, int b,
                              int batches, TrainingListener listener, TrainingControl control, Parallel par) {
        double loss = shards != null ? shards.step(train, order, from, n, par)
                : forwardAndLoss(train, order, from, n, par);
        if (!Double.isFinite(loss)) {
            return loss;
        }
        batchCorrect = shards != null ? shards.correct()
                : BatchBuffers.countCorrect(lastOut, buf.labels, n, net.outputSize());
        boolean stats = config.statsEvery() > 0 && listener != TrainingListener.NONE
                && (b % config.statsEvery() == 0 || b == batches - 1);
        List<LayerStats> layerStats = backwardAndUpdate(shards, n, stats, par);
        if (listener != TrainingListener.NONE) {
            WeightsSnapshot w = control.takeWeightsRequest() ? WeightsSnapshot.of(net.params()) : null;
            listener.onBatch(new BatchSnapshot(epoch, b + 1, batches, loss, layerStats, w));
        }
        return loss;
    }

    /**
     * Finishes the gradients (one network: backward; shards: their sum, fused into the optimiser's
     * pass unless statistics need the gradients first), takes the statistics if asked, then steps.
     */
    private List<LayerStats> backwardAndUpdate(DataParallel shards, int n, boolean stats, Parallel par) {
        if (shards == null) {
            net.backward(n, par);
        } else if (!stats) {
            optimizer.step(net.params(), par, shards.gradientSum());
            return List.of();
        } else {
            shards.sumGradients(par);
        }
        List<LayerStats> layerStats = stats
                ? LayerStats.of(net, shards != null ? shards.activeNets() : List.of(net)) : List.of();
        optimizer.step(net.params(), par);
        return layerStats;
    }

    /** One-thread path: gather, forward and loss of a batch (the output is kept for counting). */
    private double forwardAndLoss(Dataset train, int[] order, int from, int n, Parallel par) {
        buf.gather(train, order, from, n, par);
        lastOut = net.forward(buf.x, n, true, par);
        return net.lossAndGradient(lastOut, buf.target, n, par);
    }

    /** Fisher–Yates over the identity, so each epoch's order depends only on the generator's state. */
    private static void shuffle(int[] order, SplittableRandom rng) {
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        for (int i = order.length - 1; i > 0; i--) {
            int j = rng.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
    }

    /** Mean loss and accuracy of {@code net} on {@code ds} (evaluation mode, no dropout). */
    public static double[] evaluate(Network net, Dataset ds, int batchSize, Parallel par) {
        return evaluate(net, ds, batchSize, par, new BatchBuffers(batchSize, net.inputSize(), net.outputSize()), () -> { });
    }

    private static double[] evaluate(Network net, Dataset ds, int batchSize, Parallel par, BatchBuffers buf,
                                     Runnable betweenBatches) {
        double lossSum = 0;
        long correct = 0;
        for (int from = 0; from < ds.count(); from += batchSize) {
            if (from > 0) {
                betweenBatches.run();
            }
            int n = Math.min(batchSize, ds.count() - from);
            buf.gatherInOrder(ds, from, n);
            float[] out = net.forward(buf.x, n, false, par);
            lossSum += net.loss().compute(out, buf.target, n, net.outputSize(), null) * n;
            correct += BatchBuffers.countCorrect(out, buf.labels, n, net.outputSize());
        }
        return new double[] {lossSum / ds.count(), correct / (double) ds.count()};
    }
}
