package org.activationlab.core.activation;

/**
 * The implementations of the piecewise and classic functions (the self-gated x·g(x) family lives
 * in {@link GatedFunctions}). Each is written for accuracy over the whole double range: no
 * {@code 1 − tanh²} cancellation, {@code expm1} near zero, no overflow of e^x, NaN propagated, and
 * explicit limits at ±∞ where a naive formula would give ∞·0 = NaN.
 */
final class Functions {
    private Functions() {
    }

    /** SELU's fixed constants (Klambauer et al. 2017), to full double precision. */
    static final double SELU_ALPHA = Double.parseDouble(ActivationKind.SELU_ALPHA_DIGITS);
    static final double SELU_LAMBDA = Double.parseDouble(ActivationKind.SELU_LAMBDA_DIGITS);
    /** σ(x) without overflow: 1/(1+e^-x) for x ≥ 0, e^x/(1+e^x) for x < 0. */
    static double sigmoid(double x) {
        if (x >= 0) {
            return 1.0 / (1.0 + Math.exp(-x));
        }
        double e = Math.exp(x);
        return e / (1.0 + e);
    }

    /** σ'(x) = σ(x)σ(−x) = e^−|x| / (1+e^−|x|)², symmetric and without cancellation. */
    static double sigmoidPrime(double x) {
        double e = Math.exp(-Math.abs(x));
        double d = 1.0 + e;
        return e / (d * d);
    }

    /** sech²(x) = 4e^−2|x| / (1+e^−2|x|)²: tanh'(x) without the cancellation of 1 − tanh²(x). */
    static double sech2(double x) {
        double e = Math.exp(-2.0 * Math.abs(x));
        double d = 1.0 + e;
        return 4.0 * e / (d * d);
    }

    /** ln(1+e^x) without overflow or loss: x + log1p(e^−x) for x > 0, log1p(e^x) otherwise. */
    static double softplus(double x) {
        if (x > 0) {
            return x + Math.log1p(Math.exp(-x));
        }
        return Math.log1p(Math.exp(x));
    }

    static final Activation SIGMOID = new Base(ActivationKind.SIGMOID) {
        @Override
        public double value(double x) {
            return sigmoid(x);
        }

        @Override
        public double derivative(double x) {
            return sigmoidPrime(x);
        }
    };

    static final Activation TANH = new Base(ActivationKind.TANH) {
        @Override
        public double value(double x) {
            return Math.tanh(x);
        }

        @Override
        public double derivative(double x) {
            return sech2(x);
        }
    };

    static final Activation RELU = new Base(ActivationKind.RELU) {
        // Comparisons are ordered so that NaN propagates (a NaN must surface in training, not vanish).
        @Override
        public double value(double x) {
            return x <= 0 ? 0.0 : x;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : x <= 0 ? 0.0 : Double.NaN;
        }

        @Override
        public void forward(float[] z, float[] a, int n) {
            org.activationlab.core.tensor.Elementwise.relu(z, a, n);
        }

        @Override
        public void backward(float[] z, float[] a, float[] grad, int n) {
            org.activationlab.core.tensor.Elementwise.reluBackward(z, grad, n);
        }
    };

    static final class LeakyRelu extends Base {
        private final double alpha;

        LeakyRelu(double alpha) {
            super(ActivationKind.LEAKY_RELU);
            this.alpha = alpha;
        }

        @Override
        public double alpha() {
            return alpha;
        }

        @Override
        public double value(double x) {
            if (x > 0 || x != x) {
                return x;
            }
            return alpha == 0.0 ? 0.0 : alpha * x;
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : x <= 0 ? alpha : Double.NaN;
        }

        @Override
        public void forward(float[] z, float[] a, int n) {
            for (int i = 0; i < n; i++) {
                // the product in double, then rounded once: bit-identical to (float) value(z); α = 0 gives
                // 0 also at z = −∞ (where 0·∞ would be NaN)
                float zi = z[i];
                a[i] = zi > 0f || zi != zi ? zi : alpha == 0.0 ? 0f : (float) (alpha * zi);
            }
        }

        @Override
        public void backward(float[] z, float[] a, float[] grad, int n) {
            for (int i = 0; i < n; i++) {
                grad[i] = z[i] > 0f ? grad[i] : z[i] <= 0f ? (float) (alpha * grad[i]) : Float.NaN;
            }
        }
    }

    static final class Elu extends Base {
        private final double alpha;

        Elu(double alpha) {
            super(ActivationKind.ELU);
            this.alpha = alpha;
        }

        @Override
        public double alpha() {
            return alpha;
        }

        @Override
        public double value(double x) {
            return x > 0 ? x : alpha * Math.expm1(x);
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? 1.0 : alpha * Math.exp(x);
        }
    }

    static final Activation SELU = new Base(ActivationKind.SELU) {
        @Override
        public double value(double x) {
            return x > 0 ? SELU_LAMBDA * x : SELU_LAMBDA * SELU_ALPHA * Math.expm1(x);
        }

        @Override
        public double derivative(double x) {
            return x > 0 ? SELU_LAMBDA : SELU_LAMBDA * SELU_ALPHA * Math.exp(x);
        }
    };

    static final Activation SOFTPLUS = new Base(ActivationKind.SOFTPLUS) {
        @Override
        public double value(double x) {
            return softplus(x);
        }

        @Override
        public double derivative(double x) {
            return sigmoid(x);
        }
    };

    static final Activation LINEAR = new Base(ActivationKind.LINEAR) {
        @Override
        public double value(double x) {
            return x;
        }

        @Override
        public double derivative(double x) {
            return x == x ? 1.0 : Double.NaN;
        }
    };

    /** Common parts: kind, no parameter, value semantics. */
    abstract static class Base implements Activation {
        private final ActivationKind kind;

        Base(ActivationKind kind) {
            this.kind = kind;
        }

        @Override
        public ActivationKind kind() {
            return kind;
        }

        @Override
        public double alpha() {
            return Double.NaN;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Activation a && a.kind() == kind
                    && Double.doubleToLongBits(a.alpha()) == Double.doubleToLongBits(alpha());
        }

        @Override
        public int hashCode() {
            return kind.hashCode() * 31 + Double.hashCode(alpha());
        }

        @Override
        public String toString() {
            return label();
        }
    }
}
