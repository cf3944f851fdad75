package org.activationlab.core.tensor;

import jdk.incubator.vector.FloatVector;
import jdk.incubator.vector.VectorSpecies;

/**
 * Single-precision matrix multiply with the Vector API: a register-blocked micro-kernel over
 * packed panels (the BLIS / GotoBLAS scheme), one thread; {@link Gemm} splits across threads.
 *
 * <pre>
 * C (m × n) = alpha · op(A) (m × k) · op(B) (k × n) + beta · C
 * L       lanes of the preferred float vector (16 with AVX-512, 8 with AVX2)
 * MR = 6  rows of a C tile;  NR = 2·L columns: 12 vector accumulators stay in registers
 *         (15 registers in all, so the same kernel also fits the 16 of AVX2)
 * KC      depth of a block (≤ 256, blocks of equal size): a B micro-panel KC × NR (32 KiB with
 *         AVX-512) stays in L1 while the kernel sweeps the rows of an A block
 * MC      rows of an A block (MC × KC ≤ 144 KiB, L2)
 * NC      columns of a packed B block (KC × NC ≤ 512 KiB, L2)
 * packed B: bp[q·KC·NR + p·NR + j] = alpha · op(B)[pc + p][jc + q·NR + j] (zero-padded columns)
 * A:        read in place through two strides (next depth, next row): (1, lda) not transposed,
 *           (lda, 1) transposed; packed ap[s·KC·MR + p·MR + r] (zero rows) for the last partial
 *           panel (once per A block, not once per B panel: a 64-row weight gradient 64 × 784 ×
 *           128 took 80 instead of 68 µs when its 4-row edge was packed again for each of the 25
 *           panels) and for a transposed A with rows longer than 256 floats
 * </pre>
 * Reading A in place saves copying the large operand of most training multiplies. C is first
 * scaled by beta (unless 0 or 1); tiles then overwrite it (beta = 0, first depth block, C is never
 * read) or add to it. Loop order jc → pc (pack B) → ic → jr → ir → kernel over p.
 * Buffers live in a per-thread workspace, reallocated only when a larger problem arrives.
 *
 * <p>Measured on the 2-core AMD EPYC (AVX-512) this project is developed on, one thread, GFLOP/s
 * per second of thread CPU time: about 220 on 1024³, 180–220 on the dense layers' multiplies,
 * 130–190 on the convolution's; 15 to 18 times the plain-Java {@link BlockedGemm} on JDK 17 (see
 * KernelBench). Before the JIT has compiled the kernel (the first second or so) the Vector API
 * runs a hundred times slower: benchmarks must warm up, see {@link Gemm#warmUp}.
 */
final class VectorGemm {
    private static final VectorSpecies<Float> S = FloatVector.SPECIES_PREFERRED;
    private static final int L = S.length();
    static final int MR = 6;
    static final int NR = 2 * L;
    private static final int KC = 256;
    private static final int MC = 24 * MR;
    private static final int NC = Math.max(NR, (512 / NR) * NR);
    /** A transposed A whose rows are longer than this (floats) is packed, see multiply. */
    private static final int PACK_LDA = 256;

    private static final ThreadLocal<Workspace> WORKSPACE = ThreadLocal.withInitial(Workspace::new);

    private VectorGemm() {
    }

    /** True where the Vector API maps to real SIMD registers of at least 4 floats. */
    static boolean available() {
        return L >= 4;
    }

    /** Per-thread packed blocks and the spill tile for edge tiles. */
    private static final class Workspace {
        float[] ap = new float[0];
        float[] bp = new float[0];
        final float[] tile = new float[MR * NR];

        float[] ap(int size) {
            if (ap.length < size) {
                ap = new float[size];
            }
            return ap;
        }

        float[] bp(int size) {
            if (bp.length < size) {
                bp = new float[size];
            }
            return bp;
        }
    }

