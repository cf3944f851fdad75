package org.activationlab.core.activation;

/**
 * An activation function and its analytic derivative, side by side (as Nielsen's
 * {@code sigmoid}/{@code sigmoid_prime}): the explorer plots exactly this code and training runs
 * exactly this code.
 *
 * <p>Contract, for every implementation:
 * <ul>
 *   <li>{@link #value} and {@link #derivative} are accurate to about 1e-13 relative over the whole
 *       double range (away from a zero of the function, where only an absolute bound makes sense);</li>
 *   <li>no NaN and no overflow for a finite input; ±∞ give the mathematical limits;</li>
 *   <li>at a kink (x = 0 for ReLU, Leaky ReLU, ELU, SELU) the derivative follows the x ≤ 0
 *       branch, as the post and PyTorch's autograd do: ReLU'(0) = 0, ELU'(0) = alpha.</li>
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
