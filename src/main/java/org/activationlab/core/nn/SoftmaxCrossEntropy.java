package org.activationlab.core.nn;

/**
 * Softmax followed by categorical cross-entropy, fused: the network outputs logits z and
 * <pre>
 * p_j = exp(z_j − m) / Σ_k exp(z_k − m)      (m = max_k z_k: no overflow)
 * loss = −Σ_j t_j log p_j = Σ_j t_j (log S − (z_j − m)),   S = Σ_k exp(z_k − m)
 * dloss/dz_j = (Σ_k t_k) p_j − t_j            (= p_j − t_j for one-hot targets)
 * </pre>
 * log p is computed as (z − m) − log S, never log of a rounded-to-zero probability.
 */
public final class SoftmaxCrossEntropy implements Loss {
    public static final String NAME = "softmax-ce";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double compute(float[] out, float[] target, int batch, int classes, float[] grad) {
        double total = 0;
        double invB = 1.0 / batch;
        for (int s = 0; s < batch; s++) {
            int row = s * classes;
            double m = out[row];
            for (int j = 1; j < classes; j++) {
                m = Math.max(m, out[row + j]);
            }
            double sum = 0;
            for (int j = 0; j < classes; j++) {
                sum += Math.exp((double) out[row + j] - m);
            }
            double logS = Math.log(sum);
            double tSum = 0;
            for (int j = 0; j < classes; j++) {
                double t = target[row + j];
                if (t != 0) {
                    total += t * (logS - ((double) out[row + j] - m));
                    tSum += t;
                }
            }
            if (grad != null) {
                for (int j = 0; j < classes; j++) {
                    double p = Math.exp((double) out[row + j] - m - logS);
                    grad[row + j] = (float) ((tSum * p - target[row + j]) * invB);
                }
            }
        }
        return total * invB;
    }
}