    /** Serial multiply; arguments as {@link Gemm#sgemm}, already validated, m, n, k ≥ 1. */
    static void multiply(boolean transA, boolean transB, int m, int n, int k, float alpha,
                         float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                         float beta, float[] c, int cOff, int ldc) {
        Workspace w = WORKSPACE.get();
        int kBlocks = (k + KC - 1) / KC;
        int kcMax = (k + kBlocks - 1) / kBlocks;
        int ncMax = Math.min(NC, roundUp(n, NR));
        float[] bp = w.bp(kcMax * ncMax);
        // a transposed A with long rows is packed per block (else every depth step is a new cache
        // line: 148 instead of 198 GFLOP/s on 1024³); with short rows it is read in place
        boolean packA = transA && lda > PACK_LDA;
        float[] ap = w.ap(kcMax * (packA ? Math.min(MC, roundUp(m, MR)) : MR));
        boolean accumulateFirst = beta != 0f;
        if (beta != 0f && beta != 1f) {
            Gemm.scale(m, n, beta, c, cOff, ldc);
        }
        for (int jc = 0; jc < n; jc += NC) {
            int nc = Math.min(NC, n - jc);
            for (int pc = 0, blk = 0; pc < k; pc += kcMax, blk++) {
                int kc = Math.min(kcMax, k - pc);
                packB(transB, alpha, b, bOff, ldb, pc, kc, jc, nc, bp);
                boolean accumulate = pc > 0 || accumulateFirst;
                for (int ic = 0; ic < m; ic += MC) {
                    int mc = Math.min(MC, m - ic);
                    if (packA) {
                        packTransposedA(a, aOff, lda, ic, mc, pc, kc, ap);
                    } else if (mc % MR != 0) {   // the partial last panel, once for every column panel
                        packEdgeA(transA, a, aOff, lda, ic + mc - mc % MR, mc % MR, pc, kc, ap);
                    }
                    for (int jr = 0; jr < nc; jr += NR) {
                        int cols = Math.min(NR, nc - jr);
                        int bIdx = jr * kc;
                        for (int ir = 0; ir < mc; ir += MR) {
                            int i = ic + ir;
                            int rows = Math.min(MR, mc - ir);
                            int ci = cOff + i * ldc + jc + jr;
                            if (packA) {
                                kernel(kc, ap, ir * kc, MR, 1, bp, bIdx, c, ci, ldc, rows, cols, accumulate, w.tile);
                            } else if (rows == MR && transA) {   // element (i + r, pc + p) at (pc + p)·lda + i + r
                                kernel(kc, a, aOff + pc * lda + i, lda, 1, bp, bIdx, c, ci, ldc,
                                        rows, cols, accumulate, w.tile);
                            } else if (rows == MR) {   // element (i + r, pc + p) at (i + r)·lda + pc + p
                                kernel(kc, a, aOff + i * lda + pc, 1, lda, bp, bIdx, c, ci, ldc,
                                        rows, cols, accumulate, w.tile);
                            } else {
                                kernel(kc, ap, 0, MR, 1, bp, bIdx, c, ci, ldc, rows, cols, accumulate, w.tile);
                            }
                        }
                    }
                }
            }
        }
    }

    private static int roundUp(int x, int unit) {
        return (x + unit - 1) / unit * unit;
    }

    /** Packs the last, partial panel of op(A) (rows &lt; MR) p-major, zero rows below. */
    private static void packEdgeA(boolean transA, float[] a, int aOff, int lda, int i, int rows,
                                  int pc, int kc, float[] ap) {
        java.util.Arrays.fill(ap, 0, kc * MR, 0f);
        for (int r = 0; r < rows; r++) {
            for (int p = 0; p < kc; p++) {
                ap[p * MR + r] = transA ? a[aOff + (pc + p) * lda + i + r] : a[aOff + (i + r) * lda + pc + p];
            }
        }
    }

