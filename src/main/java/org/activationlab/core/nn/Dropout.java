package org.activationlab.core.nn;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.activationlab.core.tensor.Parallel;

/**
 * Inverted dropout (Srivastava et al. 2014): while training each value is zeroed with
 * probability p and the survivors are scaled by 1/(1−p), so evaluation is the identity.
 *
 * <pre>
 * x, y, mask: B × N      y = x · mask,  mask ∈ {0, 1/(1−p)}      dx = dy · mask
 * </pre>
 * The random source is injected (seeded by the model builder) for reproducible runs.
 */
public final class Dropout implements Layer {
    private final String name;
    private final int size;
    private final float p;
    private final RandomGenerator rng;
    private float[] mask;
    private float[] y;
    private float[] dx;
    private int forwardBatch = -1;
    private boolean lastTraining;

    public Dropout(String name, int size, double p, RandomGenerator rng) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException(name + ": dropout rate must be in [0, 1), got " + p);
        }
        this.name = name;
        this.size = size;
        this.p = (float) p;
        this.rng = Objects.requireNonNull(rng);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, size);
        forwardBatch = batch;
        lastTraining = training;
        if (!training || p == 0f) {
            return x;
        }
        int n = batch * size;
        mask = Buffers.ensure(mask, n);
        y = Buffers.ensure(y, n);
        float keepScale = 1f / (1f - p);
        for (int i = 0; i < n; i++) {
            mask[i] = rng.nextFloat() < p ? 0f : keepScale;
            y[i] = x[i] * mask[i];
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        if (!lastTraining || p == 0f) {
            return dy;
        }
        int n = batch * size;
        dx = Buffers.ensure(dx, n);
        for (int i = 0; i < n; i++) {
            dx[i] = dy[i] * mask[i];
        }
        return dx;
    }

    public double rate() {
        return p;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int inputSize() {
        return size;
    }

    @Override
    public int outputSize() {
        return size;
    }
}
