package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;

/**
 * A 2-2-2 ReLU network worked by hand (the numbers in the comments are the hand computation).
 * <pre>
 * x = (1, 2)     W1 = [[0.5, −1], [1, 0.25]]   b1 = (0, 0.5)
 * z1 = (0.5 − 2 + 0, 1 + 0.5 + 0.5) = (−1.5, 2)        a1 = relu(z1) = (0, 2)
 * W2 = [[1, −1], [0.5, 2]]   b2 = (0.25, −0.25)
 * z2 = (0 − 2 + 0.25, 0 + 4 − 0.25) = (−1.75, 3.75)     label 1
 * loss = log(1 + e^(−5.5)) = 0.0040784 (4.07845e-3)     p0 = e^(−5.5)/(1 + e^(−5.5)) = 0.00407014
 * dz2 = (p0, −p0)   dW2 = dz2 ⊗ a1 = [[0, 2p0], [0, −2p0]]   db2 = (p0, −p0)
 * da1 = W2ᵀ dz2 = (p0 − 0.5p0, −p0 − 2p0) = (0.5p0, −3p0)   dz1 = da1 · relu'(z1) = (0, −3p0)
 * dW1 = dz1 ⊗ x = [[0, 0], [−3p0, −6p0]]   db1 = (0, −3p0)
 * </pre>
 */
class GoldenTest {
    private static final double P0 = Math.exp(-5.5) / (1 + Math.exp(-5.5));

    private static Network tiny() {
        Dense d1 = new Dense("dense1", 2, 2);
        Dense d2 = new Dense("dense2", 2, 2);
        System.arraycopy(new float[] {0.5f, -1f, 1f, 0.25f}, 0, d1.weights().value(), 0, 4);
        System.arraycopy(new float[] {0f, 0.5f}, 0, d1.bias().value(), 0, 2);
        System.arraycopy(new float[] {1f, -1f, 0.5f, 2f}, 0, d2.weights().value(), 0, 4);
        System.arraycopy(new float[] {0.25f, -0.25f}, 0, d2.bias().value(), 0, 2);
        return new Network(List.of(d1, new ActivationLayer("relu1", ActivationKind.RELU.create(), 2, 1), d2),
                new SoftmaxCrossEntropy(), null);
    }

    private static double step(Network net) {
        float[] out = net.forward(new float[] {1f, 2f}, 1, true, Parallel.SERIAL);
        assertArrayEquals(new float[] {-1.75f, 3.75f}, out.clone(), 1e-6f);
        double loss = net.lossAndGradient(out, new float[] {0f, 1f}, 1);
        net.backward(1, Parallel.SERIAL);
        return loss;
    }

    @Test
    void forwardAndBackwardMatchTheHandComputation() {
        Network net = tiny();
        assertEquals(0.0040784, step(net), 1e-7);
        float p0 = (float) P0;
        List<Param> p = net.params();
        assertArrayEquals(new float[] {0, 0, -3 * p0, -6 * p0}, p.get(0).grad(), 1e-7f);
        assertArrayEquals(new float[] {0, -3 * p0}, p.get(1).grad(), 1e-7f);
        assertArrayEquals(new float[] {0, 2 * p0, 0, -2 * p0}, p.get(2).grad(), 1e-7f);
        assertArrayEquals(new float[] {p0, -p0}, p.get(3).grad(), 1e-7f);
    }

    @Test
    void sgdStepIsWeightMinusRateTimesGradient() {
        Network net = tiny();
        step(net);
        new Sgd(0.5, 0, GradientClip.NONE).step(net.params());
        // W1[1][1] = 0.25 − 0.5 · (−6 p0) = 0.25 + 3 p0
        assertEquals(0.25 + 3 * P0, net.params().get(0).value()[3], 1e-7);
        // the untouched weights (zero gradient) stay put
        assertEquals(0.5f, net.params().get(0).value()[0]);
    }

    @Test
    void firstAdamStepMovesEachWeightByTheLearningRateAgainstItsGradientSign() {
        Network net = tiny();
        step(net);
        new Adam(0.1, GradientClip.NONE).step(net.params());
        // m̂ = g, v̂ = g², so the step is lr · g / (|g| + ε) ≈ lr · sign(g)
        assertEquals(1.1, net.params().get(0).value()[2], 1e-5);   // W1[1][0] had gradient −3 p0
        assertEquals(0.5 + 0.1, net.params().get(1).value()[1], 1e-5); // b1[1] had gradient −3 p0
        assertEquals(-1 - 0.1, net.params().get(2).value()[1], 1e-5);  // W2[0][1] had gradient +2 p0
        assertEquals(0.5f, net.params().get(0).value()[0]);              // zero gradient: unchanged
    }

    @Test
    void clippingByValueAndByNorm() {
        Network net = tiny();
        step(net);
        double norm = GradientClip.globalNorm(net.params());
        // ‖g‖² = 9p0² + 36p0² + 9p0² + 4p0² + 4p0² + 2p0² = 64 p0²  →  ‖g‖ = 8 p0
        assertEquals(8 * P0, norm, 1e-8);
        GradientClip.byNorm(P0).apply(net.params());
        assertEquals(P0, GradientClip.globalNorm(net.params()), 1e-8);
        GradientClip.byValue(0.1 * P0).apply(net.params());
        for (Param p : net.params()) {
            for (float g : p.grad()) {
                org.junit.jupiter.api.Assertions.assertTrue(Math.abs(g) <= 0.1 * P0 + 1e-9);
            }
        }
    }

    @Test
    void initialisersHaveTheirDocumentedSpread() {
        Param w = new Param("w", 200 * 300, 200, 300, false);
        java.util.SplittableRandom rng = new java.util.SplittableRandom(1);
        Initializer.GLOROT_UNIFORM.fill(w, rng);
        assertEquals(Math.sqrt(6.0 / 500) / Math.sqrt(3), std(w.value()), 0.002);
        Initializer.LECUN_NORMAL.fill(w, rng);
        assertEquals(Math.sqrt(1.0 / 200), std(w.value()), 0.002);
        Initializer.HE_NORMAL.fill(w, rng);
        assertEquals(Math.sqrt(2.0 / 200), std(w.value()), 0.003);
        double lim = 2 * Math.sqrt(2.0 / 200) / 0.87962566103423978;
        for (float v : w.value()) {
            org.junit.jupiter.api.Assertions.assertTrue(Math.abs(v) <= lim + 1e-6, "truncated at 2 std");
        }
    }

    private static double std(float[] v) {
        double s = 0;
        double s2 = 0;
        for (float x : v) {
            s += x;
            s2 += (double) x * x;
        }
        double m = s / v.length;
        return Math.sqrt(s2 / v.length - m * m);
    }
}
