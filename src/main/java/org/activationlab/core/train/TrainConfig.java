package org.activationlab.core.train;

import org.activationlab.core.nn.Adam;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.Optimizer;
import org.activationlab.core.nn.Sgd;

/**
 * How to train: the defaults are the post's experiment (Adam 1e-3, batch 128), and live here only.
 *
 * @param epochs     passes over the training set (≥ 1)
 * @param batchSize  samples per step (≥ 1; the last partial batch is kept, as PyTorch)
 * @param seed       seeds the batch order (the model's weights are seeded when it is built)
 * @param optimizer  ADAM or SGD
 * @param learningRate initial learning rate
 * @param momentum   SGD's momentum (ignored by Adam)
 * @param clip       gradient clipping
 * @param threads    threads for the kernels (1 = bit-identical runs for a seed)
 * @param statsEvery measure per-layer statistics every this many batches (0 = never)
 * @param evaluate   evaluate on the test set after each epoch
 */
public record TrainConfig(int epochs, int batchSize, long seed, OptimizerKind optimizer, double learningRate,
                          double momentum, GradientClip clip, int threads, int statsEvery, boolean evaluate) {
    public static final int DEFAULT_EPOCHS = 3;
    public static final int DEFAULT_BATCH = 128;
    public static final double DEFAULT_LR = 1e-3;
    public static final double DEFAULT_SGD_MOMENTUM = 0.9;
    public static final int DEFAULT_STATS_EVERY = 10;

    /** Which optimiser. */
    public enum OptimizerKind { ADAM, SGD }

    public TrainConfig {
        if (epochs < 1 || epochs > 100_000) {
            throw new IllegalArgumentException("epochs must be in [1, 100000], got " + epochs);
        }
        if (batchSize < 1 || batchSize > 65_536) {
            throw new IllegalArgumentException("batch size must be in [1, 65536], got " + batchSize);
        }
        Optimizer.checkLearningRate(learningRate);
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be in [1, 256], got " + threads);
        }
        if (statsEvery < 0) {
            throw new IllegalArgumentException("statsEvery must be >= 0, got " + statsEvery);
        }
        if (clip == null) {
            clip = GradientClip.NONE;
        }
    }

    /** The post's settings: 3 epochs, batch 128, Adam 1e-3, no clipping, all cores, seed 1. */
    public static TrainConfig defaults() {
        return new TrainConfig(DEFAULT_EPOCHS, DEFAULT_BATCH, 1, OptimizerKind.ADAM, DEFAULT_LR,
                DEFAULT_SGD_MOMENTUM, GradientClip.NONE, Runtime.getRuntime().availableProcessors(),
                DEFAULT_STATS_EVERY, true);
    }

    public TrainConfig withEpochs(int e) {
        return new TrainConfig(e, batchSize, seed, optimizer, learningRate, momentum, clip, threads, statsEvery, evaluate);
    }

    public TrainConfig withSeed(long s) {
        return new TrainConfig(epochs, batchSize, s, optimizer, learningRate, momentum, clip, threads, statsEvery, evaluate);
    }

    public TrainConfig withThreads(int t) {
        return new TrainConfig(epochs, batchSize, seed, optimizer, learningRate, momentum, clip, t, statsEvery, evaluate);
    }

    public TrainConfig withBatchSize(int b) {
        return new TrainConfig(epochs, b, seed, optimizer, learningRate, momentum, clip, threads, statsEvery, evaluate);
    }

    public TrainConfig withStatsEvery(int n) {
        return new TrainConfig(epochs, batchSize, seed, optimizer, learningRate, momentum, clip, threads, n, evaluate);
    }

    public TrainConfig withEvaluate(boolean ev) {
        return new TrainConfig(epochs, batchSize, seed, optimizer, learningRate, momentum, clip, threads, statsEvery, ev);
    }

    public TrainConfig withOptimizer(OptimizerKind kind, double lr, GradientClip c) {
        return new TrainConfig(epochs, batchSize, seed, kind, lr, momentum, c, threads, statsEvery, evaluate);
    }

    /** A fresh optimiser as configured. */
    public Optimizer createOptimizer() {
        return optimizer == OptimizerKind.ADAM ? new Adam(learningRate, clip) : new Sgd(learningRate, momentum, clip);
    }
}
