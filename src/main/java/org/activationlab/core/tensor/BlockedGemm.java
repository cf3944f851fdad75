package org.activationlab.core.tensor;

import java.util.Arrays;

/**
 * Cache-blocked single-precision matrix multiply in plain Java, written so that HotSpot's C2
 * auto-vectorises the inner loop (one thread; {@link Gemm} splits the work across threads).
 *
 * <pre>
 * C (m × n) = alpha · op(A) (m × k) · op(B) (k × n) + beta · C
 * NB = 256  columns of C per block: one row of the accumulator tile
 * KB = 256  depth per block: the packed rows of op(B) (KB × NB floats = 256 KiB, stays in L2)
 * tile      4 rows of C × NB columns, held in four separate float[NB] (L1)
 * </pre>
 *
 * <p>Why separate arrays: the C2 of JDK 17 only vectorises a loop whose array accesses share the
 * same loop-invariant offset, so every array the micro-kernel touches is indexed {@code x[j]}:
 * op(B) is packed row by row into {@code float[KB][NB]} (alpha folded in), and four rows of C are
 * copied into accumulator rows, updated with four rows of op(B) at a time, and copied back.
 * Missing rows of C and missing depth are padded (coefficient 0, zero row of B), so one kernel
 * serves every shape. Buffers live in a per-thread workspace: no allocation in steady state.
 */
final class BlockedGemm {
    static final int NB = 256;
    static final int KB = 256;

    /**
     * Fused multiply-adds where the JIT vectorises them: JDK 21 and later (measured 119 vs 84
     * GFLOP/s in the kernel alone); JDK 17 does not (there the separate multiply and add win).
     */
    private static final boolean FUSED = Runtime.version().feature() >= 21;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private BlockedGemm() {
    }

    /** Per-thread scratch: packed op(B) block, accumulator rows, a zero row, packed rows of op(A). */
    private static final class Workspace {
        final float[][] bRows = new float[KB][NB];
        final float[][] acc = new float[4][NB];
        final float[] zeros = new float[NB];
        final float[] coef = new float[4 * KB];
    }

    /** Serial multiply; arguments as {@link Gemm#sgemm}, already validated, m, n, k ≥ 1. */
    static void multiply(boolean transA, boolean transB, int m, int n, int k, float alpha,
                         float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float beta, float[] c, int cOff, int ldc) {
        Workspace w = WORKSPACE.get();
        for (int jc = 0; jc < n; jc += NB) {
            int nb = Math.min(NB, n - jc);
            for (int pc = 0; pc < k; pc += KB) {
                int kb = Math.min(KB, k - pc);
                packB(transB, alpha, b, bOff, ldb, pc, kb, jc, nb, w.bRows);
                float betaNow = pc == 0 ? beta : 1f;
                for (int i = 0; i < m; i += 4) {
                    int rows = Math.min(4, m - i);
                    loadC(c, cOff + i * ldc + jc, ldc, rows, nb, betaNow, w.acc);
                    packA(transA, a, aOff, lda, i, rows, pc, kb, w.coef);
                    for (int p = 0; p < kb; p += 4) {
                        float[] x1 = p + 1 < kb ? w.bRows[p + 1] : w.zeros;
                        float[] x2 = p + 2 < kb ? w.bRows[p + 2] : w.zeros;
                        float[] x3 = p + 3 < kb ? w.bRows[p + 3] : w.zeros;
                        if (FUSED) {
                            kernel4x4Fma(w.acc, w.bRows[p], x1, x2, x3, nb, w.coef, 4 * p);
                        } else {
                            kernel4x4(w.acc, w.bRows[p], x1, x2, x3, nb, w.coef, 4 * p);
                        }
                    }
                    for (int r = 0; r < rows; r++) {
                        System.arraycopy(w.acc[r], 0, c, cOff + (i + r) * ldc + jc, nb);
                    }
                }
            }
        }
    }

    /** bRows[p][j] = alpha · op(B)[pc + p][jc + j] for p < kb, j < nb. */
    private static void packB(boolean transB, float alpha, float[] b, int bOff, int ldb,
                              int pc, int kb, int jc, int nb, float[][] bRows) {
        if (!transB) {
            for (int p = 0; p < kb; p++) {
                System.arraycopy(b, bOff + (pc + p) * ldb + jc, bRows[p], 0, nb);
            }
        } else {
            for (int j = 0; j < nb; j++) {
                int src = bOff + (jc + j) * ldb + pc;
                for (int p = 0; p < kb; p++) {
                    bRows[p][j] = b[src + p];
                }
            }
        }
        if (alpha != 1f) {
            for (int p = 0; p < kb; p++) {
                float[] row = bRows[p];
                for (int j = 0; j < nb; j++) {
                    row[j] *= alpha;
                }
            }
        }
    }

