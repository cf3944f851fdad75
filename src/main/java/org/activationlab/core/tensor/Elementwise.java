package org.activationlab.core.tensor;

/**
 * Element-wise kernels that training calls on every activation of every batch, vectorised with
 * the Vector API when it is present ({@link Simd#AVAILABLE}) and plain Java otherwise; both give
 * the same bits.
 *
 * <p>ReLU is the hot one: written as a comparison per element, its branch is mispredicted about
 * half the time on real activations (signs are close to random), and it cost 18% of a CNN
 * training step. As vector max / blend it has no branch.
 */
public final class Elementwise {
    private Elementwise() {
    }

    /** a[i] = z[i] &lt;= 0 ? 0 : z[i] for i &lt; n: ReLU's forward pass; NaN stays NaN. */
    public static void relu(float[] z, float[] a, int n) {
        int i = Simd.AVAILABLE ? SimdKernels.relu(z, a, n) : 0;
        for (; i < n; i++) {
            a[i] = z[i] <= 0f ? 0f : z[i];
        }
    }

    /**
     * grad[i] = z[i] &gt; 0 ? grad[i] : 0 for i &lt; n: ReLU's backward pass, in place; NaN where
     * z[i] is NaN, so a diverged value surfaces instead of vanishing.
     */
    public static void reluBackward(float[] z, float[] grad, int n) {
        int i = Simd.AVAILABLE ? SimdKernels.reluBackward(z, grad, n) : 0;
        for (; i < n; i++) {
            grad[i] = z[i] > 0f ? grad[i] : z[i] <= 0f ? 0f : Float.NaN;
        }
    }
}