    /** Packs op(A)[ic .. ic+mc)[pc .. pc+kc) of a transposed A into MR-row panels (zero-padded). */
    private static void packTransposedA(float[] a, int aOff, int lda, int ic, int mc, int pc, int kc, float[] ap) {
        for (int s = 0; s < mc; s += MR) {
            int rows = Math.min(MR, mc - s);
            for (int p = 0; p < kc; p++) {
                int src = aOff + (pc + p) * lda + ic + s;
                int dst = s * kc + p * MR;
                for (int r = 0; r < rows; r++) {
                    ap[dst + r] = a[src + r];
                }
                for (int r = rows; r < MR; r++) {
                    ap[dst + r] = 0f;
                }
            }
        }
    }

    /** Packs alpha · op(B)[pc .. pc+kc)[jc .. jc+nc) into NR-column panels, p-major inside a panel. */
    private static void packB(boolean transB, float alpha, float[] b, int bOff, int ldb,
                              int pc, int kc, int jc, int nc, float[] bp) {
        for (int q = 0; q < nc; q += NR) {
            int base = q * kc;
            int cols = Math.min(NR, nc - q);
            if (!transB && cols == NR) {
                for (int p = 0; p < kc; p++) {
                    int src = bOff + (pc + p) * ldb + jc + q;
                    int dst = base + p * NR;
                    FloatVector.fromArray(S, b, src).mul(alpha).intoArray(bp, dst);
                    FloatVector.fromArray(S, b, src + L).mul(alpha).intoArray(bp, dst + L);
                }
            } else if (!transB) {
                for (int p = 0; p < kc; p++) {
                    int src = bOff + (pc + p) * ldb + jc + q;
                    int dst = base + p * NR;
                    for (int j = 0; j < cols; j++) {
                        bp[dst + j] = alpha * b[src + j];
                    }
                    for (int j = cols; j < NR; j++) {
                        bp[dst + j] = 0f;
                    }
                }
            } else {
                for (int j = 0; j < NR; j++) {
                    if (j >= cols) {
                        for (int p = 0; p < kc; p++) {
                            bp[base + p * NR + j] = 0f;
                        }
                        continue;
                    }
                    int src = bOff + (jc + q + j) * ldb + pc;
                    for (int p = 0; p < kc; p++) {
                        bp[base + p * NR + j] = alpha * b[src + p];
                    }
                }
            }
        }
    }

