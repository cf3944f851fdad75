package org.activationlab.app.chain;

import org.activationlab.core.chain.ChainResult;

/**
 * The per-layer chart's data: layer j = 1..L against log10 |dC/db_j|. Plotted as log10 values on
 * a linear axis, so magnitudes far beyond the double range (10^−6000, 10^+20000) are drawn as
 * they are; a true zero (dead ReLU) is NaN in {@code log10} and flagged in {@code dead}.
 *
 * @param layers   1..L as doubles (the x values)
 * @param log10    log10 |dC/db_j|, NaN where the gradient is exactly 0
 * @param dead     true where dC/db_j is exactly 0
 * @param deadCount how many layers have an exactly zero gradient
 */
record ChainChart(double[] layers, double[] log10, boolean[] dead, int deadCount) {

    static ChainChart of(ChainResult r) {
        int n = r.depth();
        double[] x = new double[n];
        double[] y = r.log10AbsBiasGradients();
        boolean[] dead = new boolean[n];
        int deadCount = 0;
        for (int i = 0; i < n; i++) {
            x[i] = i + 1;
            if (y[i] == Double.NEGATIVE_INFINITY) {
                y[i] = Double.NaN;
                dead[i] = true;
                deadCount++;
            }
        }
        return new ChainChart(x, y, dead, deadCount);
    }

    /** True when |dC/db_j| &gt; 1 for layer j (1-based): such layers are drawn red. */
    boolean exploding(int layer) {
        return log10[layer - 1] > 0;
    }

    /** log10|dC/db| of the layers where it exceeds 1, NaN elsewhere (the red overlay). */
    double[] explodingOnly() {
        double[] out = new double[log10.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = log10[i] > 0 ? log10[i] : Double.NaN;
        }
        return out;
    }
}
