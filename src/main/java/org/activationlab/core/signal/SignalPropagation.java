package org.activationlab.core.signal;

import java.util.SplittableRandom;
import java.util.concurrent.CancellationException;
import java.util.random.RandomGenerator;
import org.activationlab.core.activation.Activation;

/**
 * Deep signal propagation: a batch of N(0, 1) inputs goes forward through a wide random network,
 * then a random gradient with N(0, 1) components goes backward from the output; every layer
 * reports mean and standard deviation of its activations and of the gradient reaching it.
 * This shows SELU with LeCun-normal weights holding mean ≈ 0 and variance ≈ 1 (Klambauer et al.
 * 2017), sigmoid gradients vanishing, and ReLU exploding or dying when the weight scale is wrong.
 *
 * <pre>
 * shapes:  B = batch, n = width, L = depth; activations and gradients are B × n, row-major
 * forward  z_l = a_(l−1) · M_l,  a_l = f(z_l)                 M_l: n × n, M[k][j] = weight k → j
 * backward g_L ~ N(0, 1);  g_(l−1) = (g_l ⊙ f'(z_l)) · M_lᵀ   g_l = dC/da_l
 * </pre>
 * Plain double loops (AXPY form, so the JIT vectorises them). Reproducible: the injected
 * generator supplies the inputs, the output gradient and one seed per layer; a layer's matrix is
 * regenerated from its seed in the backward pass instead of being kept.
 */
public final class SignalPropagation {
    /** Pre-activations kept for the backward pass: at most this many doubles (64 MB). */
    public static final long MAX_STORED = 8_000_000L;

    private SignalPropagation() {
    }

    /** Runs with a {@link SplittableRandom} seeded from the config. */
    public static SignalReport run(SignalConfig c) {
        return run(c, new SplittableRandom(c.seed()));
    }

    /**
     * Runs forward and backward. Checks the thread's interrupt flag after every layer.
     *
     * @throws IllegalArgumentException if depth × batch × width exceeds {@value #MAX_STORED}
     * @throws CancellationException    if the thread was interrupted
     */
    public static SignalReport run(SignalConfig c, RandomGenerator rng) {
        int n = c.width();
        int b = c.batch();
        int depth = c.depth();
        if ((long) depth * b * n > MAX_STORED) {
            throw new IllegalArgumentException("depth × batch × width = " + (long) depth * b * n
                    + " values is more than the " + MAX_STORED + " the backward pass may keep; use a smaller batch");
        }
        long[] layerSeeds = new long[depth];
        for (int l = 0; l < depth; l++) {
            layerSeeds[l] = rng.nextLong();
        }
        double std = c.init().std(n, n) * c.scale();
        double[] a = gaussian(rng, b * n);
        double[][] z = new double[depth][];
        double[] aMean = new double[depth];
        double[] aStd = new double[depth];
        double[] zeros = new double[depth];
        Activation f = c.activation();
        for (int l = 0; l < depth; l++) {
            checkCancelled();
            double[] m = matrix(layerSeeds[l], n, std);
            z[l] = forwardLinear(a, m, b, n);
            a = new double[b * n];
            int zeroCount = 0;
            for (int i = 0; i < a.length; i++) {
                a[i] = f.value(z[l][i]);
                if (a[i] == 0.0) {
                    zeroCount++;
                }
            }
            aMean[l] = mean(a);
            aStd[l] = std(a, aMean[l]);
            zeros[l] = (double) zeroCount / a.length;
        }
        double[] g = gaussian(rng, b * n);
        LayerStats[] stats = new LayerStats[depth];
        for (int l = depth - 1; l >= 0; l--) {
            checkCancelled();
            double gm = mean(g);
            stats[l] = new LayerStats(l + 1, aMean[l], aStd[l], zeros[l], gm, std(g, gm));
            if (l == 0) {
                break;
            }
            double[] zl = z[l];
            for (int i = 0; i < g.length; i++) {
                g[i] *= f.derivative(zl[i]); // dC/dz_l = dC/da_l ⊙ f'(z_l)
            }
            g = backwardLinear(g, transpose(matrix(layerSeeds[l], n, std), n), b, n);
            z[l] = null;
        }
        return new SignalReport(c, java.util.List.of(stats));
    }

    private static void checkCancelled() {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("signal propagation cancelled");
        }
    }

    private static double[] gaussian(RandomGenerator rng, int count) {
        double[] v = new double[count];
        for (int i = 0; i < count; i++) {
            v[i] = rng.nextGaussian();
        }
        return v;
    }

    /** M[k·n + j] ~ N(0, std²), from the layer's own seed. */
    private static double[] matrix(long seed, int n, double std) {
        SplittableRandom r = new SplittableRandom(seed);
        double[] m = new double[n * n];
        for (int i = 0; i < m.length; i++) {
            m[i] = std * r.nextGaussian();
        }
        return m;
    }

    private static double[] transpose(double[] m, int n) {
        double[] t = new double[n * n];
        for (int k = 0; k < n; k++) {
            for (int j = 0; j < n; j++) {
                t[j * n + k] = m[k * n + j];
            }
        }
        return t;
    }

    /** z[s][j] = Σ_k a[s][k] · M[k][j], as AXPYs over rows of M. */
    private static double[] forwardLinear(double[] a, double[] m, int b, int n) {
        double[] z = new double[b * n];
        for (int s = 0; s < b; s++) {
            int zo = s * n;
            for (int k = 0; k < n; k++) {
                double av = a[zo + k];
                int mo = k * n;
                for (int j = 0; j < n; j++) {
                    z[zo + j] += av * m[mo + j];
                }
            }
        }
        return z;
    }

    /** out[s][k] = Σ_j dz[s][j] · M[k][j] = Σ_j dz[s][j] · Mt[j][k], as AXPYs over rows of Mt. */
    private static double[] backwardLinear(double[] dz, double[] mt, int b, int n) {
        double[] out = new double[b * n];
        for (int s = 0; s < b; s++) {
            int o = s * n;
            for (int j = 0; j < n; j++) {
                double dv = dz[o + j];
                int mo = j * n;
                for (int k = 0; k < n; k++) {
                    out[o + k] += dv * mt[mo + k];
                }
            }
        }
        return out;
    }

    private static double mean(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x;
        }
        return s / v.length;
    }

    private static double std(double[] v, double mean) {
        double s = 0;
        for (double x : v) {
            double d = x - mean;
            s += d * d;
        }
        return Math.sqrt(s / v.length);
    }
}