    /**
     * One MR × NR tile: acc = Σ_p ap[p] ⊗ bp[p] in registers, then C += acc, or C = acc when not
     * {@code accumulate} (C is not read then). Edge tiles (rows &lt; MR or cols &lt; NR) go through {@code tile}.
     */
    private static void kernel(int kc, float[] a, int ai, int sP, int sR, float[] bp, int bi, float[] c, int ci,
                               int ldc, int rows, int cols, boolean accumulate, float[] tile) {
        FloatVector c00 = FloatVector.zero(S), c01 = FloatVector.zero(S);
        FloatVector c10 = FloatVector.zero(S), c11 = FloatVector.zero(S);
        FloatVector c20 = FloatVector.zero(S), c21 = FloatVector.zero(S);
        FloatVector c30 = FloatVector.zero(S), c31 = FloatVector.zero(S);
        FloatVector c40 = FloatVector.zero(S), c41 = FloatVector.zero(S);
        FloatVector c50 = FloatVector.zero(S), c51 = FloatVector.zero(S);
        int sR2 = 2 * sR, sR3 = 3 * sR, sR4 = 4 * sR, sR5 = 5 * sR;
        for (int p = 0; p < kc; p++, ai += sP, bi += NR) {
            FloatVector b0 = FloatVector.fromArray(S, bp, bi);
            FloatVector b1 = FloatVector.fromArray(S, bp, bi + L);
            FloatVector x = FloatVector.broadcast(S, a[ai]);
            c00 = x.fma(b0, c00);
            c01 = x.fma(b1, c01);
            x = FloatVector.broadcast(S, a[ai + sR]);
            c10 = x.fma(b0, c10);
            c11 = x.fma(b1, c11);
            x = FloatVector.broadcast(S, a[ai + sR2]);
            c20 = x.fma(b0, c20);
            c21 = x.fma(b1, c21);
            x = FloatVector.broadcast(S, a[ai + sR3]);
            c30 = x.fma(b0, c30);
            c31 = x.fma(b1, c31);
            x = FloatVector.broadcast(S, a[ai + sR4]);
            c40 = x.fma(b0, c40);
            c41 = x.fma(b1, c41);
            x = FloatVector.broadcast(S, a[ai + sR5]);
            c50 = x.fma(b0, c50);
            c51 = x.fma(b1, c51);
        }
        if (rows == MR && cols == NR) {
            // C = acc (first depth block, beta = 0) or C += acc; no helper taking vectors, so
            // nothing is boxed when the JIT declines to inline.
            int o1 = ci + ldc, o2 = o1 + ldc, o3 = o2 + ldc, o4 = o3 + ldc, o5 = o4 + ldc;
            if (!accumulate) {
                c00.intoArray(c, ci);
                c01.intoArray(c, ci + L);
                c10.intoArray(c, o1);
                c11.intoArray(c, o1 + L);
                c20.intoArray(c, o2);
                c21.intoArray(c, o2 + L);
                c30.intoArray(c, o3);
                c31.intoArray(c, o3 + L);
                c40.intoArray(c, o4);
                c41.intoArray(c, o4 + L);
                c50.intoArray(c, o5);
                c51.intoArray(c, o5 + L);
            } else {
                c00.add(FloatVector.fromArray(S, c, ci)).intoArray(c, ci);
                c01.add(FloatVector.fromArray(S, c, ci + L)).intoArray(c, ci + L);
                c10.add(FloatVector.fromArray(S, c, o1)).intoArray(c, o1);
                c11.add(FloatVector.fromArray(S, c, o1 + L)).intoArray(c, o1 + L);
                c20.add(FloatVector.fromArray(S, c, o2)).intoArray(c, o2);
                c21.add(FloatVector.fromArray(S, c, o2 + L)).intoArray(c, o2 + L);
                c30.add(FloatVector.fromArray(S, c, o3)).intoArray(c, o3);
                c31.add(FloatVector.fromArray(S, c, o3 + L)).intoArray(c, o3 + L);
                c40.add(FloatVector.fromArray(S, c, o4)).intoArray(c, o4);
                c41.add(FloatVector.fromArray(S, c, o4 + L)).intoArray(c, o4 + L);
                c50.add(FloatVector.fromArray(S, c, o5)).intoArray(c, o5);
                c51.add(FloatVector.fromArray(S, c, o5 + L)).intoArray(c, o5 + L);
            }
            return;
        }
        c00.intoArray(tile, 0);
        c01.intoArray(tile, L);
        c10.intoArray(tile, NR);
        c11.intoArray(tile, NR + L);
        c20.intoArray(tile, 2 * NR);
        c21.intoArray(tile, 2 * NR + L);
        c30.intoArray(tile, 3 * NR);
        c31.intoArray(tile, 3 * NR + L);
        c40.intoArray(tile, 4 * NR);
        c41.intoArray(tile, 4 * NR + L);
        c50.intoArray(tile, 5 * NR);
        c51.intoArray(tile, 5 * NR + L);
        storeEdge(tile, c, ci, ldc, rows, cols, accumulate);
    }

    private static void storeEdge(float[] tile, float[] c, int ci, int ldc, int rows, int cols, boolean accumulate) {
        for (int r = 0; r < rows; r++) {
            int o = ci + r * ldc;
            int t = r * NR;
            for (int j = 0; j < cols; j++) {
                c[o + j] = accumulate ? c[o + j] + tile[t + j] : tile[t + j];
            }
        }
    }
}
