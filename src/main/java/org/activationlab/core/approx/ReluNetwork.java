package org.activationlab.core.approx;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;

/**
 * An immutable 1 → N ReLU (→ M ReLU) → 1 linear network on a scalar input.
 *
 * <p>Shapes (N = first hidden width, M = second hidden width, 0 if there is none):
 * <pre>
 *   h_i = relu(w1[i]·x + b1[i])                       i in [0, N)
 *   g_j = relu(Σ_i w2[j·N + i]·h_i + b2[j])          j in [0, M)    (two layers only)
 *   y   = c + Σ_k v[k]·u_k     with u = h (one layer) or u = g (two layers)
 * </pre>
 *
 * <p>Why double and plain loops: this is a teaching artefact in which the hinge representation
 * must be exact (the constructive network equals the interpolant to rounding), and the 1-D
 * network is tiny (at most a few thousand units), so neither float nor the GEMM kernels would buy
 * anything here.
 *
 * <p>Every unit of the last hidden layer contributes {@link #unitContribution} to the output; with
 * one hidden layer these contributions are the {@link #hinges()}. Arrays are copied in and out.
 */
public final class ReluNetwork {
    static final Activation RELU = ActivationKind.RELU.create();

    private final double[] w1;
    private final double[] b1;
    private final double[] w2;
    private final double[] b2;
    private final double[] v;
    private final double c;

    private ReluNetwork(double[] w1, double[] b1, double[] w2, double[] b2, double[] v, double c) {
        this.w1 = w1;
        this.b1 = b1;
        this.w2 = w2;
        this.b2 = b2;
        this.v = v;
        this.c = c;
        checkFinite("w1", w1);
        checkFinite("b1", b1);
        checkFinite("w2", w2);
        checkFinite("b2", b2);
        checkFinite("v", v);
        checkFinite("c", new double[] {c});
    }

    /** One hidden layer: y = c + Σ v[i]·relu(w[i]·x + b[i]). */
    public static ReluNetwork oneLayer(double[] w, double[] b, double[] v, double c) {
        int n = w.length;
        if (n < 1 || b.length != n || v.length != n) {
            throw new IllegalArgumentException("one hidden layer needs w, b, v of equal length >= 1, got "
                    + w.length + ", " + b.length + ", " + v.length);
        }
        return new ReluNetwork(w.clone(), b.clone(), new double[0], new double[0], v.clone(), c);
    }

    /** Two hidden layers; w2 is M×N row-major (w2[j·N + i] connects h_i to g_j). */
    public static ReluNetwork twoLayers(double[] w1, double[] b1, double[] w2, double[] b2, double[] v, double c) {
        int n = w1.length;
        int m = b2.length;
        if (n < 1 || m < 1 || b1.length != n || w2.length != (long) m * n || v.length != m) {
            throw new IllegalArgumentException("two hidden layers need w1[N], b1[N], w2[M*N], b2[M], v[M], got w1["
                    + w1.length + "], b1[" + b1.length + "], w2[" + w2.length + "], b2[" + m + "], v[" + v.length + "]");
        }
        return new ReluNetwork(w1.clone(), b1.clone(), w2.clone(), b2.clone(), v.clone(), c);
    }

    /** The one-hidden-layer network c + Σ hinges. */
    public static ReluNetwork ofHinges(double c, List<Hinge> hinges) {
        int n = hinges.size();
        double[] w = new double[n];
        double[] b = new double[n];
        double[] v = new double[n];
        for (int i = 0; i < n; i++) {
            Hinge h = hinges.get(i);
            w[i] = h.w();
            b[i] = h.b();
            v[i] = h.v();
        }
        return oneLayer(w, b, v, c);
    }

    private static void checkFinite(String name, double[] a) {
        for (int i = 0; i < a.length; i++) {
            if (!Double.isFinite(a[i])) {
                throw new IllegalArgumentException("network parameter " + name + "[" + i + "] is not finite: " + a[i]);
            }
        }
    }

    /** 1 or 2. */
    public int hiddenLayers() {
        return b2.length == 0 ? 1 : 2;
    }

    /** {N} or {N, M}. */
    public int[] hiddenSizes() {
        return b2.length == 0 ? new int[] {w1.length} : new int[] {w1.length, b2.length};
    }

    /** Units of the last hidden layer (N or M): the number of output contributions. */
    public int outputUnits() {
        return v.length;
    }

    /** Number of weights and biases. */
    public int parameterCount() {
        return 2 * w1.length + w2.length + b2.length + v.length + 1;
    }

    /** The output bias c. */
    public double outputBias() {
        return c;
    }

    public double[] firstWeights() {
        return w1.clone();
    }

    public double[] firstBiases() {
        return b1.clone();
    }

    /** M×N row-major; empty with one hidden layer. */
    public double[] secondWeights() {
        return w2.clone();
    }

    /** Empty with one hidden layer. */
    public double[] secondBiases() {
        return b2.clone();
    }

    public double[] outputWeights() {
        return v.clone();
    }

    /** The network's output y(x). */
    public double value(double x) {
        return valueWith(x, b2.length == 0 ? null : new double[w1.length]);
    }

    /** out[k] = y(xs[k]); one scratch array for all points. */
    public void values(double[] xs, double[] out) {
        double[] h = b2.length == 0 ? null : new double[w1.length];
        for (int k = 0; k < xs.length; k++) {
            out[k] = valueWith(xs[k], h);
        }
    }

