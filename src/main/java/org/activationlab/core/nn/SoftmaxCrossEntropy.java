package org.activationlab.core.nn;

import org.activationlab.core.tensor.Parallel;

/**
 * Softmax followed by categorical cross-entropy, fused: the network outputs logits z and
 * <pre>
 * p_j = exp(z_j − m) / Σ_k exp(z_k − m)      (m = max_k z_k: no overflow)
 * loss = −Σ_j t_j log p_j = Σ_j t_j (log S − (z_j − m)),   S = Σ_k exp(z_k − m)
 * dloss/dz_j = (Σ_k t_k) p_j − t_j            (= p_j − t_j for one-hot targets)
 * </pre>
 * log p is computed as (z − m) − log S, never log of a rounded-to-zero probability.
 *
 * <p>With several threads, each sample's terms and gradient are computed on one thread into a
 * scratch array; the terms are then added up in sample order on the caller, so the loss is the
 * same for any thread count. Stateless.
 */
public final class SoftmaxCrossEntropy implements Loss {
    public static final String NAME = "softmax-ce";
    /** Samples per thread below which the whole batch stays on the calling thread. */
    private static final int MIN_SAMPLES_PER_THREAD = 32;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double compute(float[] out, float[] target, int batch, int classes, float[] grad) {
        return compute(out, target, batch, classes, grad, Parallel.SERIAL);
    }

    @Override
    public double compute(float[] out, float[] target, int batch, int classes, float[] grad, Parallel par) {
        double[] tm = new double[batch * classes];   // ~10 KB per batch of 128: cheaper than sharing
        double invB = 1.0 / batch;
        par.forRange(batch, MIN_SAMPLES_PER_THREAD, (s0, s1) -> {
            for (int s = s0; s < s1; s++) {
                sample(out, target, s * classes, classes, grad, invB, tm);
            }
        });
        double total = 0;
        for (int i = 0; i < batch * classes; i++) {   // the same additions, in the same order, as one pass
            if (target[i] != 0) {
                total += tm[i];
            }
        }
        return total * invB;
    }

    /** One sample (row offset {@code row}): its loss terms into tm, its gradient into grad. */
    private static void sample(float[] out, float[] target, int row, int classes, float[] grad,
                               double invB, double[] tm) {
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
                tm[row + j] = t * (logS - ((double) out[row + j] - m));
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
}
