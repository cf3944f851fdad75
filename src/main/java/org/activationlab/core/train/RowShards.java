package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.nn.Layer;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.ParamChunks;
import org.activationlab.core.tensor.Parallel;

/**
 * The part of {@link UnitParallel}'s step after the first activation: layers 2 … L of the network
 * run data-parallel, shard s (a contiguous run of the batch's rows) on twin s ({@link
 * Network#replica()}; twin 0 is the trained network), as in {@link DataParallel}:
 * <pre>
 * per = ⌈n/T⌉, shard s = rows [s·per, min(n, (s+1)·per)), n_s of them, weight_s = n_s / n
 * in_s: n_s × H (the first activation's output, filled column slice by column slice)
 * dA_s = dLoss_s/d in_s, loss_s the mean over the shard; the batch's gradient = Σ_s weight_s · grad_s
 * </pre>
 * Not thread-safe as a whole; each method documents what its parallel parts touch.
 */
final class RowShards {
    private final Network[] nets;
    private final int hidden;
    private final int classes;
    private final int[] count;
    private final float[] weight;
    private final double[] loss;
    private final int[] correct;
    private final float[][] input;
    private final float[][] target;
    private final int[][] labels;
    private final float[][] dOut;
    private final float[][] dA;
    /** grads[p][s]: gradient array of parameter p of twin s. */
    private final float[][][] grads;
    private int per = 1;

    RowShards(Network[] nets, int batchSize, int hidden) {
        this.nets = nets;
        this.hidden = hidden;
        this.classes = nets[0].outputSize();
        int shards = nets.length;
        int most = (batchSize + shards - 1) / shards;
        count = new int[shards];
        weight = new float[shards];
        loss = new double[shards];
        correct = new int[shards];
        input = new float[shards][most * hidden];
        target = new float[shards][most * classes];
        labels = new int[shards][most];
        dOut = new float[shards][most * classes];
        dA = new float[shards][];
        grads = new float[nets[0].params().size()][shards][];
        for (int p = 0; p < grads.length; p++) {
            for (int s = 0; s < shards; s++) {
                grads[p][s] = nets[s].params().get(p).grad();
            }
        }
    }

    /** Shard sizes and weights for a batch of n rows (empty shards last). */
    private void split(int n) {
        per = (n + nets.length - 1) / nets.length;
        for (int s = 0; s < nets.length; s++) {
            count[s] = Math.max(0, Math.min(per, n - s * per));
            weight[s] = (float) count[s] / n;
        }
    }

    /**
     * Puts columns [u0, u0+width) of every row of {@code a} (n × width) into the shards' inputs.
     * Threads may call this at the same time for disjoint column ranges.
     */
    void scatterColumns(float[] a, int n, int u0, int width) {
        int step = (n + nets.length - 1) / nets.length;
        for (int r = 0; r < n; r++) {
            int s = r / step;
            System.arraycopy(a, r * width, input[s], (r - s * step) * hidden + u0, width);
        }
    }

    /**
     * Rest forward, loss and rest backward on every shard (shards split over the threads, each on
     * one thread); returns the batch's mean loss. The targets come from {@code all}.
     */
    double forwardAndBackward(BatchBuffers all, int n, Parallel par) {
        split(n);
        par.forRange(nets.length, 1, (s0, s1) -> {
            for (int s = s0; s < s1; s++) {
                shard(s, all);
            }
        });
        double total = 0;
        for (int s = 0; s < nets.length; s++) {
            total += count[s] > 0 ? loss[s] * count[s] : 0;
        }
        return total / n;
    }

    private void shard(int s, BatchBuffers all) {
        int n = count[s];
        if (n == 0) {
            return;
        }
        int row0 = s * per;
        System.arraycopy(all.target, row0 * classes, target[s], 0, n * classes);
        System.arraycopy(all.labels, row0, labels[s], 0, n);
        List<Layer> ls = nets[s].layers();
        float[] x = input[s];
        for (int i = 2; i < ls.size(); i++) {
            x = ls.get(i).forward(x, n, true, Parallel.SERIAL);
        }
        loss[s] = nets[s].loss().compute(x, target[s], n, classes, dOut[s], Parallel.SERIAL);
        correct[s] = BatchBuffers.countCorrect(x, labels[s], n, classes);
        if (!Double.isFinite(loss[s])) {
            return;
        }
        float[] g = dOut[s];
        for (int i = ls.size() - 1; i >= 2; i--) {
            g = ls.get(i).backward(g, n, Parallel.SERIAL);
        }
        dA[s] = g;
    }

    /**
     * g (n × width) = columns [u0, u0+width) of the batch's dLoss/dA, each shard's rows weighted
     * by n_s / n. Threads may call this at the same time (it only reads the shards).
     */
    void gatherColumns(float[] g, int n, int u0, int width) {
        for (int r = 0; r < n; r++) {
            int s = r / per;
            float w = weight[s];
            float[] d = dA[s];
            int src = (r - s * per) * hidden + u0;
            int dst = r * width;
            for (int u = 0; u < width; u++) {
                g[dst + u] = w * d[src + u];
            }
        }
    }

    /** Correct predictions over all shards of the last batch. */
    int correct() {
        int c = 0;
        for (int s = 0; s < nets.length; s++) {
            c += count[s] > 0 ? correct[s] : 0;
        }
        return c;
    }

    /** The twins that took part in the last batch (shard order; the first is the trained network). */
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
     * grad = Σ_s weight_s · grad_s into twin 0's arrays for parameters {@code skip} and later
     * (each element summed in shard order); parameters before {@code skip} are left as they are.
     */
    ParamChunks.Body gradientSum(int skip) {
        int active = 0;
        while (active < nets.length && count[active] > 0) {
            active++;
        }
        int shards = active;
        return (p, from, to) -> {
            if (p < skip) {
                return;
            }
            float[][] g = grads[p];
            for (int j = from; j < to; j++) {
                float sum = weight[0] * g[0][j];
                for (int s = 1; s < shards; s++) {
                    sum += weight[s] * g[s][j];
                }
                g[0][j] = sum;
            }
        };
    }
}