    /** acc[r] = betaNow · C row (beta = 0: zeros, whatever C held, NaN included). */
    private static void loadC(float[] c, int ci, int ldc, int rows, int nb, float betaNow, float[][] acc) {
        for (int r = 0; r < rows; r++) {
            float[] row = acc[r];
            if (betaNow == 0f) {
                Arrays.fill(row, 0, nb, 0f);
                continue;
            }
            System.arraycopy(c, ci + r * ldc, row, 0, nb);
            if (betaNow != 1f) {
                for (int j = 0; j < nb; j++) {
                    row[j] *= betaNow;
                }
            }
        }
    }

    /**
     * coef[4p + 4r + q] (p a multiple of 4) = op(A)[i + r][pc + p + q]: four depths of four rows
     * side by side, 0 where r ≥ rows or p + q ≥ kb (padding).
     */
    private static void packA(boolean transA, float[] a, int aOff, int lda, int i, int rows,
                              int pc, int kb, float[] coef) {
        int kPadded = (kb + 3) & ~3;
        Arrays.fill(coef, 0, 4 * kPadded, 0f);
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < kb; p++) {
                float v = transA ? a[aOff + (pc + p) * lda + i + r] : a[aOff + (i + r) * lda + pc + p];
                coef[4 * (p & ~3) + 4 * r + (p & 3)] = v;
            }
        }
    }

    /** acc[r][j] += Σ_q coef[4r + q] · x_q[j]: four rows of C updated with four rows of op(B). */
    private static void kernel4x4(float[][] acc, float[] x0, float[] x1, float[] x2, float[] x3,
                                  int nb, float[] coef, int o) {
        float[] c0 = acc[0];
        float[] c1 = acc[1];
        float[] c2 = acc[2];
        float[] c3 = acc[3];
        float a00 = coef[o], a01 = coef[o + 1], a02 = coef[o + 2], a03 = coef[o + 3];
        float a10 = coef[o + 4], a11 = coef[o + 5], a12 = coef[o + 6], a13 = coef[o + 7];
        float a20 = coef[o + 8], a21 = coef[o + 9], a22 = coef[o + 10], a23 = coef[o + 11];
        float a30 = coef[o + 12], a31 = coef[o + 13], a32 = coef[o + 14], a33 = coef[o + 15];
        for (int j = 0; j < nb; j++) {
            float b0 = x0[j];
            float b1 = x1[j];
            float b2 = x2[j];
            float b3 = x3[j];
            c0[j] += a00 * b0 + a01 * b1 + a02 * b2 + a03 * b3;
            c1[j] += a10 * b0 + a11 * b1 + a12 * b2 + a13 * b3;
            c2[j] += a20 * b0 + a21 * b1 + a22 * b2 + a23 * b3;
            c3[j] += a30 * b0 + a31 * b1 + a32 * b2 + a33 * b3;
        }
    }

    /** As {@link #kernel4x4} with fused multiply-adds (JDK 21+ vectorises these, JDK 17 does not). */
    private static void kernel4x4Fma(float[][] acc, float[] x0, float[] x1, float[] x2, float[] x3,
                                  int nb, float[] coef, int o) {
        float[] c0 = acc[0];
        float[] c1 = acc[1];
        float[] c2 = acc[2];
        float[] c3 = acc[3];
        float a00 = coef[o], a01 = coef[o + 1], a02 = coef[o + 2], a03 = coef[o + 3];
        float a10 = coef[o + 4], a11 = coef[o + 5], a12 = coef[o + 6], a13 = coef[o + 7];
        float a20 = coef[o + 8], a21 = coef[o + 9], a22 = coef[o + 10], a23 = coef[o + 11];
        float a30 = coef[o + 12], a31 = coef[o + 13], a32 = coef[o + 14], a33 = coef[o + 15];
        for (int j = 0; j < nb; j++) {
            float b0 = x0[j];
            float b1 = x1[j];
            float b2 = x2[j];
            float b3 = x3[j];
            c0[j] = Math.fma(a03, b3, Math.fma(a02, b2, Math.fma(a01, b1, Math.fma(a00, b0, c0[j]))));
            c1[j] = Math.fma(a13, b3, Math.fma(a12, b2, Math.fma(a11, b1, Math.fma(a10, b0, c1[j]))));
            c2[j] = Math.fma(a23, b3, Math.fma(a22, b2, Math.fma(a21, b1, Math.fma(a20, b0, c2[j]))));
            c3[j] = Math.fma(a33, b3, Math.fma(a32, b2, Math.fma(a31, b1, Math.fma(a30, b0, c3[j]))));
        }
    }
}
