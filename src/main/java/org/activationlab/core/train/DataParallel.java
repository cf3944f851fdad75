package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Optimizer;
import org.activationlab.core.nn.ParamChunks;
import org.activationlab.core.nn.Param;
import org.activationlab.core.tensor.Parallel;

/**
 * Data-parallel training step: each mini-batch is cut into one contiguous shard per thread, and
 * each thread runs gather, forward, loss and backward of the <em>whole</em> network on its shard,
 * with a twin of the network ({@link Network#replica()}: the same weight arrays, gradients and
 * buffers of its own) and every kernel on that thread alone. The shards' gradients are then added
 * up, each weighted by its share of the batch, into the trained network's own gradients, after
 * which the optimiser steps as usual.
 *
 * <pre>
 * T = threads, n = batch, shard s = samples [s·⌈n/T⌉, min(n, (s+1)·⌈n/T⌉)) of the batch (n_s of them)
 * loss = Σ_s (n_s / n) · loss_s          grad = Σ_s (n_s / n) · grad_s   (s = 0, 1, …: a fixed order)
 * </pre>
 * Why: a batch then costs two parallel regions (shards, then the sum) instead of one per kernel
 * call; small layers (the 10-unit output, the biases, the loss) no longer run on one thread while
 * the other waits. The result equals the one-thread gradient up to float rounding (the sum over
 * the batch is done in pieces) and does not depend on which thread runs which shard: for a given
 * seed and thread count, runs are bit-identical. Shard 0 is the trained network itself; dropout
 * twins draw from streams split off the network's own. Not thread-safe; one trainer drives it.
 */
final class DataParallel {
    private final Network[] nets;
    private final BatchBuffers[] bufs;
    private final int[] count;
    private final double[] loss;
    private final int[] correct;
    /** grads[p][s]: gradient array of parameter p in shard s. */
    private final float[][][] grads;
    private final float[] weight;

    private DataParallel(Network[] nets, int batchSize) {
        this.nets = nets;
        int shards = nets.length;
        int per = (batchSize + shards - 1) / shards;
        bufs = new BatchBuffers[shards];
        for (int s = 0; s < shards; s++) {
            bufs[s] = new BatchBuffers(per, nets[0].inputSize(), nets[0].outputSize());
        }
        count = new int[shards];
        loss = new double[shards];
        correct = new int[shards];
        weight = new float[shards];
        List<Param> ps = nets[0].params();
        grads = new float[ps.size()][shards][];
        for (int p = 0; p < ps.size(); p++) {
            for (int s = 0; s < shards; s++) {
                grads[p][s] = nets[s].params().get(p).grad();
            }
        }
    }

    /**
     * Twins for {@code threads} shards, or null when data-parallel training does not apply: one
     * thread (the plain path keeps one-thread runs as they were), or a layer without a twin.
     */
    static DataParallel of(Network net, int threads, int batchSize) {
        int shards = Math.min(threads, batchSize);
        if (shards < 2) {
            return null;
        }
        Network[] nets = new Network[shards];
        nets[0] = net;
        for (int s = 1; s < shards; s++) {
            nets[s] = net.replica();
            if (nets[s] == null) {
                return null;
            }
        }
        return new DataParallel(nets, batchSize);
    }

    /**
     * One training step's forward and backward on items {@code order[from .. from+n)} of ds. Returns
     * the batch's mean loss. The shards' gradients are not summed yet: call {@link #sumGradients}
     * (then the trained network's gradients hold the batch's gradient, as after
     * {@link Network#backward(int, Parallel)}), or hand {@link #gradientSum()} to the optimiser.
     */
    double step(Dataset ds, int[] order, int from, int n, Parallel par) {
        split(n);
        par.forRange(nets.length, 1, (s0, s1) -> {
            for (int s = s0; s < s1; s++) {
                trainShard(s, ds, order, from + s * shardSize(n));
            }
        });
        double total = 0;
        for (int s = 0; s < nets.length; s++) {
            if (count[s] > 0) {
                total += loss[s] * count[s];
            }
        }
        return total / n;
    }

    /** Correct predictions in the last {@link #step}'s batch. */
    int correct() {
        int c = 0;
        for (int s = 0; s < nets.length; s++) {
            c += count[s] > 0 ? correct[s] : 0;
        }
        return c;
    }

