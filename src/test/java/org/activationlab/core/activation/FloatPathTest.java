package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The array paths agree with the scalar double path: {@code values}/{@code derivatives} exactly,
 * the float {@code forward} to the float nearest f(z) (within one float ulp for the overridden
 * ReLU/Leaky ReLU loops), and {@code backward} gives dL/da·f'(z) within one float ulp.
 */
class FloatPathTest {
    private static final int N = 4000;

    static float[] inputs(long seed) {
        SplittableRandom rnd = new SplittableRandom(seed);
        float[] z = new float[N];
        for (int i = 0; i < N; i++) {
            z[i] = (float) (rnd.nextBoolean() ? rnd.nextDouble(-12, 12) : rnd.nextDouble(-120, 120));
        }
        float[] special = {0f, -0f, Float.MIN_VALUE, -Float.MIN_VALUE, 1e-30f, -1e-30f, 88.7f, -103.9f,
            Float.MAX_VALUE, -Float.MAX_VALUE, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY};
        System.arraycopy(special, 0, z, 0, special.length);
        return z;
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void forwardAndBackwardAgreeWithTheDoublePath(ActivationKind kind) {
        for (double alpha : SpecialValuesTest.alphas(kind)) {
            Activation f = kind.create(alpha);
            float[] z = inputs(kind.ordinal());
            float[] a = new float[N + 1];
            a[N] = 42f; // beyond n: must stay untouched
            f.forward(z, a, N);
            assertEquals(42f, a[N]);
            float[] grad = new float[N];
            SplittableRandom rnd = new SplittableRandom(7);
            for (int i = 0; i < N; i++) {
                grad[i] = (float) rnd.nextDouble(-2, 2);
            }
            float[] upstream = grad.clone();
            f.backward(z, a, grad, N);
            for (int i = 0; i < N; i++) {
                assertWithinOneUlp((float) f.value(z[i]), a[i], f + " forward z=" + z[i]);
                assertWithinOneUlp((float) (upstream[i] * f.derivative(z[i])), grad[i], f + " backward z=" + z[i]);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void doubleArrayFormsEqualScalarCalls(ActivationKind kind) {
        Activation f = kind.create();
        float[] zf = inputs(99 + kind.ordinal());
        double[] x = new double[N];
        for (int i = 0; i < N; i++) {
            x[i] = zf[i] * 1.0000001;
        }
        double[] v = new double[N];
        double[] d = new double[N];
        f.values(x, v, N);
        f.derivatives(x, d, N);
        for (int i = 0; i < N; i++) {
            assertEquals(f.value(x[i]), v[i], 0.0);
            assertEquals(f.derivative(x[i]), d[i], 0.0);
        }
    }

    private static void assertWithinOneUlp(float expected, float got, String what) {
        boolean same = Float.compare(expected, got) == 0 || expected == got
                || Math.abs(expected - got) <= Math.ulp(expected);
        assertTrue(same, what + ": expected " + expected + ", got " + got);
    }
}
