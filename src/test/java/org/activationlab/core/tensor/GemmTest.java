package org.activationlab.core.tensor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

class GemmTest {
    private static final Parallel TWO = Parallel.of(2);

    @AfterAll
    static void closePool() {
        TWO.close();
    }

    /** Random problem with padding around every matrix (offsets and leading dimensions > width). */
    private record Problem(boolean ta, boolean tb, int m, int n, int k, float alpha, float beta,
                           float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                           float[] c, int cOff, int ldc) {
        static Problem random(Random rnd, boolean ta, boolean tb, int m, int n, int k, float alpha, float beta) {
            int lda = (ta ? m : k) + rnd.nextInt(3);
            int ldb = (tb ? k : n) + rnd.nextInt(3);
            int ldc = n + rnd.nextInt(3);
            int aOff = rnd.nextInt(5);
            int bOff = rnd.nextInt(5);
            int cOff = rnd.nextInt(5);
            float[] a = fill(rnd, aOff + (ta ? k : m) * lda + 3);
            float[] b = fill(rnd, bOff + (tb ? n : k) * ldb + 3);
            float[] c = fill(rnd, cOff + m * ldc + 3);
            return new Problem(ta, tb, m, n, k, alpha, beta, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        }

        double opA(int i, int p) {
            return ta ? a[aOff + p * lda + i] : a[aOff + i * lda + p];
        }

        double opB(int p, int j) {
            return tb ? b[bOff + j * ldb + p] : b[bOff + p * ldb + j];
        }

        void run(Parallel par) {
            Gemm.sgemm(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, par);
        }

        /** The plain-Java kernel directly (Gemm may pick another one). */
        void runPlainJava() {
            BlockedGemm.multiply(ta, tb, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        }
    }

    private static float[] fill(Random rnd, int len) {
        float[] x = new float[len];
        for (int i = 0; i < len; i++) {
            x[i] = (float) rnd.nextGaussian();
        }
        return x;
    }

    /** Runs p and checks every C element against a double-precision reference. */
    private static void checkAgainstReference(Problem p, Parallel par) {
        checkAgainstReference(p, () -> p.run(par));
    }

    private static void checkAgainstReference(Problem p, Runnable multiply) {
        float[] before = p.c.clone();
        multiply.run();
        for (int i = 0; i < p.m; i++) {
            for (int j = 0; j < p.n; j++) {
                double sum = 0;
                double abs = 0;
                for (int q = 0; q < p.k; q++) {
                    double t = p.opA(i, q) * p.opB(q, j);
                    sum += t;
                    abs += Math.abs(t);
                }
                int ci = p.cOff + i * p.ldc + j;
                double old = p.beta == 0f ? 0 : p.beta * (double) before[ci];
                double want = p.alpha * sum + old;
                double tol = 1e-5 * (Math.abs(p.alpha) * abs + Math.abs(old)) + 1e-6;
                if (Math.abs(p.c[ci] - want) > tol) {
                    fail(String.format("ta=%b tb=%b m=%d n=%d k=%d: C[%d][%d] = %g, want %g (tol %g)",
                            p.ta, p.tb, p.m, p.n, p.k, i, j, p.c[ci], want, tol));
                }
            }
        }
        assertOutsideUntouched(p, before);
    }

    /** Padding between rows and after the window keeps its old values. */
    private static void assertOutsideUntouched(Problem p, float[] before) {
        for (int x = 0; x < p.c.length; x++) {
            int rel = x - p.cOff;
            boolean inside = rel >= 0 && rel / p.ldc < p.m && rel % p.ldc < p.n;
            if (!inside && Float.floatToRawIntBits(p.c[x]) != Float.floatToRawIntBits(before[x])) {
                fail("C[" + x + "] outside the window changed: " + before[x] + " -> " + p.c[x]);
            }
        }
    }

    @Test
    void allLayoutsMatchDoubleReferenceOnEdgeSizes() {
        Random rnd = new Random(1);
        int[] sizes = {1, 2, 3, 7, 17, 33};
        for (boolean ta : new boolean[]{false, true}) {
            for (boolean tb : new boolean[]{false, true}) {
                for (int m : sizes) {
                    for (int n : sizes) {
                        for (int k : sizes) {
                            checkAgainstReference(Problem.random(rnd, ta, tb, m, n, k, 1f, 0f), Parallel.SERIAL);
                        }
                    }
                }
            }
        }
    }

    @Test
    void randomShapesWithGeneralAlphaBetaMatchReferenceOnOneAndTwoThreads() {
        Random rnd = new Random(2);
        float[] alphas = {1f, -0.5f, 2.25f};
        float[] betas = {0f, 1f, -1.5f, 0.3f};
        for (int t = 0; t < 60; t++) {
            int m = 1 + rnd.nextInt(140);
            int n = 1 + rnd.nextInt(300);
            int k = 1 + rnd.nextInt(600);
            Problem p = Problem.random(rnd, rnd.nextBoolean(), rnd.nextBoolean(), m, n, k,
                    alphas[rnd.nextInt(alphas.length)], betas[rnd.nextInt(betas.length)]);
            checkAgainstReference(p, t % 2 == 0 ? Parallel.SERIAL : TWO);
        }
    }

    @Test
    void narrowOutputsTakenTransposedMatchReference() {
        Random rnd = new Random(7);
        int[][] shapes = {{128, 10, 128}, {32, 9, 2000}, {300, 1, 50}, {40, 15, 7}};
        for (int[] s : shapes) {
            for (boolean ta : new boolean[]{true, false}) {
                for (boolean tb : new boolean[]{false, true}) {
                    checkAgainstReference(Problem.random(rnd, ta, tb, s[0], s[1], s[2], 0.5f, -0.75f), TWO);
                    checkAgainstReference(Problem.random(rnd, ta, tb, s[0], s[1], s[2], 1f, 0f), Parallel.SERIAL);
                }
            }
        }
    }

    @Test
    void shortBatchTimesDeepTransposedWeightsMatchReference() {
        // X · Wᵀ of a data-parallel shard: computed as (W · Xᵀ)ᵀ on one thread
        Random rnd = new Random(8);
        int[][] shapes = {{64, 128, 784}, {32, 256, 600}, {64, 65, 512}, {64, 64, 784}, {48, 128, 784}};
        for (int[] s : shapes) {
            checkAgainstReference(Problem.random(rnd, false, true, s[0], s[1], s[2], 1f, 0f), Parallel.SERIAL);
            checkAgainstReference(Problem.random(rnd, false, true, s[0], s[1], s[2], -0.5f, 0.3f), Parallel.SERIAL);
            checkAgainstReference(Problem.random(rnd, false, true, s[0], s[1], s[2], 1f, 1f), TWO);
        }
    }

    @Test
    void plainJavaKernelMatchesReferenceOnRandomShapes() {
        Random rnd = new Random(6);
        for (int t = 0; t < 30; t++) {
            Problem p = Problem.random(rnd, rnd.nextBoolean(), rnd.nextBoolean(), 1 + rnd.nextInt(40),
                    1 + rnd.nextInt(300), 1 + rnd.nextInt(600), t % 3 == 0 ? 0.5f : 1f, t % 2 == 0 ? 0f : -2f);
            checkAgainstReference(p, p::runPlainJava);
        }
    }

    @Test
    void largeBlockCrossingShapesMatchReference() {
        Random rnd = new Random(3);
        checkAgainstReference(Problem.random(rnd, false, true, 130, 1023, 517, 1f, 0f), TWO);
        checkAgainstReference(Problem.random(rnd, true, false, 257, 300, 1023, 0.5f, 1f), Parallel.SERIAL);
        checkAgainstReference(Problem.random(rnd, false, false, 1023, 70, 288, 1f, 0f), TWO);
    }

    @Test
    void betaZeroIgnoresNanInC() {
        Random rnd = new Random(4);
        Problem p = Problem.random(rnd, false, false, 9, 11, 5, 1f, 0f);
        java.util.Arrays.fill(p.c, Float.NaN);
        checkAgainstReference(p, Parallel.SERIAL);
    }

    @Test
    void nanAndInfinityInInputsPropagateEvenWhenMultipliedByZero() {
        float[] a = {0f, 1f, 2f, 3f};          // 2 x 2
        float[] b = {Float.NaN, 1f, 1f, 1f};    // 2 x 2: B[0][0] = NaN meets A[0][0] = 0
        float[] c = new float[4];
        Gemm.sgemm(false, false, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2, Parallel.SERIAL);
        assertTrue(Float.isNaN(c[0]), "0 * NaN must give NaN, got " + c[0]);
        assertTrue(Float.isNaN(c[2]), "2 * NaN must give NaN, got " + c[2]);
        assertEquals(1f, c[1]);
        b[0] = Float.POSITIVE_INFINITY;
        Gemm.sgemm(false, false, 2, 2, 2, 1f, a, 0, 2, b, 0, 2, 0f, c, 0, 2, Parallel.SERIAL);
        assertTrue(Float.isNaN(c[0]), "0 * Inf must give NaN, got " + c[0]);
        assertEquals(Float.POSITIVE_INFINITY, c[2]);
    }

    @Test
    void zeroDepthOrZeroAlphaOnlyScalesC() {
        float[] c = {1f, 2f, Float.NaN, 4f};
        Gemm.sgemm(false, false, 2, 2, 0, 1f, new float[0], 0, 1, new float[0], 0, 2, 0f, c, 0, 2, Parallel.SERIAL);
        assertEquals(0f, c[2]);
        float[] d = {1f, 2f, 3f, 4f};
        float[] a = {Float.NaN, 1f, 1f, 1f};
        Gemm.sgemm(false, false, 2, 2, 2, 0f, a, 0, 2, a, 0, 2, 2f, d, 0, 2, Parallel.SERIAL);
        assertEquals(6f, d[2]);
    }

    @Test
    void serialRunsAreBitIdentical() {
        Random rnd = new Random(5);
        Problem p = Problem.random(rnd, false, true, 64, 200, 300, 1f, 0f);
        p.run(Parallel.SERIAL);
        float[] first = p.c.clone();
        p.run(Parallel.SERIAL);
        assertTrue(java.util.Arrays.equals(first, p.c));
    }

    @Test
    void rejectsArraysTooShortForTheShape() {
        float[] x = new float[6];
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Gemm.sgemm(false, false, 3, 3, 3, 1f, x, 0, 3, x, 0, 3, 0f, new float[9], 0, 3, Parallel.SERIAL));
        assertTrue(e.getMessage().startsWith("A: 3 x 3"), e.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> Gemm.sgemm(false, false, 2, 2, 2, 1f, x, 0, 1, x, 0, 2, 0f, x, 0, 2, Parallel.SERIAL));
        assertThrows(IllegalArgumentException.class,
                () -> Gemm.sgemm(false, false, -1, 2, 2, 1f, x, 0, 2, x, 0, 2, 0f, x, 0, 2, Parallel.SERIAL));
    }
}
