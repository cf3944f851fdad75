package org.activationlab.core.train;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.nn.ActivationLayer;
import org.activationlab.core.nn.Dense;
import org.activationlab.core.nn.Layer;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.ParamChunks;
import org.activationlab.core.tensor.Gemm;
import org.activationlab.core.tensor.Parallel;

/**
 * Unit-parallel ("model-parallel") training step for a network whose first layer, a dense one
 * followed by an activation, does nearly all the work (MLP 784-128-10: 99% of the multiply-adds).
 * Thread t owns a contiguous slice of that layer's units: their rows of W and b, their part of
 * the activation, their part of the gradient and, in the optimiser's pass, mostly their part of
 * the update, so each thread keeps its slice of the weights, gradients and Adam moments in its
 * own cache and no thread ever adds up a copy of another thread's weight gradient.
 *
 * <pre>
 * T threads, slice t = units [t·H/T, (t+1)·H/T) of the H hidden units, B = batch, I = inputs
 * 1. gather (rows split)           X: B × I, shared
 * 2. per slice (all rows)          Z_t = X · W_tᵀ + b_t,  A_t = f(Z_t)  → columns t of each shard's A
 * 3. per shard of rows (as {@link DataParallel}, on twins of the rest of the network)
 *                                  rest forward, loss, rest backward → dA (shard rows × H)
 * 4. per slice (all rows)          dZ_t = (Σ_s n_s/B · dA_s[:, t]) ⊙ f'(Z_t),  dW_t = dZ_tᵀ · X,  db_t
 * 5. optimiser (Trainer), the rest's shard gradients summed in its pass as in DataParallel
 * </pre>
 * Why: with the data-parallel step each thread computes a whole 128 × 784 weight gradient for
 * half the batch; adding the two (0.4 MB each) took as long as the Adam step itself, and the
 * threads then update weights the other core has just read. Here the threads compute disjoint
 * rows of one gradient over the whole batch. Four parallel regions per batch instead of one, but
 * short hand-overs on the spinning pool.
 *
 * <p>Results equal the one-thread step up to float rounding; for a given thread count they are
 * bit-identical from run to run (each value is computed by one thread, in a fixed order).
 * Dropout is not supported here (its masks would have to be drawn per unit and per sample
 * consistently with the one-thread path): {@link #of} leaves such networks to DataParallel.
 */
final class UnitParallel implements ParallelStep {
    /** Share of the dense layers' multiply-adds the first one must have for this step to be used. */
    static final double MIN_FIRST_SHARE = 0.9;
    /** Units per thread below which the slices are too thin to pay. */
    static final int MIN_UNITS_PER_THREAD = 16;

    private final Network net;
    private final Dense first;
    private final int in;
    private final int hidden;
    private final int[] unit;            // slice t = units [unit[t], unit[t+1])
    private final ActivationLayer[] act; // the activation on one slice's units
    private final float[][] z;           // per slice: B × width
    private final float[][] dz;          // per slice: B × width, dL/dA gathered from the shards
    private final RowShards rows;        // the rest of the network, data-parallel
    private final BatchBuffers all;

    private UnitParallel(Network net, int threads, int batchSize, Network[] twins) {
        this.net = net;
        this.first = (Dense) net.layers().get(0);
        this.in = first.inputSize();
        this.hidden = first.outputSize();
        ActivationLayer a = (ActivationLayer) net.layers().get(1);
        unit = new int[threads + 1];
        act = new ActivationLayer[threads];
        z = new float[threads][];
        dz = new float[threads][];
        for (int t = 0; t < threads; t++) {
            unit[t + 1] = (int) ((long) hidden * (t + 1) / threads);
        }
        for (int t = 0; t < threads; t++) {
            int width = unit[t + 1] - unit[t];
            act[t] = new ActivationLayer(a.name(), a.activation(), width, 1);
            z[t] = new float[batchSize * width];
            dz[t] = new float[batchSize * width];
        }
        all = new BatchBuffers(batchSize, in, net.outputSize());
        rows = new RowShards(twins, batchSize, hidden);
    }

