package org.activationlab.core.nn;

import java.util.random.RandomGenerator;

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
public final class AlphaDropout extends MaskedDropout {
    /** −λα of SELU (λ = 1.0507009873554805, α = 1.6732632423543772). */
    public static final double ALPHA_PRIME = -1.0507009873554804934193349852946 * 1.6732632423543772848170429916717;

    private final double p;
    private final float a;
    private final float b;

    public AlphaDropout(String name, int size, double p, RandomGenerator rng) {
        super(name, size, p, rng);
        this.p = p;
        double aa = 1.0 / Math.sqrt((1 - p) * (1 + p * ALPHA_PRIME * ALPHA_PRIME));
        this.a = (float) aa;
        this.b = (float) (-aa * ALPHA_PRIME * p);
    }

    @Override
    public AlphaDropout replica() {
        return new AlphaDropout(name(), inputSize(), p, splitRng());
    }

    /** mask = a where kept, 0 where dropped. */
    @Override
    void drop(float[] x, float[] mask, float[] y, int n) {
        float dropped = (float) (a * ALPHA_PRIME) + b;
        for (int i = 0; i < n; i++) {
            boolean drop = rng.nextDouble() < p;
            mask[i] = drop ? 0f : a;
            y[i] = drop ? dropped : a * x[i] + b;
        }
    }

    @Override
    public double rate() {
        return p;
    }
}
