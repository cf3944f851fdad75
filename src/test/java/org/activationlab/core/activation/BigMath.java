package org.activationlab.core.activation;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Elementary functions in {@link BigDecimal}, written here from their series and continued
 * fractions so the reference values do not depend on any double-precision library.
 *
 * <p>Every function works with {@code guard} extra digits beyond the requested precision and
 * stops a series when a term falls below 10^-(working digits) of the sum. Whether that is enough
 * is not argued but measured: {@link ReferenceValuesGenerator} evaluates everything at two
 * precisions and refuses to write a file unless they agree (see its header), and
 * {@code BigMathTest} compares against published constants.
 */
final class BigMath {
    static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final int GUARD = 20;

    /** The working context: requested digits plus guard digits. */
    final MathContext mc;
    private final BigDecimal eps;
    private final BigDecimal pi;

    BigMath(int digits) {
        this.mc = new MathContext(digits + GUARD, RoundingMode.HALF_EVEN);
        this.eps = BigDecimal.ONE.movePointLeft(digits + GUARD + 2);
        this.pi = computePi();
    }

    BigDecimal pi() {
        return pi;
    }

    /** e^x: x/2^m by Taylor series, then squared m times (the extra digits cover the 2^m growth). */
    BigDecimal exp(BigDecimal x) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        if (x.abs().compareTo(BigDecimal.valueOf(1e9)) > 0) {
            throw new IllegalArgumentException("exp argument beyond BigDecimal's exponent range: " + x);
        }
        double mag = Math.abs(x.doubleValue());
        int m = mag < 1e-3 ? 0 : (int) Math.ceil(Math.log(mag) / Math.log(2)) + 10;
        MathContext w = new MathContext(mc.getPrecision() + m / 3 + 5, RoundingMode.HALF_EVEN);
        BigDecimal y = x.divide(TWO.pow(m), w);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(tiny) > 0; n++) {
            term = term.multiply(y, w).divide(BigDecimal.valueOf(n), w);
            sum = sum.add(term, w);
        }
        for (int i = 0; i < m; i++) {
            sum = sum.multiply(sum, w);
        }
        return sum.round(mc);
    }

    /** e^x − 1, by its own Taylor series for |x| < 1/2 (no cancellation), else e^x − 1. */
    BigDecimal expm1(BigDecimal x) {
        if (x.abs().compareTo(new BigDecimal("0.5")) >= 0) {
            return exp(x).subtract(BigDecimal.ONE, mc);
        }
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal term = BigDecimal.ONE;
        for (int n = 1; ; n++) {
            term = term.multiply(x, mc).divide(BigDecimal.valueOf(n), mc);
            sum = sum.add(term, mc);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().multiply(eps)) <= 0) {
                return sum;
            }
        }
    }

    /** ln(1+u) = 2·atanh(u/(2+u)), for u in [−1/2, 3]: relative accuracy even for tiny u. */
    BigDecimal log1p(BigDecimal u) {
        if (u.compareTo(new BigDecimal("-0.5")) < 0 || u.compareTo(BigDecimal.valueOf(3)) > 0) {
            throw new IllegalArgumentException("log1p only needed (and tested) on [-0.5, 3], got " + u);
        }
        BigDecimal z = u.divide(TWO.add(u, mc), mc);
        return TWO.multiply(atanhSeries(z), mc);
    }

    /** Σ z^(2k+1)/(2k+1), |z| ≤ 3/5. */
    private BigDecimal atanhSeries(BigDecimal z) {
        return oddSeries(z, false);
    }

    /** Σ (±1)^k z^(2k+1)/(2k+1): atanh (all +) or atan (alternating). */
    private BigDecimal oddSeries(BigDecimal z, boolean alternate) {
        BigDecimal z2 = z.multiply(z, mc);
        BigDecimal power = z;
        BigDecimal sum = z;
        for (int k = 1; ; k++) {
            power = power.multiply(z2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = alternate && (k & 1) == 1 ? sum.subtract(term, mc) : sum.add(term, mc);
            if (term.signum() == 0 || term.abs().compareTo(sum.abs().multiply(eps)) <= 0) {
                return sum;
            }
        }
    }

    /** π = 16·atan(1/5) − 4·atan(1/239) (Machin). */
    private BigDecimal computePi() {
        BigDecimal a = oddSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(5), mc), true);
        BigDecimal b = oddSeries(BigDecimal.ONE.divide(BigDecimal.valueOf(239), mc), true);
        return a.multiply(BigDecimal.valueOf(16)).subtract(b.multiply(BigDecimal.valueOf(4)), mc);
    }

    BigDecimal sqrt(BigDecimal x) {
        return x.sqrt(mc);
    }

    /** tanh(x) = −expm1(−2|x|)/(2 + expm1(−2|x|)), sign restored: no cancellation anywhere. */
    BigDecimal tanh(BigDecimal x) {
        BigDecimal m = expm1(x.abs().multiply(TWO).negate());
        BigDecimal t = m.negate().divide(TWO.add(m, mc), mc);
        return x.signum() < 0 ? t.negate() : t;
    }

    /** σ(x) = 1/(1 + e^−x). */
    BigDecimal sigmoid(BigDecimal x) {
        return BigDecimal.ONE.divide(BigDecimal.ONE.add(exp(x.negate()), mc), mc);
    }

    /**
     * Φ(x), the standard normal CDF. For |x| &lt; 4√2: ½·erfc(−x/√2) with erf from its series of
     * positive terms. Below: ½·e^(−x²/2)·erfcx(−x/√2) with x² exact and erfcx from Laplace's
     * continued fraction, so the huge exponent carries no rounding. Above: 1 − Φ(−x).
     */
    BigDecimal normalCdf(BigDecimal x) {
        BigDecimal t = x.negate().divide(sqrt(TWO), mc);
        BigDecimal half = new BigDecimal("0.5");
        if (t.compareTo(BigDecimal.valueOf(-4)) <= 0) {
            return BigDecimal.ONE.subtract(normalCdf(x.negate()), mc); // Φ(x) = 1 − Φ(−x) ≥ 1/2
        }
        if (t.compareTo(BigDecimal.valueOf(4)) < 0) {
            return half.multiply(erfcBySeries(t), mc);
        }
        BigDecimal e = exp(x.multiply(x).multiply(half).negate());
        return half.multiply(e, mc).multiply(erfcxByContinuedFraction(t), mc);
    }

    /** φ(x) = e^(−x²/2)/√(2π). */
    BigDecimal normalPdf(BigDecimal x) {
        BigDecimal e = exp(x.multiply(x).multiply(new BigDecimal("0.5")).negate());
        return e.divide(sqrt(TWO.multiply(pi, mc)), mc);
    }

    /**
     * erfc(t) = 1 − erf(t) for t &lt; 4 (negative t too), erf(t) = (2/√π)e^(−t²)·Σ 2^n t^(2n+1)/(2n+1)!!.
     * The series' terms are all positive; the subtraction 1 − erf loses at most t²/ln10 &lt; 7
     * digits, covered by extra working digits.
     */
    BigDecimal erfcBySeries(BigDecimal t) {
        MathContext w = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        BigDecimal t2 = t.multiply(t, w);
        BigDecimal term = t;
        BigDecimal sum = t;
        BigDecimal tiny = BigDecimal.ONE.movePointLeft(w.getPrecision() + 2);
        for (int n = 1; term.abs().compareTo(sum.abs().multiply(tiny)) > 0; n++) {
            term = term.multiply(t2, w).multiply(TWO).divide(BigDecimal.valueOf(2L * n + 1), w);
            sum = sum.add(term, w);
        }
        BigDecimal erf = TWO.divide(sqrt(pi), w).multiply(exp(t2.negate()), w).multiply(sum, w);
        return BigDecimal.ONE.subtract(erf, w).round(mc);
    }

    /**
     * erfcx(t) = e^(t²)·erfc(t) for t ≥ 4 by Laplace's continued fraction
     * (1/√π)·1/(t + (1/2)/(t + 1/(t + (3/2)/(t + ...)))), evaluated backwards; the depth doubles
     * until two depths agree to the working precision.
     */
    BigDecimal erfcxByContinuedFraction(BigDecimal t) {
        BigDecimal previous = null;
        for (int depth = 64; ; depth *= 2) {
            BigDecimal f = t;
            for (int n = depth; n >= 1; n--) {
                f = t.add(BigDecimal.valueOf(n).divide(TWO).divide(f, mc), mc);
            }
            BigDecimal value = BigDecimal.ONE.divide(f.multiply(sqrt(pi), mc), mc);
            if (previous != null && value.subtract(previous).abs().compareTo(value.multiply(eps)) <= 0) {
                return value;
            }
            if (depth > 1 << 20) {
                throw new IllegalStateException("erfcx continued fraction did not converge at t = " + t);
            }
            previous = value;
        }
    }
}
