package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.SplittableRandom;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.tensor.Parallel;
import org.junit.jupiter.api.Test;

/**
 * The element-wise and per-sample parts of a training step (activation, bias, loss, Adam) give
 * bit-identical results on one and on two threads: only their chunks move between threads.
 */
class ElementwiseThreadsTest {

    private static float[] random(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] x = new float[n];
        for (int i = 0; i < n; i++) {
            x[i] = (float) (r.nextDouble() * 4 - 2);
        }
        return x;
    }

    @Test
    void activationLayerForwardAndBackwardDoNotDependOnThreads() {
        for (ActivationKind k : List.of(ActivationKind.RELU, ActivationKind.ELU)) {
            int units = 100;
            int batch = 130;   // 13 000 values: several chunks, uneven ends
            float[] z = random(units * batch, 1);
            float[] dy = random(units * batch, 2);
            ActivationLayer one = new ActivationLayer("a", k.create(), units, 1);
            ActivationLayer two = new ActivationLayer("a", k.create(), units, 1);
            try (Parallel par = Parallel.of(2)) {
                assertArrayEquals(one.forward(z, batch, true, Parallel.SERIAL), two.forward(z, batch, true, par));
                assertArrayEquals(one.backward(dy, batch, Parallel.SERIAL), two.backward(dy, batch, par));
            }
        }
    }

    @Test
    void softmaxLossAndGradientDoNotDependOnThreads() {
        int batch = 200;
        int classes = 10;
        float[] out = random(batch * classes, 3);
        float[] target = new float[batch * classes];
        SplittableRandom r = new SplittableRandom(4);
        for (int s = 0; s < batch; s++) {
            target[s * classes + r.nextInt(classes)] = 1f;
        }
        float[] g1 = new float[batch * classes];
        float[] g2 = new float[batch * classes];
        SoftmaxCrossEntropy loss = new SoftmaxCrossEntropy();
        double l1 = loss.compute(out, target, batch, classes, g1);
        double l2;
        try (Parallel par = Parallel.of(2)) {
            l2 = loss.compute(out, target, batch, classes, g2, par);
        }
        assertEquals(Double.doubleToLongBits(l1), Double.doubleToLongBits(l2));
        assertArrayEquals(g1, g2);
    }

    @Test
    void denseAndAdamStepsDoNotDependOnThreadsForElementwiseParts() {
        Dense one = new Dense("d", 300, 120);
        Dense two = new Dense("d", 300, 120);
        float[] w = random(300 * 120, 5);
        System.arraycopy(w, 0, one.weights().value(), 0, w.length);
        System.arraycopy(w, 0, two.weights().value(), 0, w.length);
        float[] b = random(120, 6);
        System.arraycopy(b, 0, one.bias().value(), 0, b.length);
        System.arraycopy(b, 0, two.bias().value(), 0, b.length);
        int batch = 200;   // bias loops split in two (≥ 8192 elements per thread)
        float[] x = random(batch * 300, 7);
        float[] dy = random(batch * 120, 8);
        Adam a1 = new Adam(1e-3, GradientClip.NONE);
        Adam a2 = new Adam(1e-3, GradientClip.NONE);
        try (Parallel par = Parallel.of(2)) {
            for (int step = 0; step < 3; step++) {
                // the matrix multiplies run serially on both, so any difference is the parallel parts'
                one.forward(x, batch, true, Parallel.SERIAL);
                one.backward(dy, batch, Parallel.SERIAL);
                two.forward(x, batch, true, Parallel.SERIAL);
                two.backward(dy, batch, Parallel.SERIAL);
                assertArrayEquals(one.bias().grad(), two.bias().grad());
                a1.step(one.params());
                a2.step(two.params(), par);
                assertArrayEquals(one.weights().value(), two.weights().value());
                assertArrayEquals(one.bias().value(), two.bias().value());
            }
            // bias add and bias gradient on two threads (the multiplies' split keeps each element's sum)
            float[] y1 = one.forward(x, batch, true, Parallel.SERIAL).clone();
            float[] y2 = two.forward(x, batch, true, par).clone();
            assertArrayEquals(y1, y2);
            one.backward(dy, batch, Parallel.SERIAL);
            two.backward(dy, batch, par);
            assertArrayEquals(one.bias().grad(), two.bias().grad());
        }
    }
}
