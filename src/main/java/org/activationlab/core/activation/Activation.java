package org.activationlab.core.activation;

/**
 * An activation function and its analytic derivative, side by side (as Nielsen's
 * {@code sigmoid}/{@code sigmoid_prime}): the explorer plots exactly this code and training runs
 * exactly this code.
 *
 * <p>Contract, for every implementation (tested against 40-digit references made by the test
 * program {@code ReferenceValuesGenerator}; measured worst error 3.3e-15 relative):
 * <ul>
 *   <li>{@link #value} and {@link #derivative} satisfy
 *       |computed − true| ≤ 1e-13 · max(|true|, s, 2.2e-308) over the whole double range. s is
 *       0 for the value; for the derivative it is the sum of |terms| the derivative is made of
 *       (e.g. |Φ(x)| + |xφ(x)| for GELU), so near a zero of f' (the minima of GELU, SiLU, Mish)
 *       the bound is absolute on that local scale. The floor 2.2e-308 (smallest normal double)
 *       admits the fewer bits of subnormal results;</li>
 *   <li>no NaN and no overflow for a finite input (the one exception is SELU's λx for
 *       x &gt; MAX_VALUE/λ, whose true value exceeds the double range and so rounds to +∞);
 *       ±∞ give the mathematical limits; NaN gives NaN;</li>
 *   <li>at a kink (x = 0 for ReLU, Leaky ReLU, ELU, SELU) the derivative follows the x ≤ 0
 *       branch, as the post and PyTorch's autograd do: ReLU'(0) = 0, ELU'(0) = alpha,
 *       Leaky ReLU'(0) = alpha, SELU'(0) = λα;</li>
 *   <li>the float {@link #forward} gives the float nearest {@code value(z)}, and {@link #backward}
 *       the float nearest dL/da·{@code derivative(z)} (within one float ulp).</li>
 * </ul>
 * Instances are immutable and thread-safe.
 */
public interface Activation {

    /** The catalogue entry this function was made from. */
    ActivationKind kind();

    /** The parameter's value, or {@code Double.NaN} if the function has none. */
    double alpha();

    /** f(x). */
    double value(double x);

    /** f'(x). */
    double derivative(double x);

    /**
     * f'(x) when f(x) is already known; functions whose derivative is cheaper from the output
     * (sigmoid, tanh) override this. {@code fx} must equal {@code value(x)}.
     */
    default double derivative(double x, double fx) {
        return derivative(x);
    }

    /** The CLI name, e.g. {@code leaky-relu}. */
    default String name() {
        return kind().cliName();
    }

    /** A label for legends: the display name with the parameter, e.g. {@code Leaky ReLU (α=0.2)}. */
    default String label() {
        return kind().hasParameter()
                ? kind().displayName() + " (α=" + ActivationKind.formatAlpha(alpha()) + ")"
                : kind().displayName();
    }

    // ---- array forms (used by the explorer's plots and by training) ----

    /** out[i] = f(x[i]) for i in [0, n). */
    default void values(double[] x, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = value(x[i]);
        }
    }

    /** out[i] = f'(x[i]) for i in [0, n). */
    default void derivatives(double[] x, double[] out, int n) {
        for (int i = 0; i < n; i++) {
            out[i] = derivative(x[i]);
        }
    }

    /** Forward pass of an activation layer: a[i] = f(z[i]) for i in [0, n), in float. */
    default void forward(float[] z, float[] a, int n) {
        for (int i = 0; i < n; i++) {
            a[i] = (float) value(z[i]);
        }
    }

    /**
     * Backward pass of an activation layer, in place: on entry {@code grad[i]} holds dL/da_i, on
     * exit dL/dz_i = dL/da_i · f'(z_i). {@code a} must hold the forward output for {@code z}.
     */
    default void backward(float[] z, float[] a, float[] grad, int n) {
        for (int i = 0; i < n; i++) {
            grad[i] = (float) (grad[i] * derivative(z[i], a[i]));
        }
    }
}
