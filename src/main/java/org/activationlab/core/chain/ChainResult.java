package org.activationlab.core.chain;

import java.util.AbstractList;
import java.util.List;
import org.activationlab.core.activation.Activation;

/**
 * One forward and backward pass through a {@link Chain}: every z_j, a_j, f'(z_j), the factor
 * w_j·f'(z_j), the running product walking back from the cost, dC/db_j and dC/dw_j.
 *
 * <pre>
 * forward   z_j = w_j·a_(j−1) + b_j,   a_j = f(z_j)                       j = 1..L
 * backward  dC/da_L = cost'(a_L, y)
 *           dC/db_j = f'(z_j) · dC/da_j                                   (= dC/dz_j)
 *           dC/dw_j = dC/db_j · a_(j−1)
 *           dC/da_(j−1) = (w_j·f'(z_j)) · dC/da_j                         (the running product)
 * so        dC/db_1 = f'(z_1) · w_2 f'(z_2) · … · w_L f'(z_L) · dC/da_L    (the post's form)
 * </pre>
 * Gradients are {@link BigMag}s: exact beyond the double range, a dead ReLU gives a real zero.
 * The factor w_j·f'(z_j) is formed first (one rounding) and then multiplied into the running
 * product (one more), exactly as the equation groups it.
 *
 * <p>Immutable. The hot loop keeps mantissas and exponents in flat arrays (no object per layer),
 * so forward + backward of 10,000 layers stays well under a millisecond; the {@code BigMag} and
 * {@link LayerState} views are made on demand. <b>Layers are numbered 1..L.</b>
 */
public final class ChainResult {
    private final Chain chain;
    private final int depth;
    /** z[j−1], f'(z)[j−1] for layer j; a[j] = a_j with a[0] = a_0. */
    private final double[] z;
    private final double[] a;
    private final double[] d;
    /**
     * dC/da_j = daM[j]·2^(daBase + daE[j]) for j = 0..L (index L is the cost's derivative).
     * dC/db_j = f'(z_j)·dC/da_j is formed on demand (the same single rounding as in a loop), so a
     * pass allocates only five arrays. An int offset suffices: 10,000 factors move the exponent
     * by at most 10,000 · 2 · 1,100 bits.
     */
    private final double[] daM;
    private final int[] daE;
    private final long daBase;
    private final BigMag costValue;

    private ChainResult(Chain chain) {
        this.chain = chain;
        this.depth = chain.depth();
        this.z = new double[depth];
        this.a = new double[depth + 1];
        this.d = new double[depth];
        this.daM = new double[depth + 1];
        this.daE = new int[depth + 1];
        forward();
        double aL = a[depth];
        this.costValue = chain.cost().value(aL, chain.target());
        BigMag dCdaL = chain.cost().derivative(aL, chain.target());
        this.daBase = dCdaL.binaryExponent();
        backward(dCdaL.mantissa());
    }

    static ChainResult compute(Chain chain) {
        return new ChainResult(chain);
    }

    private void forward() {
        Activation f = chain.activation();
        double[] w = chain.weightsView();
        double[] b = chain.biasesView();
        a[0] = chain.input();
        for (int i = 0; i < depth; i++) {
            double zi = w[i] * a[i] + b[i];
            if (!Double.isFinite(zi)) {
                throw new IllegalArgumentException("the forward pass leaves the double range at layer " + (i + 1)
                        + " (z = w·a + b overflows); lower the weights, the biases or the depth");
            }
            double ai = f.value(zi);
            z[i] = zi;
            a[i + 1] = ai;
            d[i] = f.derivative(zi, ai);
        }
    }

    /** The running product in mantissa/exponent form; see the class comment for the maths. */
    private void backward(double dCdaLMantissa) {
        double[] w = chain.weightsView();
        double m = dCdaLMantissa;
        int e = 0;
        for (int i = depth - 1; i >= 0; i--) {
            daM[i + 1] = m;
            daE[i + 1] = e;
            // dC/da_(j−1) = (w_j · f'(z_j)) · dC/da_j, the factor rounded first as the equation groups it
            double wi = w[i];
            double di = d[i];
            if (m == 0.0 || di == 0.0 || wi == 0.0) {
                m = 0.0;
                e = 0;
            } else {
                int kw = BigMag.exponentOf(wi);
                int kd = BigMag.exponentOf(di);
                double fm = Math.scalb(wi, -kw) * Math.scalb(di, -kd);
                int kf = Math.getExponent(fm);
                double p = m * Math.scalb(fm, -kf);
                int kp = Math.getExponent(p);
                m = Math.scalb(p, -kp);
                e += kw + kd + kf + kp;
            }
        }
        daM[0] = m;
        daE[0] = e;
    }

    public Chain chain() {
        return chain;
    }

    public int depth() {
        return depth;
    }

    /** z_j, layer in 1..L. */
    public double z(int layer) {
        return z[chain.index(layer)];
    }

