package org.activationlab.core.train;

import java.util.List;
import org.activationlab.core.data.Dataset;
import org.activationlab.core.nn.Network;
import org.activationlab.core.nn.Optimizer;
import org.activationlab.core.nn.ParamChunks;
import org.activationlab.core.tensor.Parallel;

/**
 * A training step spread over several threads as a whole, instead of each layer splitting its
 * own work: {@link DataParallel} (each thread runs the whole network on a part of the batch) or
 * {@link UnitParallel} (the threads share out the units of a dominant first layer). The
 * {@link Trainer} picks one with {@link #of}; both leave the trained network's gradients equal to
 * the one-thread gradient up to float rounding, and are deterministic for a given thread count.
 */
interface ParallelStep {

    /**
     * {@code -Dactivationlab.parallel=unit} lets networks that meet {@link UnitParallel}'s rule
     * train unit-parallel; without it every network trains data-parallel. Off by default: measured
     * on the shared 2-core machine, MLP 784-128-10 on 2 threads took about as long per batch either
     * way (best 50-batch windows 213–285 µs data-parallel, 218–280 µs unit-parallel, interleaved
     * runs under other load), so the longer-standing path stays the default until an idle
     * machine shows a difference.
     */
    String PROPERTY = "activationlab.parallel";

    /**
     * The step for {@code net} on {@code threads} threads, or null when none applies (one
     * thread, or a layer that cannot be twinned): the unit-parallel one where {@link #PROPERTY}
     * asks for it and its rule holds ({@link UnitParallel#of}), else the data-parallel one.
     */
    static ParallelStep of(Network net, int threads, int batchSize) {
        boolean unitAllowed = "unit".equals(System.getProperty(PROPERTY));
        ParallelStep unit = unitAllowed ? UnitParallel.of(net, threads, batchSize) : null;
        return unit != null ? unit : DataParallel.of(net, threads, batchSize);
    }

    /**
     * Forward, loss and backward of items {@code order[from .. from+n)} of ds; returns the batch's
     * mean loss. Some gradients may still be in pieces: finish them with {@link #sumGradients} or
     * hand {@link #gradientSum()} to the optimiser. If the loss is not finite, no gradient is valid.
     */
    double step(Dataset ds, int[] order, int from, int n, Parallel par);

    /** Correct predictions in the last {@link #step}'s batch. */
    int correct();

    /** Completes the trained network's gradients for the last {@link #step}. */
    void sumGradients(Parallel par);

    /** {@link #sumGradients} piece by piece, for {@link Optimizer#step(List, Parallel, ParamChunks.Body)}. */
    ParamChunks.Body gradientSum();

    /** Per-layer statistics of the last batch; call after {@link #sumGradients}. */
    List<LayerStats> layerStats(Network net);

    /** Mean loss and accuracy on ds in evaluation mode. */
    double[] evaluate(Dataset ds, int batchSize, Parallel par);
}
