package org.activationlab.core.activation;

import java.math.BigDecimal;

/**
 * Every activation and its derivative written out in {@link BigMath}, straight from the
 * definitions (with exact identities only where they avoid a subtraction of nearly equal
 * numbers). Used only to make the golden file; the production code never sees it.
 */
final class ReferenceFunctions {
    private ReferenceFunctions() {
    }

    /**
     * f(x), f'(x), and the derivative's cancellation scale: the sum of the absolute values of the
     * terms f' is computed from (= |f'| when f' is a single term). Near a zero of f' only an error
     * relative to that scale is meaningful.
     */
    record Ref(BigDecimal value, BigDecimal derivative, BigDecimal derivativeScale) {
        Ref(BigDecimal value, BigDecimal derivative) {
            this(value, derivative, derivative.abs());
        }
    }

    static Ref eval(BigMath m, ActivationKind kind, double alphaDouble, BigDecimal x) {
        BigDecimal one = BigDecimal.ONE;
        boolean pos = x.signum() > 0;
        return switch (kind) {
            case SIGMOID -> new Ref(m.sigmoid(x), m.sigmoid(x).multiply(m.sigmoid(x.negate()), m.mc));
            case TANH -> new Ref(m.tanh(x), sech2(m, x));
            case RELU -> new Ref(pos ? x : BigDecimal.ZERO, pos ? one : BigDecimal.ZERO);
            case LEAKY_RELU -> {
                BigDecimal a = new BigDecimal(alphaDouble);
                yield new Ref(pos ? x : a.multiply(x), pos ? one : a);
            }
            case ELU -> {
                BigDecimal a = new BigDecimal(alphaDouble);
                yield new Ref(pos ? x : a.multiply(m.expm1(x), m.mc), pos ? one : a.multiply(m.exp(x), m.mc));
            }
            case SELU -> {
                BigDecimal l = new BigDecimal(ActivationKind.SELU_LAMBDA_DIGITS);
                BigDecimal la = l.multiply(new BigDecimal(ActivationKind.SELU_ALPHA_DIGITS));
                yield new Ref(pos ? l.multiply(x) : la.multiply(m.expm1(x), m.mc),
                        pos ? l : la.multiply(m.exp(x), m.mc));
            }
            case GELU -> gelu(m, x);
            case GELU_TANH -> geluTanh(m, x);
            case SILU -> {
                BigDecimal s = m.sigmoid(x);
                BigDecimal b = x.multiply(s).multiply(m.sigmoid(x.negate()), m.mc);
                yield new Ref(x.multiply(s, m.mc), s.add(b, m.mc), s.add(b.abs(), m.mc));
            }
            case SOFTPLUS -> new Ref(softplus(m, x), m.sigmoid(x));
            case MISH -> mish(m, x);
            case LINEAR -> new Ref(x, one);
        };
    }

    /** sech²(x) = 4e^(−2|x|)/(1 + e^(−2|x|))². */
    private static BigDecimal sech2(BigMath m, BigDecimal x) {
        BigDecimal e = m.exp(x.abs().multiply(BigMath.TWO).negate());
        BigDecimal d = BigDecimal.ONE.add(e);
        return e.multiply(BigDecimal.valueOf(4)).divide(d.multiply(d), m.mc);
    }

    /** ln(1+e^x): log1p(e^x) for x ≤ 0, x + log1p(e^−x) for x > 0. */
    private static BigDecimal softplus(BigMath m, BigDecimal x) {
        if (x.signum() <= 0) {
            return m.log1p(m.exp(x));
        }
        return x.add(m.log1p(m.exp(x.negate())), m.mc);
    }

    /** x·Φ(x); derivative Φ(x) + x·φ(x). */
    private static Ref gelu(BigMath m, BigDecimal x) {
        BigDecimal cdf = m.normalCdf(x);
        BigDecimal b = x.multiply(m.normalPdf(x), m.mc);
        return new Ref(x.multiply(cdf, m.mc), cdf.add(b, m.mc), cdf.abs().add(b.abs(), m.mc));
    }

    /**
     * ½x(1 + tanh u) = x·σ(2u), u = √(2/π)(x + 0.044715x³) with the exact decimal 0.044715;
     * derivative σ(2u) + x·σ'(2u)·2√(2/π)(1 + 3·0.044715x²).
     */
    private static Ref geluTanh(BigMath m, BigDecimal x) {
        BigDecimal k = new BigDecimal("0.044715");
        BigDecimal c = m.sqrt(BigMath.TWO.divide(m.pi(), m.mc));
        BigDecimal x2 = x.multiply(x);
        BigDecimal twoU = BigMath.TWO.multiply(c).multiply(x.add(k.multiply(x2).multiply(x)), m.mc);
        BigDecimal s = m.sigmoid(twoU);
        BigDecimal sPrime = s.multiply(m.sigmoid(twoU.negate()), m.mc);
        BigDecimal dTwoU = BigMath.TWO.multiply(c).multiply(BigDecimal.ONE.add(BigDecimal.valueOf(3).multiply(k).multiply(x2)), m.mc);
        BigDecimal b = x.multiply(sPrime).multiply(dTwoU, m.mc);
        return new Ref(x.multiply(s, m.mc), s.add(b, m.mc), s.add(b.abs(), m.mc));
    }

    /**
     * x·tanh(softplus x). With e = e^x and n = e(e+2): tanh(softplus x) = n/(n+2) and
     * sech²(softplus x) = 4(n+1)/(n+2)² (exact identities); derivative
     * tanh(softplus x) + x·σ(x)·sech²(softplus x).
     */
    private static Ref mish(BigMath m, BigDecimal x) {
        BigDecimal e = m.exp(x);
        BigDecimal n = e.multiply(e.add(BigMath.TWO), m.mc);
        BigDecimal d = n.add(BigMath.TWO, m.mc);
        BigDecimal th = n.divide(d, m.mc);
        BigDecimal s2 = BigDecimal.valueOf(4).multiply(n.add(BigDecimal.ONE)).divide(d.multiply(d), m.mc);
        BigDecimal b = x.multiply(m.sigmoid(x)).multiply(s2, m.mc);
        return new Ref(x.multiply(th, m.mc), th.add(b, m.mc), th.add(b.abs(), m.mc));
    }
}
