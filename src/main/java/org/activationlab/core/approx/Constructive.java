package org.activationlab.core.approx;

/**
 * The constructive half of the universal approximation theorem: the piecewise-linear interpolant
 * of the target at K knots x_0 &lt; … &lt; x_{K−1}, written exactly as a ReLU network with K − 1
 * hidden units.
 *
 * <p>With segment slopes s_k = (f(x_{k+1}) − f(x_k)) / (x_{k+1} − x_k), the interpolant on
 * [x_0, x_{K−1}] is
 * <pre>
 *   L(x) = f(x_0) + s_0·relu(x − x_0) + Σ_{k=1..K−2} (s_k − s_{k−1})·relu(x − x_k)
 * </pre>
 * — one hinge per knot except the last, each with input weight 1, bias −x_k and output weight the
 * change of slope there; the first hinge is the starting slope (relu(x − x_0) = x − x_0 on the
 * interval). So N hidden units give N segments and N + 1 knots; for evenly spaced knots and a
 * smooth f the sup-norm error is at most h²/8·max|f″| with h = (b − a)/N, falling 4× when N
 * doubles. The identity holds on [x_0, x_{K−1}] only: left of x_0 the network is the constant
 * f(x_0).
 *
 * <p>Two hidden layers, [N, M] with M ≤ N: the first layer holds the same N hinges; the second
 * regroups them into M contiguous blocks, unit j computing relu(P_j(x) + s_j), where P_j is the
 * sum of its block's weighted hinges and s_j ≥ −min P_j on the interval (the minimum of a
 * piecewise-linear function sits at a knot, so it is found exactly). The relu then never clips,
 * each second-layer unit carries one stretch of the curve, and the output subtracts Σ s_j again:
 * the network equals the same interpolant. The second layer adds no accuracy in this
 * construction — it shows how a deeper network can hold the same hinges; what depth buys is seen
 * with training.
 */
public final class Constructive {
    /** Largest number of hidden units the constructive method builds. */
    public static final int MAX_UNITS = 1 << 16;

    private Constructive() {
    }

    /** N + 1 evenly spaced knots from a to b inclusive. */
    public static double[] uniformKnots(Interval interval, int n) {
        checkUnits(n);
        return interval.grid(n + 1);
    }

    /** The interpolant at N + 1 evenly spaced knots, as N hinges. */
    public static ReluNetwork interpolant(Target target, int n) {
        return interpolant(target, uniformKnots(target.interval(), n));
    }

    /**
     * The interpolant at the given knots (strictly increasing, at least 2), as knots.length − 1
     * hinges.
     */
    public static ReluNetwork interpolant(Target target, double[] knots) {
        checkKnots(knots);
        double[] f = sample(target, knots);
        int n = knots.length - 1;
        double[] w = new double[n];
        double[] b = new double[n];
        double[] v = new double[n];
        double previousSlope = 0;
        for (int k = 0; k < n; k++) {
            double slope = (f[k + 1] - f[k]) / (knots[k + 1] - knots[k]);
            w[k] = 1;
            b[k] = -knots[k];
            v[k] = slope - previousSlope;
            previousSlope = slope;
        }
        return ReluNetwork.oneLayer(w, b, v, f[0]);
    }

    /** The same interpolant at N + 1 even knots held by two hidden layers [N, M], 1 ≤ M ≤ N. */
    public static ReluNetwork interpolantTwoLayers(Target target, int n, int m) {
        checkUnits(n);
        if (m < 1 || m > n) {
            throw new IllegalArgumentException("the constructive second layer needs 1 <= M <= N, got N=" + n + ", M=" + m);
        }
        double[] knots = uniformKnots(target.interval(), n);
        ReluNetwork one = interpolant(target, knots);
        double[] w1 = one.firstWeights();
        double[] b1 = one.firstBiases();
        double[] v = one.outputWeights();
        double[] w2 = new double[m * n];
        double[] b2 = new double[m];
        double[] out = new double[m];
        double c = one.outputBias();
        for (int j = 0; j < m; j++) {
            int from = (int) ((long) j * n / m);
            int to = (int) ((long) (j + 1) * n / m);
            for (int i = from; i < to; i++) {
                w2[j * n + i] = v[i];
            }
            double shift = Math.max(0, -minOfBlock(knots, v, from, to));
            b2[j] = shift;
            out[j] = 1;
            c -= shift;
        }
        return ReluNetwork.twoLayers(w1, b1, w2, b2, out, c);
    }

    /** min over the knots of Σ_{i in [from, to)} v_i·relu(x − x_i); the block's hinges have kinks only there. */
    private static double minOfBlock(double[] knots, double[] v, int from, int to) {
        double min = Double.POSITIVE_INFINITY;
        for (double x : knots) {
            double p = 0;
            for (int i = from; i < to; i++) {
                p += v[i] * Math.max(0, x - knots[i]);
            }
            min = Math.min(min, p);
        }
        return min;
    }

    /**
     * The reference piecewise-linear interpolant through (knots[k], values[k]), evaluated directly
     * (binary search, then a straight line); held constant outside the knots.
     */
    public static double interpolate(double[] knots, double[] values, double x) {
        int last = knots.length - 1;
        if (x <= knots[0]) {
            return values[0];
        }
        if (x >= knots[last]) {
            return values[last];
        }
        int lo = 0;
        int hi = last;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (knots[mid] <= x) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double t = (x - knots[lo]) / (knots[hi] - knots[lo]);
        return values[lo] + t * (values[hi] - values[lo]);
    }

    /** f at the knots. */
    public static double[] sample(Target target, double[] knots) {
        double[] f = new double[knots.length];
        target.function().values(knots, f);
        for (int k = 0; k < f.length; k++) {
            if (!Double.isFinite(f[k])) {
                throw new IllegalArgumentException("'" + target.function().formula() + "' is not finite at knot x = "
                        + Interval.fmt(knots[k]));
            }
        }
        return f;
    }

    private static void checkUnits(int n) {
        if (n < 1 || n > MAX_UNITS) {
            throw new IllegalArgumentException("number of hidden units must be in 1.." + MAX_UNITS + ", got " + n);
        }
    }

    private static void checkKnots(double[] knots) {
        if (knots.length < 2 || knots.length - 1 > MAX_UNITS) {
            throw new IllegalArgumentException("need 2.." + (MAX_UNITS + 1) + " knots, got " + knots.length);
        }
        for (int k = 0; k < knots.length; k++) {
            if (!Double.isFinite(knots[k]) || (k > 0 && !(knots[k] > knots[k - 1]))) {
                throw new IllegalArgumentException("knots must be finite and strictly increasing; knot " + k
                        + " is " + knots[k] + (k > 0 ? " after " + knots[k - 1] : ""));
            }
        }
    }
}
