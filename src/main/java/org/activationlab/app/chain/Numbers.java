package org.activationlab.app.chain;

import java.math.BigDecimal;
import org.activationlab.core.chain.BigMag;

/**
 * Formats numbers for the chain screen and parses what the user types. Magnitudes beyond the
 * double range are shown as {@code 3.44 × 10^2410}: never "Infinity", never a silent 0.
 */
final class Numbers {
    private Numbers() {
    }

    /**
     * A value with {@code digits} significant digits: plain between 0.001 and 10^6
     * ({@code 343.98}, {@code -170.43}), else {@code 4.38 × 10^-8}; a true zero is {@code 0}.
     */
    static String format(BigMag v, int digits) {
        if (v.isZero()) {
            return "0";
        }
        String s = v.toScientific(digits);
        int e = s.indexOf('e');
        long exp = Long.parseLong(s.substring(e + 1));
        if (exp >= -3 && exp < 6) {
            return new BigDecimal(s).stripTrailingZeros().toPlainString().replace('-', '−');
        }
        String mant = new BigDecimal(s.substring(0, e)).stripTrailingZeros().toPlainString();
        return (mant + " × 10^" + exp).replace('-', '−');
    }

    /** A double (finite) formatted like {@link #format(BigMag, int)}. */
    static String format(double v, int digits) {
        if (!Double.isFinite(v)) {
            return String.valueOf(v);
        }
        return format(BigMag.of(v), digits);
    }

    /** A value for an input field: the shortest text that reads back as the same double. */
    static String input(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        return Double.toString(v);
    }

    /**
     * Parses a finite number the user typed (a leading "−" and a decimal comma are accepted).
     *
     * @throws IllegalArgumentException naming {@code what} for anything else
     */
    static double parse(String what, String text) {
        String t = text == null ? "" : text.trim().replace('−', '-').replace(',', '.');
        if (t.isEmpty()) {
            throw new IllegalArgumentException(what + " needs a number");
        }
        double v;
        try {
            v = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a number, got '" + text.trim() + "'");
        }
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException(what + " must be a finite number, got '" + text.trim() + "'");
        }
        return v;
    }

    /** Parses a whole number in [min, max]. @throws IllegalArgumentException naming {@code what} */
    static int parseInt(String what, String text, int min, int max) {
        String t = text == null ? "" : text.trim().replace("_", "").replace(" ", "");
        long v;
        try {
            v = Long.parseLong(t);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number between " + min + " and " + max
                    + ", got '" + (text == null ? "" : text.trim()) + "'");
        }
        if (v < min || v > max) {
            throw new IllegalArgumentException(what + " must be between " + min + " and " + max + ", got " + v);
        }
        return (int) v;
    }
}
