package org.activationlab.core.signal;

import java.util.Objects;
import org.activationlab.core.activation.Activation;

/**
 * A wide, deep random network for {@link SignalPropagation}: {@code depth} fully connected layers
 * of {@code width} units without biases, all with the same activation, weights from
 * {@code init} with their standard deviation multiplied by {@code scale}; a batch of
 * {@code batch} inputs drawn from N(0, 1); {@code seed} makes it reproducible.
 */
public record SignalConfig(Activation activation, Initializer init, double scale, int width, int depth, int batch,
                           long seed) {
    public static final int MAX_WIDTH = 1024;
    public static final int MAX_DEPTH = 200;
    public static final int MAX_BATCH = 1024;
    public static final double MAX_SCALE = 10.0;
    /** width² · depth · batch above this would take minutes: refused. */
    public static final double MAX_WORK = 4e9;

    public SignalConfig {
        Objects.requireNonNull(activation, "activation");
        Objects.requireNonNull(init, "init");
        check("width", width, MAX_WIDTH);
        check("depth", depth, MAX_DEPTH);
        check("batch", batch, MAX_BATCH);
        if (!(scale > 0 && scale <= MAX_SCALE)) {
            throw new IllegalArgumentException("scale must be in (0, " + MAX_SCALE + "], got " + scale);
        }
        double work = (double) width * width * depth * batch;
        if (work > MAX_WORK) {
            throw new IllegalArgumentException("width² × depth × batch = " + (long) work + " is more than "
                    + (long) MAX_WORK + "; make the network narrower, shallower or the batch smaller");
        }
    }

    /** Width 256, depth 100, batch 64, scale 1, seed 1. */
    public static SignalConfig defaults(Activation activation, Initializer init) {
        return new SignalConfig(activation, init, 1.0, 256, 100, 64, 1L);
    }

    private static void check(String what, int v, int max) {
        if (v < 1 || v > max) {
            throw new IllegalArgumentException(what + " must be between 1 and " + max + ", got " + v);
        }
    }

    public SignalConfig withScale(double s) {
        return new SignalConfig(activation, init, s, width, depth, batch, seed);
    }

    public SignalConfig withSeed(long s) {
        return new SignalConfig(activation, init, scale, width, depth, batch, s);
    }

    public SignalConfig withShape(int w, int d, int b) {
        return new SignalConfig(activation, init, scale, w, d, b, seed);
    }
}
