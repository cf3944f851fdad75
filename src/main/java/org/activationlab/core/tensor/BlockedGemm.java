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

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private BlockedGemm() {
    }

    /** Per-thread scratch: packed op(B) block, accumulator rows, a zero row and 16 coefficients. */
    private static final class Workspace {
        final float[][] bRows = new float[KB][NB];
        final float[][] acc = new float[4][NB];
        final float[] zeros = new float[NB];
        final float[] coef = new float[16];
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
                    for (int p = 0; p < kb; p += 4) {
                        gatherA(transA, a, aOff, lda, i, rows, pc + p, Math.min(4, kb - p), w.coef);
                        float[] x1 = p + 1 < kb ? w.bRows[p + 1] : w.zeros;
                        float[] x2 = p + 2 < kb ? w.bRows[p + 2] : w.zeros;
                        float[] x3 = p + 3 < kb ? w.bRows[p + 3] : w.zeros;
                        kernel4x4(w.acc, w.bRows[p], x1, x2, x3, nb, w.coef);
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

    /** coef[4r + q] = op(A)[i + r][p + q], 0 where r ≥ rows or q ≥ depth (padding). */
    private static void gatherA(boolean transA, float[] a, int aOff, int lda, int i, int rows,
                                int p, int depth, float[] coef) {
        for (int r = 0; r < 4; r++) {
            for (int q = 0; q < 4; q++) {
                float v = 0f;
                if (r < rows && q < depth) {
                    v = transA ? a[aOff + (p + q) * lda + i + r] : a[aOff + (i + r) * lda + p + q];
                }
                coef[4 * r + q] = v;
            }
        }
    }

    /** acc[r][j] += Σ_q coef[4r + q] · x_q[j]: four rows of C updated with four rows of op(B). */
    private static void kernel4x4(float[][] acc, float[] x0, float[] x1, float[] x2, float[] x3,
                                  int nb, float[] coef) {
        float[] c0 = acc[0];
        float[] c1 = acc[1];
        float[] c2 = acc[2];
        float[] c3 = acc[3];
        float a00 = coef[0], a01 = coef[1], a02 = coef[2], a03 = coef[3];
        float a10 = coef[4], a11 = coef[5], a12 = coef[6], a13 = coef[7];
        float a20 = coef[8], a21 = coef[9], a22 = coef[10], a23 = coef[11];
        float a30 = coef[12], a31 = coef[13], a32 = coef[14], a33 = coef[15];
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
}
