package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * A loss over a batch of network outputs and targets, with its gradient computed in the same
 * pass (the fused form is both faster and, for softmax + cross-entropy, numerically stable).
 *
 * <pre>
 * B = batch, C = outputs per sample
 * out, target, grad: B × C     loss = mean over the batch (and, for BCE and MSE, over C too)
 * </pre>
 * Sums run in double; the returned loss is a double, the gradient is written as float.
 */
public interface Loss {

    /** The CLI/file name, e.g. {@code softmax-ce}. */
    String name();

    /**
     * Returns the mean loss; if {@code grad} is not null writes dLoss/dOut into it
     * (already divided by the batch, so parameter gradients are batch means).
     */
    double compute(float[] out, float[] target, int batch, int classes, float[] grad);

    /**
     * As {@link #compute(float[], float[], int, int, float[])}, with the per-sample work spread
     * over {@code par}'s threads where the loss supports it; the sum over the batch still runs
     * in sample order, so the result does not depend on the thread count. The default ignores
     * {@code par}.
     */
    default double compute(float[] out, float[] target, int batch, int classes, float[] grad, Parallel par) {
        return compute(out, target, batch, classes, grad);
    }

    /** Looks a loss up by name. */
    static Loss byName(String name) {
        return switch (name) {
            case SoftmaxCrossEntropy.NAME -> new SoftmaxCrossEntropy();
            case BinaryCrossEntropy.NAME -> new BinaryCrossEntropy();
            case MeanSquaredError.NAME -> new MeanSquaredError();
            default -> throw new IllegalArgumentException("unknown loss '" + name + "'; valid: "
                    + SoftmaxCrossEntropy.NAME + ", " + BinaryCrossEntropy.NAME + ", " + MeanSquaredError.NAME);
        };
    }
}
