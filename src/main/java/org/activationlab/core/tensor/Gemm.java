package org.activationlab.core.tensor;

/**
 * Single-precision matrix multiply on row-major flat arrays:
 * {@code C = alpha · op(A) · op(B) + beta · C}, where op(X) is X or its transpose.
 *
 * <pre>
 * op(A): m × k   (A stored m × k with row stride lda, or k × m if transA)
 * op(B): k × n   (B stored k × n with row stride ldb, or n × k if transB)
 * C:     m × n   (row stride ldc)
 * </pre>
 * Training needs all three layouts: forward {@code Y = X·Wᵀ}, weight gradient {@code dW = dYᵀ·X},
 * input gradient {@code dX = dY·W}.
 *
 * <p>Semantics (as BLAS): beta = 0 ignores whatever C held, NaN included; alpha = 0 or k = 0
 * only scales C by beta (A and B are not read). Otherwise every product term is computed, so a NaN
 * or infinity in A or B reaches C (a diverging training run shows up). Rounding differs from a
 * naive loop (blocked summation order), well within float accuracy.
 *
 * <p>The work is split over the threads of {@link Parallel} by columns of C (each thread then
 * packs only its part of op(B)), or by rows when C is narrow or tall (then each thread reads only
 * its rows of the large op(A), e.g. a convolution's columns); each thread runs a
 * single-threaded cache-blocked kernel on its part. With {@link Parallel#SERIAL} the result is
 * bit-identical from run to run.
 */
public final class Gemm {
    /** Minimum multiply-adds per thread before a split pays for waking a thread (~20 µs of work). */
    private static final long MIN_WORK_PER_THREAD = 1L << 21;
    /** Rows (or columns) per unit of split, so chunks keep the kernel's tiles whole. */
    private static final int ROW_UNIT = 8;
    private static final int COL_UNIT = 64;
    /** Fewer columns than this (and at least twice as many rows) go through {@link #narrow}. */
    private static final int NARROW = 16;
    private static final ThreadLocal<float[]> NARROW_SCRATCH = ThreadLocal.withInitial(() -> new float[0]);
    /** Kernel choice, fixed at start-up; {@code -Dactivationlab.gemm=java} forces the plain-Java one. */
    private static final boolean VECTOR = Simd.AVAILABLE && VectorGemm.available();

    private Gemm() {
    }