    private double valueWith(double x, double[] h) {
        int n = w1.length;
        double y = c;
        if (b2.length == 0) {
            for (int i = 0; i < n; i++) {
                y += v[i] * RELU.value(w1[i] * x + b1[i]);
            }
            return y;
        }
        firstLayer(x, h);
        for (int j = 0; j < b2.length; j++) {
            y += v[j] * RELU.value(secondPreActivation(j, h));
        }
        return y;
    }

    /** v[k]·u_k(x): what unit k of the last hidden layer adds to the output at x. */
    public double unitContribution(int k, double x) {
        return contributionWith(k, x, b2.length == 0 ? null : new double[w1.length]);
    }

    /** out[i] = unitContribution(k, xs[i]): one unit's curve, e.g. to draw it faintly. */
    public void unitContributions(int k, double[] xs, double[] out) {
        double[] h = b2.length == 0 ? null : new double[w1.length];
        for (int i = 0; i < xs.length; i++) {
            out[i] = contributionWith(k, xs[i], h);
        }
    }

    private double contributionWith(int k, double x, double[] h) {
        if (b2.length == 0) {
            return v[k] * RELU.value(w1[k] * x + b1[k]);
        }
        firstLayer(x, h);
        return v[k] * RELU.value(secondPreActivation(k, h));
    }

    private void firstLayer(double x, double[] h) {
        for (int i = 0; i < w1.length; i++) {
            h[i] = RELU.value(w1[i] * x + b1[i]);
        }
    }

    private double secondPreActivation(int j, double[] h) {
        int n = w1.length;
        double z = b2[j];
        for (int i = 0; i < n; i++) {
            z += w2[j * n + i] * h[i];
        }
        return z;
    }

    /**
     * The kinks of the first hidden layer, −b1/w1 (NaN for a unit with w1 = 0). With one layer
     * these are all the kinks of the output; a second layer can add kinks where a second-layer
     * unit switches on or off.
     */
    public double[] breakpoints() {
        double[] p = new double[w1.length];
        for (int i = 0; i < p.length; i++) {
            p[i] = w1[i] == 0 ? Double.NaN : -b1[i] / w1[i];
        }
        return p;
    }

    /**
     * Every x in the open interval (a, b) where the output's slope can change, sorted: the
     * first-layer kinks inside the interval and, with two hidden layers, the points where a
     * second-layer unit switches on or off. Between two consecutive kinks (and the ends) the
     * network is exactly a straight line. A kink whose slope change happens to be zero is still
     * listed.
     */
    public double[] kinks(Interval interval) {
        double[] first = Arrays.stream(breakpoints())
                .filter(p -> p > interval.a() && p < interval.b()).sorted().distinct().toArray();
        if (b2.length == 0) {
            return first;
        }
        double[] edges = new double[first.length + 2];
        edges[0] = interval.a();
        System.arraycopy(first, 0, edges, 1, first.length);
        edges[edges.length - 1] = interval.b();
        TreeSet<Double> all = new TreeSet<>();
        for (double p : first) {
            all.add(p);
        }
        double[] h = new double[w1.length];
        for (int k = 0; k + 1 < edges.length; k++) {
            addSecondLayerSwitches(edges[k], edges[k + 1], h, all);
        }
        return all.stream().mapToDouble(Double::doubleValue).toArray();
    }

    /** On [lo, hi] every second-layer pre-activation is linear; add where one crosses zero inside. */
    private void addSecondLayerSwitches(double lo, double hi, double[] h, Set<Double> out) {
        double[] zLo = new double[b2.length];
        firstLayer(lo, h);
        for (int j = 0; j < b2.length; j++) {
            zLo[j] = secondPreActivation(j, h);
        }
        firstLayer(hi, h);
        for (int j = 0; j < b2.length; j++) {
            double zHi = secondPreActivation(j, h);
            if ((zLo[j] < 0 && zHi > 0) || (zLo[j] > 0 && zHi < 0)) {
                double x = lo + (hi - lo) * zLo[j] / (zLo[j] - zHi);
                if (x > lo && x < hi) {
                    out.add(x);
                }
            }
        }
    }

    /**
     * The hidden units as hinges (one hidden layer only).
     *
     * @throws IllegalStateException with two hidden layers, whose units are not single hinges
     */
    public List<Hinge> hinges() {
        requireOneLayer("hinges()");
        List<Hinge> list = new ArrayList<>(w1.length);
        for (int i = 0; i < w1.length; i++) {
            list.add(new Hinge(w1[i], b1[i], v[i]));
        }
        return List.copyOf(list);
    }

    /** A copy with hinge i replaced (one hidden layer only): for editing a hinge by hand. */
    public ReluNetwork withHinge(int i, Hinge h) {
        requireOneLayer("withHinge()");
        double[] w = w1.clone();
        double[] b = b1.clone();
        double[] vv = v.clone();
        w[i] = h.w();
        b[i] = h.b();
        vv[i] = h.v();
        return new ReluNetwork(w, b, new double[0], new double[0], vv, c);
    }

    /** A copy with output bias c. */
    public ReluNetwork withOutputBias(double newC) {
        return new ReluNetwork(w1, b1, w2, b2, v, newC);
    }

    private void requireOneLayer(String what) {
        if (b2.length != 0) {
            throw new IllegalStateException(what + " needs one hidden layer; this network has "
                    + Arrays.toString(hiddenSizes()));
        }
    }

    @Override
    public String toString() {
        return "ReluNetwork" + Arrays.toString(hiddenSizes());
    }
}
