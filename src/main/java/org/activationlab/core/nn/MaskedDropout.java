package org.activationlab.core.nn;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.activationlab.core.tensor.Parallel;

/**
 * What {@link Dropout} and {@link AlphaDropout} share: while training, a subclass draws a mask
 * and writes y from x; the backward pass is always {@code dx = dy · mask}. Evaluation (or a rate
 * of 0) is the identity in both directions.
 *
 * <pre>
 * x, y, mask, dy, dx: B × N
 * </pre>
 */
abstract class MaskedDropout implements Layer {
    private final String name;
    private final int size;
    final RandomGenerator rng;
    private float[] mask;
    private float[] y;
    private float[] dx;
    private int forwardBatch = -1;
    private boolean lastTraining;

    MaskedDropout(String name, int size, double p, RandomGenerator rng) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException(name + ": dropout rate must be in [0, 1), got " + p);
        }
        this.name = name;
        this.size = size;
        this.rng = Objects.requireNonNull(rng);
    }

    /**
     * A random stream for a twin: split off this layer's own (so the draws stay reproducible for a
     * given seed and number of twins), or seeded from it if the generator cannot split.
     */
    final RandomGenerator splitRng() {
        return rng instanceof RandomGenerator.SplittableGenerator s ? s.split()
                : new java.util.SplittableRandom(rng.nextLong());
    }

    /** The dropout rate p. */
    public abstract double rate();

    /** Draws the mask for n values and writes y from x (training only). */
    abstract void drop(float[] x, float[] mask, float[] y, int n);

    @Override
    public final float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, size);
        forwardBatch = batch;
        lastTraining = training;
        if (!training || rate() == 0) {
            return x;
        }
        int n = batch * size;
        mask = Buffers.ensure(mask, n);
        y = Buffers.ensure(y, n);
        drop(x, mask, y, n);
        return y;
    }

    @Override
    public final float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        if (!lastTraining || rate() == 0) {
            return dy;
        }
        int n = batch * size;
        dx = Buffers.ensure(dx, n);
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * mask[i];
        }
        return dx;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final int inputSize() {
        return size;
    }

    @Override
    public final int outputSize() {
        return size;
    }
}
