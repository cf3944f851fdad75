package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.activationlab.core.tensor.Parallel;

/**
 * Finite-difference gradient check for layers and networks.
 *
 * <p>Decision (documented here, used by every gradient test): the layers compute in float,
 * because float is what trains; the check itself is done in double. The objective is
 * J = Σ r_i y_i with fixed random r_i, summed in double from the float outputs; the numeric
 * derivative is the central difference (J(x+h) − J(x−h)) / (x₊ − x₋), in double, where x₊ and
 * x₋ are the actual float values after perturbation (so rounding of the step does not bias it).
 * h = 2⁻⁷ is large enough that the float rounding of y (≈ 6e-8 relative) contributes ≈ 1e-5 to
 * the quotient and small enough that the truncation error (h²/6 · f''') stays ≈ 1e-5 for the
 * smooth functions. Inputs are kept at least 2h away from kinks (ReLU at 0, max-pool ties).
 * Tolerance: |analytic − numeric| ≤ 2e-3 + 1e-2 · max(|analytic|, |numeric|); a failure names
 * the tensor, the index, both values. Losses are checked separately with h = 1e-3, since they
 * evaluate in double.
 */
final class GradientCheck {
    static final double H = 1.0 / 128;
    static final double ATOL = 2e-3;
    static final double RTOL = 1e-2;

    private GradientCheck() {
    }

    /** What to run before every forward pass (e.g. rewind a dropout's random source). */
    interface Hook {
        void run();
    }

    /** Checks dL/dx and every parameter gradient of {@code layer} at input {@code x}. */
    static void checkLayer(Layer layer, float[] x, int batch, boolean training, Hook beforeForward) {
        int n = batch * layer.outputSize();
        double[] r = randomWeights(n, 42);
        float[] dy = new float[n];
        for (int i = 0; i < n; i++) {
            dy[i] = (float) r[i];
        }
        beforeForward.run();
        layer.forward(x.clone(), batch, training, Parallel.SERIAL);
        float[] dxRaw = layer.backward(dy, batch, Parallel.SERIAL);
        float[] dx = dxRaw == null ? null : dxRaw.clone();
        List<float[]> grads = new ArrayList<>();
        for (Param p : layer.params()) {
            grads.add(p.grad().clone());
        }
        Objective j = input -> {
            beforeForward.run();
            float[] y = layer.forward(input, batch, training, Parallel.SERIAL);
            double s = 0;
            for (int i = 0; i < n; i++) {
                s += r[i] * y[i];
            }
            return s;
        };
        if (dx != null) {
            compare(layer.name() + ".dx", dx, x, batch * layer.inputSize(), j, x);
        }
        for (int k = 0; k < layer.params().size(); k++) {
            Param p = layer.params().get(k);
            compare(p.name(), grads.get(k), p.value(), p.size(), j, x);
        }
    }

    /** Checks every parameter gradient of a whole network against its loss. */
    static void checkNetwork(Network net, float[] x, float[] target, int batch) {
        float[] out = net.forward(x, batch, true, Parallel.SERIAL);
        net.lossAndGradient(out, target, batch);
        net.backward(batch, Parallel.SERIAL);
        Objective j = input -> net.loss().compute(net.forward(input, batch, true, Parallel.SERIAL), target, batch,
                net.outputSize(), null);
        for (Param p : net.params()) {
            compare(p.name(), p.grad().clone(), p.value(), p.size(), j, x);
        }
    }

    /** The objective as a function of the (possibly perturbed) input. */
    interface Objective {
        double at(float[] input);
    }

    /**
     * Perturbs {@code values[i]} (x itself, or a parameter array: then {@code x} is passed
     * unchanged) and compares the quotient with {@code analytic[i]}; up to 64 indices per tensor.
     */
    private static void compare(String tensor, float[] analytic, float[] values, int size, Objective j, float[] x) {
        boolean isInput = values == x;
        SplittableRandom pick = new SplittableRandom(7);
        int checks = Math.min(size, 64);
        for (int c = 0; c < checks; c++) {
            int i = size <= 64 ? c : pick.nextInt(size);
            float orig = values[i];
            float plus = (float) (orig + H);
            float minus = (float) (orig - H);
            values[i] = plus;
            double jp = j.at(isInput ? values.clone() : x.clone());
            values[i] = minus;
            double jm = j.at(isInput ? values.clone() : x.clone());
            values[i] = orig;
            double numeric = (jp - jm) / ((double) plus - minus);
            double a = analytic[i];
            if (Math.abs(a - numeric) > ATOL + RTOL * Math.max(Math.abs(a), Math.abs(numeric))) {
                fail(String.format("gradient mismatch in %s at index %d: analytic %.8g, numeric %.8g", tensor, i, a,
                        numeric));
            }
        }
    }

    /** Values in [-1, 1], reproducible. */
    static double[] randomWeights(int n, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        double[] r = new double[n];
        for (int i = 0; i < n; i++) {
            r[i] = rng.nextDouble() * 2 - 1;
        }
        return r;
    }

    /** Values with |v| in [lo, hi] and random sign: away from the kinks at 0. */
    static float[] awayFromZero(int n, double lo, double hi, long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            double m = lo + rng.nextDouble() * (hi - lo);
            v[i] = (float) (rng.nextBoolean() ? m : -m);
        }
        return v;
    }

    /** A random source that can be rewound, so dropout masks repeat across forward passes. */
    static final class Replay implements java.util.random.RandomGenerator {
        private final long seed;
        private SplittableRandom rng;

        Replay(long seed) {
            this.seed = seed;
            rewind();
        }

        void rewind() {
            rng = new SplittableRandom(seed);
        }

        @Override
        public long nextLong() {
            return rng.nextLong();
        }
    }
}