    /**
     * {@code C = alpha · op(A) · op(B) + beta · C}; see the class comment for the layout.
     *
     * @throws IllegalArgumentException if a size is negative, a leading dimension is too small or
     *                                  an array is too short for the shape (message names them)
     */
    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc, Parallel par) {
        check(transA, transB, m, n, k, a, aOff, lda, b, bOff, ldb, c, cOff, ldc);
        if (m == 0 || n == 0) {
            return;
        }
        if (k == 0 || alpha == 0f) {
            scale(m, n, beta, c, cOff, ldc);
            return;
        }
        if (n < NARROW && m >= 2 * n && transA) {
            narrow(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, par);
            return;
        }
        long work = (long) m * n * k;
        int threads = (int) Math.min(par.threads(), Math.max(1, work / MIN_WORK_PER_THREAD));
        if (threads <= 1 && shortAndDeep(transA, transB, m, n, k)) {
            narrow(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc, Parallel.SERIAL);
        } else if (threads <= 1) {
            serial(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        } else if (n < threads * COL_UNIT || m >= 4L * n) {   // narrow or tall C: split rows
            int units = (m + ROW_UNIT - 1) / ROW_UNIT;
            par.forRange(units, Math.max(1, units / threads), (u0, u1) -> {
                int i0 = u0 * ROW_UNIT;
                int rows = Math.min(m, u1 * ROW_UNIT) - i0;
                int aPart = transA ? aOff + i0 : aOff + i0 * lda;
                serial(transA, transB, rows, n, k, alpha, a, aPart, lda, b, bOff, ldb,
                        beta, c, cOff + i0 * ldc, ldc);
            });
        } else {
            int units = (n + COL_UNIT - 1) / COL_UNIT;
            par.forRange(units, Math.max(1, units / threads), (u0, u1) -> {
                int j0 = u0 * COL_UNIT;
                int cols = Math.min(n, u1 * COL_UNIT) - j0;
                int bPart = transB ? bOff + j0 * ldb : bOff + j0;
                serial(transA, transB, m, cols, k, alpha, a, aOff, lda, b, bPart, ldb,
                        beta, c, cOff + j0, ldc);
            });
        }
    }

    /**
     * A dense layer's forward product {@code X · Wᵀ} for a short batch (a data-parallel shard: m =
     * 32 or 64 samples) and a deep input (k ≥ 512): the kernel would pack all of Wᵀ (n × k) for
     * only m rows of X; computing Cᵀ = W · Xᵀ packs the smaller Xᵀ instead (see {@link #narrow}).
     * Measured, one thread, 64 × 128 × 784: 84 → 70 µs; but slower when m is not a multiple of
     * the kernel's tile width, for m = 128 (135 → 175 µs) and for k = 256, hence the narrow test.
     * {@code n > m} also keeps the swapped call from taking this path again.
     */
    private static boolean shortAndDeep(boolean transA, boolean transB, int m, int n, int k) {
        return VECTOR && !transA && transB && m <= 64 && m % VectorGemm.NR == 0 && n > m && k >= 512;
    }

    /**
     * C with few columns and a transposed A (the weight gradient of a 3 × 3 kernel on one channel):
     * the kernels' tiles are wide, so most of each tile would be wasted. Computes
     * Cᵀ = op(B)ᵀ · op(A)ᵀ (n × m, wide) into a per-thread scratch instead, then C = Cᵀᵀ + beta · C.
     * (With A not transposed, A would have to be transposed while packing, which costs more
     * than the waste: 40 instead of 52 GFLOP/s on 128 × 128 × 10.)
     */
    private static void narrow(boolean transA, boolean transB, int m, int n, int k, float alpha,
                               float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                               float beta, float[] c, int cOff, int ldc, Parallel par) {
        float[] t = NARROW_SCRATCH.get();
        if (t.length < m * n) {
            t = new float[m * n];
            NARROW_SCRATCH.set(t);
        }
        sgemm(!transB, !transA, n, m, k, alpha, b, bOff, ldb, a, aOff, lda, 0f, t, 0, m, par);
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            for (int j = 0; j < n; j++) {
                c[ci + j] = beta == 0f ? t[j * m + i] : t[j * m + i] + beta * c[ci + j];
            }
        }
    }

    /**
     * Runs small multiplies in all four layouts for about {@code millis} ms so the JIT compiles the
     * kernels before real work arrives (until then a call can be many times slower). Call it once,
     * e.g. on a background thread at start-up; it has no other effect.
     */
    public static void warmUp(long millis) {
        // shapes that take every path: edge rows and columns, several depth and column blocks
        int[][] shapes = {{48, 48, 48}, {100, 70, 300}, {13, 600, 40}, {128, 128, 784}};
        float[] a = new float[128 * 784];
        float[] b = new float[784 * 600];
        float[] c = new float[128 * 600];
        java.util.Arrays.fill(a, 0.5f);
        java.util.Arrays.fill(b, 0.25f);
        long end = System.nanoTime() + millis * 1_000_000L;
        for (int i = 0; System.nanoTime() < end; i++) {
            int[] s = shapes[(i >> 3) % shapes.length];
            int m = s[0];
            int n = s[1];
            int k = s[2];
            boolean ta = (i & 1) != 0;
            boolean tb = (i & 2) != 0;
            sgemm(ta, tb, m, n, k, 1f, a, 0, ta ? m : k, b, 0, tb ? k : n, (i & 4) != 0 ? 1f : 0f, c, 0, n, Parallel.SERIAL);
        }
    }

    /** One thread's part: the Vector API kernel where it maps to SIMD, else the plain-Java one. */
    private static void serial(boolean transA, boolean transB, int m, int n, int k, float alpha,
                               float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                               float beta, float[] c, int cOff, int ldc) {
        if (VECTOR) {
            VectorGemm.multiply(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        } else {
            BlockedGemm.multiply(transA, transB, m, n, k, alpha, a, aOff, lda, b, bOff, ldb, beta, c, cOff, ldc);
        }
    }

    /** C = beta · C over the m × n window (beta = 0 writes zeros without reading C). */
    static void scale(int m, int n, float beta, float[] c, int cOff, int ldc) {
        if (beta == 1f) {
            return;
        }
        for (int i = 0; i < m; i++) {
            int ci = cOff + i * ldc;
            if (beta == 0f) {
                java.util.Arrays.fill(c, ci, ci + n, 0f);
            } else {
                for (int j = ci; j < ci + n; j++) {
                    c[j] *= beta;
                }
            }
        }
    }

    private static void check(boolean transA, boolean transB, int m, int n, int k,
                              float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                              float[] c, int cOff, int ldc) {
        if (m < 0 || n < 0 || k < 0) {
            throw new IllegalArgumentException("sizes must be >= 0, got m=" + m + " n=" + n + " k=" + k);
        }
        checkMatrix("A", a, aOff, lda, transA ? k : m, transA ? m : k);
        checkMatrix("B", b, bOff, ldb, transB ? n : k, transB ? k : n);
        checkMatrix("C", c, cOff, ldc, m, n);
    }

    /** A rows × cols matrix stored with row stride ld from off must fit in x. */
    private static void checkMatrix(String name, float[] x, int off, int ld, int rows, int cols) {
        if (rows == 0 || cols == 0) {
            return;
        }
        if (ld < cols) {
            throw new IllegalArgumentException(name + ": leading dimension " + ld + " < " + cols
                    + " columns (" + rows + " x " + cols + ")");
        }
        long last = off + (long) (rows - 1) * ld + cols;
        if (off < 0 || last > x.length) {
            throw new IllegalArgumentException(name + ": " + rows + " x " + cols + " with stride " + ld
                    + " from offset " + off + " needs " + last + " elements, array has " + x.length);
        }
    }
}
