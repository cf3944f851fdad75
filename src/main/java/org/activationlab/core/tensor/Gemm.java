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
 * <p>Reference version (plain loops): the kernel owner replaces the internals with a blocked,
 * vectorisable and parallel kernel, keeping this signature and its semantics
 * (beta = 0 ignores whatever C held, NaN included).
 */
public final class Gemm {
    private Gemm() {
    }

    public static void sgemm(boolean transA, boolean transB, int m, int n, int k, float alpha,
                             float[] a, int aOff, int lda, float[] b, int bOff, int ldb,
                             float beta, float[] c, int cOff, int ldc, Parallel par) {
        par.forRange(m, 8, (from, to) -> {
            for (int i = from; i < to; i++) {
                int ci = cOff + i * ldc;
                for (int j = 0; j < n; j++) {
                    c[ci + j] = beta == 0f ? 0f : beta * c[ci + j];
                }
                for (int p = 0; p < k; p++) {
                    float av = alpha * (transA ? a[aOff + p * lda + i] : a[aOff + i * lda + p]);
                    if (av == 0f) {
                        continue;
                    }
                    if (!transB) {
                        int bp = bOff + p * ldb;
                        for (int j = 0; j < n; j++) {
                            c[ci + j] += av * b[bp + j];
                        }
                    } else {
                        for (int j = 0; j < n; j++) {
                            c[ci + j] += av * b[bOff + j * ldb + p];
                        }
                    }
                }
            }
        });
    }
}