    /** a_j for j in 0..L (a_0 is the input). */
    public double a(int j) {
        if (j < 0 || j > depth) {
            throw new IndexOutOfBoundsException("a_" + j + " is outside a_0..a_" + depth);
        }
        return a[j];
    }

    /** a_L, the chain's output. */
    public double output() {
        return a[depth];
    }

    /** f'(z_j), layer in 1..L. */
    public double derivative(int layer) {
        return d[chain.index(layer)];
    }

    /** The factor w_j·f'(z_j), layer in 1..L (exact even if the double product would overflow). */
    public BigMag factor(int layer) {
        int i = chain.index(layer);
        return BigMag.of(chain.weightsView()[i]).multiply(BigMag.of(d[i]));
    }

    /** dC/da_j for j in 0..L: the running product after the factors of layers L..j+1. */
    public BigMag dCda(int j) {
        if (j < 0 || j > depth) {
            throw new IndexOutOfBoundsException("dC/da_" + j + " is outside 0.." + depth);
        }
        return BigMag.normalized(daM[j], daBase + daE[j]);
    }

    /** dC/da_L = the cost's derivative at the output. */
    public BigMag dCdaL() {
        return dCda(depth);
    }

    /** dC/db_j, layer in 1..L. */
    public BigMag dCdb(int layer) {
        int i = chain.index(layer);
        return dCda(layer).multiply(BigMag.of(d[i]));
    }

    /** dC/db_j for index i = j − 1 into {@code out}: the same bits as {@link #dCdb}, without an object. */
    MutableMag dCdbInto(int i, MutableMag out) {
        return out.set(daM[i + 1], daBase + daE[i + 1]).times(d[i]);
    }

    /** a_(j−1) for index i = j − 1: the input of layer j, which turns dC/db_j into dC/dw_j. */
    double inputOf(int i) {
        return a[i];
    }

    /**
     * log10 |dC/da_j| for j in 0..L, as {@code dCda(j).log10Abs()} but without an object;
     * {@code Double.NEGATIVE_INFINITY} for a true zero.
     */
    public double log10AbsDCda(int j) {
        if (j < 0 || j > depth) {
            throw new IndexOutOfBoundsException("dC/da_" + j + " is outside 0.." + depth);
        }
        MutableMag m = new MutableMag().set(daM[j], daBase + daE[j]);
        return m.isZero() ? Double.NEGATIVE_INFINITY : m.log10Abs();
    }

    /** dC/db_1 = f'(z_1) · w_2 f'(z_2) · … · w_L f'(z_L) · dC/da_L. */
    public BigMag dCdb1() {
        return dCdb(1);
    }

    /** dC/dw_j = dC/db_j · a_(j−1), layer in 1..L. */
    public BigMag dCdw(int layer) {
        return dCdb(layer).multiply(BigMag.of(a[chain.index(layer)]));
    }

    /** The cost C(a_L, y). */
    public BigMag cost() {
        return costValue;
    }

    /**
     * log10 |dC/db_j| for j = 1..L (index 0 holds layer 1), for a per-layer chart on a log axis.
     * A true zero (dead ReLU) is {@code Double.NEGATIVE_INFINITY}: check for it before plotting.
     */
    public double[] log10AbsBiasGradients() {
        double[] out = new double[depth];
        MutableMag g = new MutableMag();
        for (int i = 0; i < depth; i++) {
            dCdbInto(i, g);
            out[i] = g.isZero() ? Double.NEGATIVE_INFINITY : g.log10Abs();
        }
        return out;
    }

    /** Everything about layer j in one record, layer in 1..L. */
    public LayerState layer(int layer) {
        int i = chain.index(layer);
        return new LayerState(layer, chain.weightsView()[i], chain.biasesView()[i], z[i], a[i + 1], d[i],
                factor(layer), dCdb(layer), dCdw(layer), dCda(layer));
    }

    /** All layers as an unmodifiable list built on demand (element 0 is layer 1). */
    public List<LayerState> layers() {
        return new AbstractList<>() {
            @Override
            public LayerState get(int index) {
                return layer(index + 1);
            }

            @Override
            public int size() {
                return depth;
            }
        };
    }

    /** One gradient-descent step on every parameter, with optional clipping (see {@link ChainUpdate}). */
    public ChainUpdate update(double learningRate, Clipping clipping) {
        return ChainUpdate.of(this, learningRate, clipping);
    }

    /** The step-by-step walk back from the cost to dC/db_1 (L + 1 steps). */
    public ChainTrace trace() {
        return new ChainTrace(this);
    }

    /**
     * One layer's numbers. {@code dCda} is dC/da_j, the running product that reaches this layer
     * from the cost (before its own factor is multiplied in).
     */
    public record LayerState(int index, double weight, double bias, double z, double a, double derivative,
                             BigMag factor, BigMag dCdb, BigMag dCdw, BigMag dCda) {
    }
}
