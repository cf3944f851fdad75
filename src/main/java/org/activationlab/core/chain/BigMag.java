package org.activationlab.core.chain;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * A real number of any magnitude: a double mantissa and a {@code long} binary exponent,
 * {@code value = mantissa · 2^exponent} with {@code |mantissa|} in [1, 2), or exactly zero.
 *
 * <p>Why: the gradient of a 10,000-layer chain can be 10^+20000 (weights of 100) or 10^−6000
 * (sigmoid), far outside the double range. A double would turn those into Infinity or a silent 0;
 * this type keeps them, with the same relative precision as a double (each multiplication rounds
 * once, to 53 bits). A real zero (a dead ReLU) stays a real zero. NaN and infinities cannot be
 * represented: {@link #of(double)} rejects them.
 *
 * <p>Instances are immutable and thread-safe; equal values are {@link #equals equal}.
 */
public final class BigMag implements Comparable<BigMag> {

    public static final BigMag ZERO = new BigMag(0.0, 0L);
    public static final BigMag ONE = new BigMag(1.0, 0L);

    /** Beyond this exponent gap the smaller addend is below half an ulp of the larger one. */
    private static final int ADD_GAP = 60;
    /**
     * Exponents up to this size are converted to decimal exactly; larger ones with a MathContext
     * (working precision + 10 digits, so the result is the same once rounded). Exactly, 2^−1000
     * is a 700-digit number: formatting a few such values on every frame of a drag made most of
     * the screen's garbage.
     */
    private static final int EXACT_DECIMAL_LIMIT = 64;
    private static final BigDecimal TWO = BigDecimal.valueOf(2);
    private static final BigDecimal FIVE = BigDecimal.valueOf(5);
    private static final double LOG10_2 = 0.30102999566398119521373889472449;

    private final double mantissa;
    private final long exponent;

    private BigMag(double mantissa, long exponent) {
        this.mantissa = mantissa;
        this.exponent = exponent;
    }

    /**
     * The exact value of a finite double (subnormals included).
     *
     * @throws IllegalArgumentException for NaN or an infinity
     */
    public static BigMag of(double x) {
        if (!Double.isFinite(x)) {
            throw new IllegalArgumentException("not a finite number: " + x);
        }
        return normalized(x, 0L);
    }

    /** {@code m · 2^e} for a finite m, normalised. */
    static BigMag normalized(double m, long e) {
        if (m == 0.0) {
            return ZERO;
        }
        int k = exponentOf(m);
        return new BigMag(Math.scalb(m, -k), e + k);
    }

    /** floor(log2 |x|) for a finite non-zero double, subnormals included. */
    static int exponentOf(double x) {
        int e = Math.getExponent(x);
        if (e == Double.MIN_EXPONENT - 1) {
            return Math.getExponent(x * 0x1p64) - 64;
        }
        return e;
    }

    /** The mantissa: ±[1, 2), or 0 for zero. */
    public double mantissa() {
        return mantissa;
    }

    /** The binary exponent: {@code value = mantissa · 2^binaryExponent}; 0 for zero. */
    public long binaryExponent() {
        return exponent;
    }

    public int signum() {
        return mantissa > 0 ? 1 : mantissa < 0 ? -1 : 0;
    }

    public boolean isZero() {
        return mantissa == 0.0;
    }

    public BigMag negate() {
        return isZero() ? this : new BigMag(-mantissa, exponent);
    }

    public BigMag abs() {
        return mantissa < 0 ? negate() : this;
    }

    /** {@code this · other}, rounded once to 53 bits. */
    public BigMag multiply(BigMag other) {
        if (isZero() || other.isZero()) {
            return ZERO;
        }
        return normalized(mantissa * other.mantissa, exponent + other.exponent);
    }

    /** {@code this · x} for a finite double. */
    public BigMag multiply(double x) {
        return multiply(of(x));
    }

    /**
     * {@code this / other}.
     *
     * @throws ArithmeticException when dividing by zero
     */
    public BigMag divide(BigMag other) {
        if (other.isZero()) {
            throw new ArithmeticException("division by zero");
        }
        if (isZero()) {
            return ZERO;
        }
        return normalized(mantissa / other.mantissa, exponent - other.exponent);
    }

    /** {@code this + other}, rounded once to 53 bits. */
    public BigMag add(BigMag other) {
        if (other.isZero()) {
            return this;
        }
        if (isZero()) {
            return other;
        }
        BigMag big = exponent >= other.exponent ? this : other;
        BigMag small = big == this ? other : this;
        long gap = big.exponent - small.exponent;
        if (gap > ADD_GAP) {
            return big;
        }
        return normalized(big.mantissa + Math.scalb(small.mantissa, (int) -gap), big.exponent);
    }

    public BigMag subtract(BigMag other) {
        return add(other.negate());
    }

    public BigMag square() {
        return multiply(this);
    }

    /**
     * The square root.
     *
     * @throws ArithmeticException for a negative number
     */
    public BigMag sqrt() {
        if (mantissa < 0) {
            throw new ArithmeticException("square root of a negative number: " + this);
        }
        if (isZero()) {
            return ZERO;
        }
        boolean odd = (exponent & 1L) != 0;
        double m = odd ? 2.0 * mantissa : mantissa;
        long e = odd ? exponent - 1 : exponent;
        return normalized(Math.sqrt(m), e / 2);
    }

    /** Compares absolute values: negative, zero or positive as |this| is below, equal or above |other|. */
    public int compareMagnitude(BigMag other) {
        if (isZero() || other.isZero()) {
            return Boolean.compare(!isZero(), !other.isZero());
        }
        if (exponent != other.exponent) {
            return Long.compare(exponent, other.exponent);
        }
        return Double.compare(Math.abs(mantissa), Math.abs(other.mantissa));
    }

    @Override
    public int compareTo(BigMag other) {
        int s = signum();
        int t = other.signum();
        if (s != t) {
            return Integer.compare(s, t);
        }
        return s >= 0 ? compareMagnitude(other) : other.compareMagnitude(this);
    }

    /** True when {@link #toDouble()} does not overflow (it may still underflow towards 0). */
    public boolean fitsInDouble() {
        return exponent <= Double.MAX_EXPONENT;
    }

    /**
     * The nearest double; values below the smallest subnormal become 0.
     *
     * @throws ArithmeticException if the magnitude exceeds {@link Double#MAX_VALUE}
     */
    public double toDouble() {
        if (!fitsInDouble()) {
            throw new ArithmeticException("beyond the double range: " + toScientific(6));
        }
        if (exponent < Double.MIN_EXPONENT - 60) {
            return mantissa > 0 ? 0.0 : mantissa < 0 ? -0.0 : 0.0;
        }
        return Math.scalb(mantissa, (int) exponent);
    }

    /**
     * log10 |this|, for log axes (about 1e-12 absolute accuracy even at 10^±20000).
     *
     * @throws ArithmeticException for zero, whose logarithm is not a number
     */
    public double log10Abs() {
        if (isZero()) {
            throw new ArithmeticException("log of zero");
        }
        return Math.log10(Math.abs(mantissa)) + exponent * LOG10_2;
    }

    /** The value as a decimal, accurate to the given context (exact when the context is unlimited). */
    public BigDecimal toBigDecimal(MathContext mc) {
        if (isZero()) {
            return BigDecimal.ZERO;
        }
        BigDecimal m = new BigDecimal(mantissa);
        if (Math.abs(exponent) <= EXACT_DECIMAL_LIMIT || mc.getPrecision() == 0) {
            return m.multiply(exactPowerOfTwo(exponent)).round(mc);
        }
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        int n = Math.toIntExact(Math.abs(exponent));
        BigDecimal p = exponent > 0 ? TWO.pow(n, work) : FIVE.pow(n, work).scaleByPowerOfTen(-n);
        return m.multiply(p, work).round(mc);
    }

    private static BigDecimal exactPowerOfTwo(long e) {
        int n = Math.toIntExact(Math.abs(e));
        if (e >= 0) {
            return new BigDecimal(BigInteger.ONE.shiftLeft(n));
        }
        return new BigDecimal(BigInteger.valueOf(5).pow(n), n); // 2^-n = 5^n · 10^-n
    }

    /**
     * Scientific notation with exactly {@code digits} significant digits and an exponent of any
     * size: {@code "3.43980000000000e+2"}, {@code "-1.2345e-2410"}; zero is {@code "0"}.
     */
    public String toScientific(int digits) {
        if (digits < 1) {
            throw new IllegalArgumentException("digits must be at least 1, got " + digits);
        }
        if (isZero()) {
            return "0";
        }
        BigDecimal r = toBigDecimal(new MathContext(digits + 8, RoundingMode.HALF_EVEN))
                .round(new MathContext(digits, RoundingMode.HALF_EVEN));
        StringBuilder u = new StringBuilder(r.unscaledValue().abs().toString());
        long decimalExponent = (long) u.length() - 1 - r.scale();
        while (u.length() < digits) {
            u.append('0');
        }
        u.setLength(digits);
        StringBuilder s = new StringBuilder(digits + 12);
        if (r.signum() < 0) {
            s.append('-');
        }
        s.append(u.charAt(0));
        if (digits > 1) {
            s.append('.').append(u, 1, digits);
        }
        s.append(decimalExponent < 0 ? "e-" : "e+").append(Math.abs(decimalExponent));
        return s.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BigMag b && b.exponent == exponent
                && Double.doubleToLongBits(b.mantissa) == Double.doubleToLongBits(mantissa);
    }

    @Override
    public int hashCode() {
        return Double.hashCode(mantissa) * 31 + Long.hashCode(exponent);
    }

    /** Scientific notation with 15 significant digits. */
    @Override
    public String toString() {
        return toScientific(15);
    }
}
