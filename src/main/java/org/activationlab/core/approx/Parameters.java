package org.activationlab.core.approx;

import java.util.Arrays;

/**
 * The trainable parameters of a 1 → N (→ M) → 1 ReLU network in one flat array, with the loss
 * and its gradient (forward and backward side by side). Package-private machinery of
 * {@link AdamTrainer}; works in whatever coordinates the caller gives it.
 *
 * <p>Layout of {@code p} (U = M if there is a second layer, else N):
 * <pre>
 *   [0, N)          w1     first-layer weights
 *   [N, 2N)         b1     first-layer biases
 *   [2N, 2N+MN)     w2     second-layer weights, M×N row-major (absent if M = 0)
 *   next M          b2     second-layer biases (absent if M = 0)
 *   next U          v      output weights
 *   last            c      output bias
 * </pre>
 * Scratch arrays live here, so one instance serves one thread.
 */
final class Parameters {
    final int n;
    final int m;
    final int offB1;
    final int offW2;
    final int offB2;
    final int offV;
    final int offC;
    final int size;

    private final double[] z1;
    private final double[] h1;
    private final double[] z2;
    private final double[] h2;
    private final double[] dh1;

    Parameters(int n, int m) {
        this.n = n;
        this.m = m;
        offB1 = n;
        offW2 = 2 * n;
        offB2 = offW2 + m * n;
        offV = offB2 + m;
        offC = offV + (m == 0 ? n : m);
        size = offC + 1;
        z1 = new double[n];
        h1 = new double[n];
        z2 = new double[m];
        h2 = new double[m];
        dh1 = new double[n];
    }

    /**
     * Mean squared error over the points idx[0..count) of (ts, ys), and (if g ≠ null) its
     * gradient with respect to p, written into g (overwritten, not accumulated across calls).
     */
    double lossAndGradient(double[] p, double[] ts, double[] ys, int[] idx, int count, double[] g) {
        if (g != null) {
            Arrays.fill(g, 0);
        }
        double loss = 0;
        for (int s = 0; s < count; s++) {
            int k = idx == null ? s : idx[s];
            double t = ts[k];
            double e = forward(p, t) - ys[k];
            loss += e * e;
            if (g != null) {
                backward(p, t, 2 * e / count, g);
            }
        }
        return loss / count;
    }

    /** y(t); leaves z1, h1 (and z2, h2) for backward. */
    double forward(double[] p, double t) {
        for (int i = 0; i < n; i++) {
            z1[i] = p[i] * t + p[offB1 + i];
            h1[i] = ReluNetwork.RELU.value(z1[i]);
        }
        double y = p[offC];
        if (m == 0) {
            for (int i = 0; i < n; i++) {
                y += p[offV + i] * h1[i];
            }
            return y;
        }
        for (int j = 0; j < m; j++) {
            double z = p[offB2 + j];
            int row = offW2 + j * n;
            for (int i = 0; i < n; i++) {
                z += p[row + i] * h1[i];
            }
            z2[j] = z;
            h2[j] = ReluNetwork.RELU.value(z);
            y += p[offV + j] * h2[j];
        }
        return y;
    }

    /** Adds dL/dp to g for one point, given dy = dL/dy; forward(p, t) must have run for this t. */
    void backward(double[] p, double t, double dy, double[] g) {
        g[offC] += dy;
        if (m == 0) {
            for (int i = 0; i < n; i++) {
                g[offV + i] += dy * h1[i];
                dh1[i] = dy * p[offV + i];
            }
        } else {
            Arrays.fill(dh1, 0);
            for (int j = 0; j < m; j++) {
                g[offV + j] += dy * h2[j];
                double dz2 = dy * p[offV + j] * ReluNetwork.RELU.derivative(z2[j]);
                if (dz2 == 0) {
                    continue;
                }
                g[offB2 + j] += dz2;
                int row = offW2 + j * n;
                for (int i = 0; i < n; i++) {
                    g[row + i] += dz2 * h1[i];
                    dh1[i] += dz2 * p[row + i];
                }
            }
        }
        for (int i = 0; i < n; i++) {
            double dz1 = dh1[i] * ReluNetwork.RELU.derivative(z1[i]);
            g[i] += dz1 * t;
            g[offB1 + i] += dz1;
        }
    }

    /**
     * The network in x coordinates, given t = alpha·x + beta and y = mu + sigma·ŷ: the first
     * layer absorbs the input map, the output layer the output map.
     */
    ReluNetwork toNetwork(double[] p, double alpha, double beta, double mu, double sigma) {
        double[] w1 = new double[n];
        double[] b1 = new double[n];
        for (int i = 0; i < n; i++) {
            w1[i] = p[i] * alpha;
            b1[i] = p[offB1 + i] + p[i] * beta;
        }
        int u = m == 0 ? n : m;
        double[] v = new double[u];
        for (int k = 0; k < u; k++) {
            v[k] = sigma * p[offV + k];
        }
        double c = mu + sigma * p[offC];
        if (m == 0) {
            return ReluNetwork.oneLayer(w1, b1, v, c);
        }
        double[] w2 = Arrays.copyOfRange(p, offW2, offB2);
        double[] b2 = Arrays.copyOfRange(p, offB2, offV);
        return ReluNetwork.twoLayers(w1, b1, w2, b2, v, c);
    }
}
