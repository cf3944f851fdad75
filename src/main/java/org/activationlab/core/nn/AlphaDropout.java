package org.activationlab.core.nn;

import java.util.Objects;
import java.util.random.RandomGenerator;
import org.activationlab.core.tensor.Parallel;

/**
 * Alpha dropout for SELU networks (Klambauer et al. 2017, "Self-Normalizing Neural Networks"):
 * a dropped value is set to SELU's negative saturation α' = −λα instead of 0, then an affine
 * map a·x + b restores mean 0 and variance 1. Evaluation is the identity.
 *
 * <pre>
 * α' = −λα ≈ −1.7581,  a = ((1−p)(1 + p α'²))^(−1/2),  b = −a α' p
 * y = a · (keep ? x : α') + b          dx = dy · (keep ? a : 0)
 * </pre>
 */
public final class AlphaDropout implements Layer {
    /** −λα of SELU (λ = 1.0507009873554805, α = 1.6732632423543772). */
    public static final double ALPHA_PRIME = -1.0507009873554804934193349852946 * 1.6732632423543772848170429916717;

    private final String name;
    private final int size;
    private final double p;
    private final float a;
    private final float b;
    private final RandomGenerator rng;
    private float[] mask;   // a where kept, 0 where dropped
    private float[] y;
    private float[] dx;
    private int forwardBatch = -1;
    private boolean lastTraining;

    public AlphaDropout(String name, int size, double p, RandomGenerator rng) {
        if (!(p >= 0 && p < 1)) {
            throw new IllegalArgumentException(name + ": dropout rate must be in [0, 1), got " + p);
        }
        this.name = name;
        this.size = size;
        this.p = p;
        this.rng = Objects.requireNonNull(rng);
        double aa = 1.0 / Math.sqrt((1 - p) * (1 + p * ALPHA_PRIME * ALPHA_PRIME));
        this.a = (float) aa;
        this.b = (float) (-aa * ALPHA_PRIME * p);
    }

    @Override
    public float[] forward(float[] x, int batch, boolean training, Parallel par) {
        Buffers.checkInput(name, x, batch, size);
        forwardBatch = batch;
        lastTraining = training;
        if (!training || p == 0) {
            return x;
        }
        int n = batch * size;
        mask = Buffers.ensure(mask, n);
        y = Buffers.ensure(y, n);
        float dropped = (float) (a * ALPHA_PRIME) + b;
        for (int i = 0; i < n; i++) {
            boolean drop = rng.nextDouble() < p;
            mask[i] = drop ? 0f : a;
            y[i] = drop ? dropped : a * x[i] + b;
        }
        return y;
    }

    @Override
    public float[] backward(float[] dy, int batch, Parallel par) {
        Buffers.checkForwardDone(name, forwardBatch, batch);
        if (!lastTraining || p == 0) {
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
