package org.activationlab.core.nn;

import java.util.random.RandomGenerator;

/**
 * Inverted dropout (Srivastava et al. 2014): while training each value is zeroed with
 * probability p and the survivors are scaled by 1/(1−p), so evaluation is the identity.
 *
 * <pre>
 * x, y, mask: B × N      y = x · mask,  mask ∈ {0, 1/(1−p)}      dx = dy · mask
 * </pre>
 * The random source is injected (seeded by the model builder) for reproducible runs.
 */
public final class Dropout extends MaskedDropout {
    private final float p;

    public Dropout(String name, int size, double p, RandomGenerator rng) {
        super(name, size, p, rng);
        this.p = (float) p;
    }

    @Override
    public Dropout replica() {
        return new Dropout(name(), inputSize(), p, splitRng());
    }

    @Override
    void drop(float[] x, float[] mask, float[] y, int n) {
        float keepScale = 1f / (1f - p);
        for (int i = 0; i < n; i++) {
            mask[i] = rng.nextFloat() < p ? 0f : keepScale;
            y[i] = x[i] * mask[i];
        }
    }

    @Override
    public double rate() {
        return p;
    }
}
