package org.activationlab.core.chain;

/**
 * A reusable {@link BigMag} for hot loops: mantissa · 2^exponent, normalised exactly as
 * {@code BigMag} normalises, so a chain of operations here gives the same bits as the same chain
 * of {@code BigMag} operations, without an object per step. Not thread-safe; one per loop.
 */
final class MutableMag {
    private double mantissa;
    private long exponent;

    /** Sets the value to m · 2^e (m finite), normalised as {@link BigMag#normalized}. */
    MutableMag set(double m, long e) {
        if (m == 0.0) {
            mantissa = 0.0;
            exponent = 0L;
        } else {
            int k = BigMag.exponentOf(m);
            mantissa = Math.scalb(m, -k);
            exponent = e + k;
        }
        return this;
    }

    /** this · x for a finite double x, rounded once, as {@code BigMag.multiply(BigMag.of(x))}. */
    MutableMag times(double x) {
        if (mantissa == 0.0 || x == 0.0) {
            return set(0.0, 0L);
        }
        int k = BigMag.exponentOf(x);
        return set(mantissa * Math.scalb(x, -k), exponent + k);
    }

    /** this · b, rounded once, as {@code BigMag.multiply}. */
    MutableMag times(BigMag b) {
        if (mantissa == 0.0 || b.isZero()) {
            return set(0.0, 0L);
        }
        return set(mantissa * b.mantissa(), exponent + b.binaryExponent());
    }

    /** Clamps the magnitude to t &gt; 0 (|this| &gt; t → ±t with this sign), as clipping by value does. */
    MutableMag clampMagnitude(BigMag t) {
        if (mantissa == 0.0) {
            return this;
        }
        boolean above = exponent != t.binaryExponent() ? exponent > t.binaryExponent()
                : Math.abs(mantissa) > Math.abs(t.mantissa());
        return above ? set(Math.copySign(t.mantissa(), mantissa), t.binaryExponent()) : this;
    }

    double mantissa() {
        return mantissa;
    }

    long exponent() {
        return exponent;
    }

    boolean isZero() {
        return mantissa == 0.0;
    }

    /** log10 |this| (for a non-zero value), as {@link BigMag#log10Abs()}. */
    double log10Abs() {
        return Math.log10(Math.abs(mantissa)) + exponent * 0.30102999566398119521373889472449;
    }
}
