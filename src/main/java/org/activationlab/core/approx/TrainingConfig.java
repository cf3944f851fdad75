package org.activationlab.core.approx;

/**
 * Settings of one training run; defaults live here and only here.
 *
 * @param width         N, units of the first hidden layer (1..{@value #MAX_UNITS})
 * @param secondWidth   M, units of a second hidden layer, or 0 for one hidden layer
 * @param learningRate  Adam's step size (in the trainer's normalised coordinates, see {@link AdamTrainer})
 * @param batchSize     sample points per step; 0 (or ≥ samples) means full batch
 * @param samples       evenly spaced training points on the interval, ends included
 * @param decaySteps    0 for a constant learning rate; otherwise the rate follows a cosine from
 *                      {@code learningRate} at step 1 down to {@value #FINAL_RATE_FRACTION} of it
 *                      at step {@code decaySteps}, and stays there
 */
public record TrainingConfig(int width, int secondWidth, double learningRate, int batchSize, int samples,
        int decaySteps) {
    /** Largest width of a hidden layer. */
    public static final int MAX_UNITS = 4096;
    /** Largest N·M with two hidden layers (bounds the cost of one step). */
    public static final int MAX_SECOND_LAYER_WEIGHTS = 1 << 18;
    /** Rate of open-ended training with a constant rate ({@link #of}). */
    public static final double DEFAULT_LEARNING_RATE = 0.01;
    /** Starting rate of a run of known length ({@link #forRun}), which then decays. */
    public static final double DEFAULT_RUN_LEARNING_RATE = 0.02;
    public static final int DEFAULT_SAMPLES = 512;
    /** Adam's moment decay rates and epsilon, as Kingma &amp; Ba recommend. */
    public static final double BETA1 = 0.9;
    public static final double BETA2 = 0.999;
    public static final double EPSILON = 1e-8;
    /** Where a cosine decay ends, as a fraction of the initial learning rate. */
    public static final double FINAL_RATE_FRACTION = 0.01;

    public TrainingConfig {
        if (width < 1 || width > MAX_UNITS) {
            throw new IllegalArgumentException("hidden width N must be in 1.." + MAX_UNITS + ", got " + width);
        }
        if (secondWidth < 0 || secondWidth > MAX_UNITS) {
            throw new IllegalArgumentException("second hidden width M must be in 1.." + MAX_UNITS
                    + " (or 0 for none), got " + secondWidth);
        }
        if ((long) width * secondWidth > MAX_SECOND_LAYER_WEIGHTS) {
            throw new IllegalArgumentException("N*M = " + (long) width * secondWidth + " is too large to train here (at most "
                    + MAX_SECOND_LAYER_WEIGHTS + ")");
        }
        if (!(learningRate > 0) || learningRate > 10) {
            throw new IllegalArgumentException("learning rate must be in (0, 10], got " + learningRate);
        }
        if (samples < 2 || samples > 1_000_000) {
            throw new IllegalArgumentException("training samples must be in 2..1000000, got " + samples);
        }
        if (decaySteps < 0) {
            throw new IllegalArgumentException("decay steps must be >= 0 (0 = constant rate), got " + decaySteps);
        }
        if (batchSize < 0) {
            throw new IllegalArgumentException("batch size must be >= 0 (0 = full batch), got " + batchSize);
        }
    }

    /** One hidden layer of N units, full batch, constant default learning rate, default samples. */
    public static TrainingConfig of(int width) {
        return new TrainingConfig(width, 0, DEFAULT_LEARNING_RATE, 0, DEFAULT_SAMPLES, 0);
    }

    /**
     * One hidden layer of N units for a run of known length: full batch, default rate and samples,
     * the rate decaying by a cosine over {@code steps} (see {@link AdamTrainer} for why).
     */
    public static TrainingConfig forRun(int width, int steps) {
        return of(width).withLearningRate(DEFAULT_RUN_LEARNING_RATE).withDecaySteps(steps);
    }

    public TrainingConfig withSecondWidth(int m) {
        return new TrainingConfig(width, m, learningRate, batchSize, samples, decaySteps);
    }

    public TrainingConfig withLearningRate(double lr) {
        return new TrainingConfig(width, secondWidth, lr, batchSize, samples, decaySteps);
    }

    public TrainingConfig withBatchSize(int b) {
        return new TrainingConfig(width, secondWidth, learningRate, b, samples, decaySteps);
    }

    public TrainingConfig withSamples(int s) {
        return new TrainingConfig(width, secondWidth, learningRate, batchSize, s, decaySteps);
    }

    public TrainingConfig withDecaySteps(int d) {
        return new TrainingConfig(width, secondWidth, learningRate, batchSize, samples, d);
    }

    /** The learning rate of step s (1-based). */
    public double learningRateAt(int s) {
        if (decaySteps == 0) {
            return learningRate;
        }
        double progress = Math.min(1.0, (s - 1) / (double) Math.max(1, decaySteps - 1));
        double cosine = 0.5 * (1 + Math.cos(Math.PI * progress));
        return learningRate * (FINAL_RATE_FRACTION + (1 - FINAL_RATE_FRACTION) * cosine);
    }

    /** Whether every step uses all sample points. */
    public boolean fullBatch() {
        return batchSize == 0 || batchSize >= samples;
    }

    /** Points per step. */
    public int effectiveBatchSize() {
        return fullBatch() ? samples : batchSize;
    }
}