    /**
     * The step, or null unless all of this holds: at least 2 threads; layers Dense, activation,
     * then only dense and activation layers (no dropout, no convolution); the first layer has at
     * least {@value #MIN_FIRST_SHARE} of the dense multiply-adds and {@value #MIN_UNITS_PER_THREAD}
     * units per thread; every layer can be twinned.
     */
    static UnitParallel of(Network net, int threads, int batchSize) {
        int shards = Math.min(threads, batchSize);
        List<Layer> ls = net.layers();
        if (shards < 2 || ls.size() < 3 || !(ls.get(0) instanceof Dense d) || !(ls.get(1) instanceof ActivationLayer)
                || d.outputSize() < MIN_UNITS_PER_THREAD * shards) {
            return null;
        }
        long firstWork = (long) d.inputSize() * d.outputSize();
        long work = 0;
        for (Layer l : ls) {
            if (l instanceof Dense) {
                work += (long) l.inputSize() * l.outputSize();
            } else if (!(l instanceof ActivationLayer)) {
                return null;
            }
        }
        if (firstWork < MIN_FIRST_SHARE * work) {
            return null;
        }
        Network[] twins = new Network[shards];
        twins[0] = net;
        for (int s = 1; s < shards; s++) {
            twins[s] = net.replica();
            if (twins[s] == null) {
                return null;
            }
        }
        return new UnitParallel(net, shards, batchSize, twins);
    }

    @Override
    public double step(Dataset ds, int[] order, int from, int n, Parallel par) {
        all.gather(ds, order, from, n, par);
        par.forRange(act.length, 1, (t0, t1) -> {
            for (int t = t0; t < t1; t++) {
                forwardSlice(t, n);
            }
        });
        double loss = rows.forwardAndBackward(all, n, par);
        if (Double.isFinite(loss)) {
            par.forRange(act.length, 1, (t0, t1) -> {
                for (int t = t0; t < t1; t++) {
                    backwardSlice(t, n);
                }
            });
        }
        return loss;
    }

    /** Z_t = X · W_tᵀ + b_t, A_t = f(Z_t), A_t into the shards' inputs. */
    private void forwardSlice(int t, int n) {
        int u0 = unit[t];
        int width = unit[t + 1] - u0;
        float[] zt = z[t];
        Gemm.sgemm(false, true, n, width, in, 1f, all.x, 0, in, first.weights().value(), u0 * in, in,
                0f, zt, 0, width, Parallel.SERIAL);
        float[] b = first.bias().value();
        for (int r = 0; r < n; r++) {
            int row = r * width;
            for (int u = 0; u < width; u++) {
                zt[row + u] += b[u0 + u];
            }
        }
        float[] at = act[t].forward(zt, n, true, Parallel.SERIAL);
        rows.scatterColumns(at, n, u0, width);
    }

    /** dZ_t from the shards' dA, then this slice's rows of dW and entries of db. */
    private void backwardSlice(int t, int n) {
        int u0 = unit[t];
        int width = unit[t + 1] - u0;
        float[] g = dz[t];
        rows.gatherColumns(g, n, u0, width);
        float[] d = act[t].backward(g, n, Parallel.SERIAL);
        Gemm.sgemm(true, false, width, in, n, 1f, d, 0, width, all.x, 0, in, 0f,
                first.weights().grad(), u0 * in, in, Parallel.SERIAL);
        float[] db = first.bias().grad();
        java.util.Arrays.fill(db, u0, u0 + width, 0f);
        for (int r = 0; r < n; r++) {
            int row = r * width;
            for (int u = 0; u < width; u++) {
                db[u0 + u] += d[row + u];
            }
        }
    }

    @Override
    public int correct() {
        return rows.correct();
    }

    @Override
    public void sumGradients(Parallel par) {
        ParamChunks.forEach(net.params(), par, gradientSum());
    }

    /** The first layer's gradients are complete; the rest's are summed over the shards. */
    @Override
    public ParamChunks.Body gradientSum() {
        return rows.gradientSum(first.params().size());
    }

    /**
     * As {@link DataParallel}'s, except the first activation's unit health, which comes from the
     * slices: each saw every sample for its units, so the fractions add up weighted by width.
     */
    @Override
    public List<LayerStats> layerStats(Network trained) {
        List<LayerStats> stats = new ArrayList<>(LayerStats.of(trained, rows.activeNets()));
        double dead = 0;
        double saturated = 0;
        for (int t = 0; t < act.length; t++) {
            double w = (unit[t + 1] - unit[t]) / (double) hidden;
            dead += w * act[t].deadFraction();
            saturated += w * act[t].saturatedFraction();
        }
        LayerStats old = stats.get(1);
        stats.set(1, new LayerStats(old.layer(), old.gradientNorm(), dead, saturated));
        return stats;
    }

    /** Evaluation runs the trained network with each layer splitting its own work. */
    @Override
    public double[] evaluate(Dataset ds, int batchSize, Parallel par) {
        return Trainer.evaluate(net, ds, batchSize, par);
    }
}
