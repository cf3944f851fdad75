package org.activationlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * ReLU's kernels against the plain comparison per element, for every length up to a few vector
 * widths and with the awkward values (±0, NaN, ±∞). Runs with the Vector API and, in the
 * plain-Java test run, without it.
 */
class ElementwiseTest {
    private static final float[] SPECIAL = {0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
        Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f, 3.5f, -2.25f};

    private static float[] values(int n, long seed) {
        SplittableRandom r = new SplittableRandom(seed);
        float[] z = new float[n];
        for (int i = 0; i < n; i++) {
            z[i] = r.nextInt(4) == 0 ? SPECIAL[r.nextInt(SPECIAL.length)] : (float) r.nextGaussian();
        }
        return z;
    }

    @Test
    void reluForwardMatchesTheComparisonForEveryLengthAndSpecialValue() {
        for (int n = 0; n <= 70; n++) {
            float[] z = values(n + 3, n);
            float[] a = new float[n + 3];
            a[n] = 42f; // beyond n: untouched
            Elementwise.relu(z, a, n);
            for (int i = 0; i < n; i++) {
                float want = z[i] <= 0f ? 0f : z[i];
                assertEquals(0, Float.compare(want, a[i]), "n=" + n + " i=" + i + " z=" + z[i] + " a=" + a[i]);
            }
            assertEquals(42f, a[n]);
        }
    }

    @Test
    void reluBackwardKeepsPositiveGradientsZeroesTheRestAndPropagatesNaN() {
        for (int n = 0; n <= 70; n++) {
            float[] z = values(n + 3, 100 + n);
            float[] grad = values(n + 3, 200 + n);
            float[] before = grad.clone();
            Elementwise.reluBackward(z, grad, n);
            for (int i = 0; i < n; i++) {
                float want = z[i] > 0f ? before[i] : z[i] <= 0f ? 0f : Float.NaN;
                assertEquals(0, Float.compare(want, grad[i]), "n=" + n + " i=" + i + " z=" + z[i]);
            }
            for (int i = n; i < grad.length; i++) {
                assertEquals(0, Float.compare(before[i], grad[i]), "beyond n untouched");
            }
        }
    }
}
