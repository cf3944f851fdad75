package org.activationlab.core.nn;

/**
 * Mean squared error over the batch and the outputs.
 * <pre>
 * loss = mean over B·C of (o − t)²      dloss/do = 2 (o − t) / (B·C)
 * </pre>
 */
public final class MeanSquaredError implements Loss {
    public static final String NAME = "mse";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double compute(float[] out, float[] target, int batch, int classes, float[] grad) {
        int n = batch * classes;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double d = (double) out[i] - target[i];
            total += d * d;
            if (grad != null) {
                grad[i] = (float) (2 * d / n);
            }
        }
        return total / n;
    }
}
