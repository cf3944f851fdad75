package org.activationlab.core.nn;

/**
 * Binary cross-entropy on probabilities (the network's last layer must output values in
 * (0, 1)), averaged over the batch and the outputs, as Keras computes it. The post compiles its
 * softmax network with this loss; with ten classes it rewards the nine easy zeros and so reports a
 * flattering accuracy — the app can show that.
 * <pre>
 * p clipped to [ε, 1 − ε], ε = 1e-7 (Keras's epsilon)
 * loss = −mean over B·C of  t log p + (1 − t) log(1 − p)
 * dloss/dp = (p − t) / (p (1 − p)) / (B·C)   (0 where p was clipped, as the clip's derivative)
 * </pre>
 */
public final class BinaryCrossEntropy implements Loss {
    public static final String NAME = "bce";
    static final double EPSILON = 1e-7;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public double compute(float[] out, float[] target, int batch, int classes, float[] grad) {
        int n = batch * classes;
        double total = 0;
        for (int i = 0; i < n; i++) {
            double raw = out[i];
            double p = Math.min(1 - EPSILON, Math.max(EPSILON, raw));
            double t = target[i];
            total -= t * Math.log(p) + (1 - t) * Math.log1p(-p);
            if (grad != null) {
                boolean clipped = raw < EPSILON || raw > 1 - EPSILON;
                grad[i] = clipped ? 0f : (float) ((p - t) / (p * (1 - p)) / n);
            }
        }
        return total / n;
    }
}
