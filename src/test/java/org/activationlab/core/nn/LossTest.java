package org.activationlab.core.nn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class LossTest {

    /** Central differences in double (the losses evaluate in double), h = 1e-3 on the float inputs. */
    private static void checkLoss(Loss loss, float[] out, float[] target, int batch, int classes) {
        float[] grad = new float[out.length];
        loss.compute(out, target, batch, classes, grad);
        for (int i = 0; i < out.length; i++) {
            float orig = out[i];
            float plus = (float) (orig + 1e-3);
            float minus = (float) (orig - 1e-3);
            out[i] = plus;
            double lp = loss.compute(out, target, batch, classes, null);
            out[i] = minus;
            double lm = loss.compute(out, target, batch, classes, null);
            out[i] = orig;
            double numeric = (lp - lm) / ((double) plus - minus);
            if (Math.abs(grad[i] - numeric) > 1e-6 + 1e-4 * Math.abs(numeric)) {
                fail(loss.name() + ": gradient mismatch at index " + i + ": analytic " + grad[i] + ", numeric " + numeric);
            }
        }
    }

    private static float[] random(int n, double lo, double hi, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] v = new float[n];
        for (int i = 0; i < n; i++) {
            v[i] = (float) (lo + r.nextDouble() * (hi - lo));
        }
        return v;
    }

    private static float[] oneHot(int batch, int classes) {
        float[] t = new float[batch * classes];
        for (int s = 0; s < batch; s++) {
            t[s * classes + (s * 7) % classes] = 1f;
        }
        return t;
    }

    @Test
    void softmaxCrossEntropyGradientMatchesFiniteDifferences() {
        checkLoss(new SoftmaxCrossEntropy(), random(4 * 5, -3, 3, 1), oneHot(4, 5), 4, 5);
        // soft targets too (the general formula (Σt)p − t)
        checkLoss(new SoftmaxCrossEntropy(), random(3 * 4, -3, 3, 2), random(3 * 4, 0, 1, 3), 3, 4);
    }

    @Test
    void binaryCrossEntropyGradientMatchesFiniteDifferences() {
        checkLoss(new BinaryCrossEntropy(), random(4 * 5, 0.05, 0.95, 4), oneHot(4, 5), 4, 5);
    }

    @Test
    void meanSquaredErrorGradientMatchesFiniteDifferences() {
        checkLoss(new MeanSquaredError(), random(4 * 5, -2, 2, 5), random(4 * 5, -1, 1, 6), 4, 5);
    }

    @Test
    void softmaxCrossEntropyStaysFiniteForHugeLogits() {
        float[] out = {1000f, -1000f, 0f};
        float[] t = {0f, 1f, 0f};
        float[] g = new float[3];
        double loss = new SoftmaxCrossEntropy().compute(out, t, 1, 3, g);
        assertEquals(2000.0, loss, 1e-9);
        assertEquals(1f, g[0], 1e-6f);
        assertEquals(-1f, g[1], 1e-6f);
        assertTrue(Double.isFinite(new SoftmaxCrossEntropy().compute(new float[] {1e30f, 0f}, new float[] {1, 0}, 1, 2, g)));
    }

    @Test
    void softmaxCrossEntropyOfUniformLogitsIsLogOfClasses() {
        assertEquals(Math.log(10), new SoftmaxCrossEntropy().compute(new float[10], oneHot(1, 10), 1, 10, null), 1e-12);
    }

    @Test
    void binaryCrossEntropyClipsCertainWrongAnswers() {
        double loss = new BinaryCrossEntropy().compute(new float[] {0f}, new float[] {1f}, 1, 1, new float[1]);
        assertEquals(-Math.log(BinaryCrossEntropy.EPSILON), loss, 1e-9);
    }

    @Test
    void meanSquaredErrorIsTheMeanOfSquares() {
        assertEquals((1 + 4 + 0 + 9) / 4.0,
                new MeanSquaredError().compute(new float[] {1, 2, 3, 4}, new float[] {0, 0, 3, 1}, 2, 2, null), 1e-12);
    }
}