    /** The networks that took part in the last batch (shard order); the first is the trained one. */
    List<Network> activeNets() {
        List<Network> active = new ArrayList<>();
        for (int s = 0; s < nets.length; s++) {
            if (count[s] > 0) {
                active.add(nets[s]);
            }
        }
        return active;
    }

    /**
     * Mean loss and accuracy on ds in evaluation mode (batches of batchSize, each split in shards);
     * {@code betweenBatches} runs between two batches.
     */
    double[] evaluate(Dataset ds, int batchSize, Parallel par, Runnable betweenBatches) {
        double lossSum = 0;
        long right = 0;
        for (int from = 0; from < ds.count(); from += batchSize) {
            if (from > 0) {
                betweenBatches.run();
            }
            int n = Math.min(batchSize, ds.count() - from);
            split(n);
            int start = from;
            par.forRange(nets.length, 1, (s0, s1) -> {
                for (int s = s0; s < s1; s++) {
                    evaluateShard(s, ds, start + s * shardSize(n));
                }
            });
            for (int s = 0; s < nets.length; s++) {
                if (count[s] > 0) {
                    lossSum += loss[s] * count[s];
                    right += correct[s];
                }
            }
        }
        return new double[] {lossSum / ds.count(), right / (double) ds.count()};
    }

    private int shardSize(int n) {
        return (n + nets.length - 1) / nets.length;
    }

    /** Shard sizes for a batch of n (empty shards last) and their weights n_s / n. */
    private void split(int n) {
        int per = shardSize(n);
        for (int s = 0; s < nets.length; s++) {
            count[s] = Math.max(0, Math.min(per, n - s * per));
            weight[s] = (float) count[s] / n;
        }
    }

    private void trainShard(int s, Dataset ds, int[] order, int from) {
        int n = count[s];
        if (n == 0) {
            return;
        }
        Network net = nets[s];
        BatchBuffers b = bufs[s];
        b.gather(ds, order, from, n, Parallel.SERIAL);
        float[] out = net.forward(b.x, n, true, Parallel.SERIAL);
        loss[s] = net.lossAndGradient(out, b.target, n, Parallel.SERIAL);
        correct[s] = BatchBuffers.countCorrect(out, b.labels, n, net.outputSize());
        if (Double.isFinite(loss[s])) {
            net.backward(n, Parallel.SERIAL);
        }
    }

    private void evaluateShard(int s, Dataset ds, int from) {
        int n = count[s];
        if (n == 0) {
            return;
        }
        Network net = nets[s];
        BatchBuffers b = bufs[s];
        b.gatherInOrder(ds, from, n);
        float[] out = net.forward(b.x, n, false, Parallel.SERIAL);
        loss[s] = net.loss().compute(out, b.target, n, net.outputSize(), null);
        correct[s] = BatchBuffers.countCorrect(out, b.labels, n, net.outputSize());
    }

    /**
     * grad = Σ_s weight_s · grad_s into shard 0's arrays (the trained network's), over all
     * parameters as one flat index range split between the threads ({@link ParamChunks}, the same
     * pieces the optimiser then updates); each element is summed in shard order, so the split
     * does not change the result.
     */
    void sumGradients(Parallel par) {
        ParamChunks.forEach(nets[0].params(), par, gradientSum());
    }

    /**
     * The sum of {@link #sumGradients} piece by piece, for {@link Optimizer#step(List, Parallel,
     * ParamChunks.Body)} to fuse with its update (valid for the last {@link #step}).
     */
    ParamChunks.Body gradientSum() {
        int shards = 0;
        while (shards < nets.length && count[shards] > 0) {
            shards++;
        }
        int active = shards;
        return (p, from, to) -> sumRange(grads[p], active, from, to);
    }

    /** g_0[lo..hi) = Σ_s weight_s · g_s[lo..hi) for the first {@code shards} shards. */
    private void sumRange(float[][] g, int shards, int lo, int hi) {
        float[] g0 = g[0];
        float w0 = weight[0];
        if (shards == 1) {
            for (int j = lo; j < hi; j++) {
                g0[j] *= w0;
            }
            return;
        }
        float[] g1 = g[1];
        float w1 = weight[1];
        for (int j = lo; j < hi; j++) {
            g0[j] = w0 * g0[j] + w1 * g1[j];
        }
        for (int s = 2; s < shards; s++) {
            float[] gs = g[s];
            float ws = weight[s];
            for (int j = lo; j < hi; j++) {
                g0[j] += ws * gs[j];
            }
        }
    }
}
