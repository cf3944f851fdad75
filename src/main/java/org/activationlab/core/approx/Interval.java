package org.activationlab.core.approx;

import java.util.Locale;
import net.objecthunter.exp4j.Expression;
import net.objecthunter.exp4j.ExpressionBuilder;

/**
 * A closed interval [a, b] of the real line on which a target is approximated.
 *
 * <p>Only sensible intervals can be made: both ends finite, {@code a < b}, both ends within
 * ±{@value #MAX_ABS} and a width of at least {@value #MIN_WIDTH}. Outside these bounds the 1-D
 * experiment stops meaning anything (a grid of 10,001 points could not resolve it, or the ReLU
 * breakpoints would sit at magnitudes where double rounding swamps the error being shown).
 */
public record Interval(double a, double b) {
    /** Largest allowed magnitude of an end point. */
    public static final double MAX_ABS = 1e6;
    /** Smallest allowed width. */
    public static final double MIN_WIDTH = 1e-6;

    public Interval {
        if (!Double.isFinite(a) || !Double.isFinite(b)) {
            throw new IllegalArgumentException("interval ends must be finite numbers, got [" + a + ", " + b + "]");
        }
        if (!(a < b)) {
            throw new IllegalArgumentException("interval must have A < B, got [" + fmt(a) + ", " + fmt(b) + "]");
        }
        if (Math.abs(a) > MAX_ABS || Math.abs(b) > MAX_ABS) {
            throw new IllegalArgumentException("interval ends must lie within +/-" + fmt(MAX_ABS)
                    + ", got [" + fmt(a) + ", " + fmt(b) + "]");
        }
        if (b - a < MIN_WIDTH) {
            throw new IllegalArgumentException("interval is too narrow (width " + fmt(b - a)
                    + ", at least " + fmt(MIN_WIDTH) + " needed)");
        }
    }

    /** b − a. */
    public double width() {
        return b - a;
    }

    /**
     * The k-th of n evenly spaced points from a to b inclusive (n ≥ 2); the last one is exactly b,
     * so a grid never overshoots the interval through rounding.
     */
    public double gridPoint(int k, int n) {
        return k == n - 1 ? b : a + (b - a) * k / (n - 1);
    }

    /** n evenly spaced points from a to b inclusive (n ≥ 2). */
    public double[] grid(int n) {
        if (n < 2) {
            throw new IllegalArgumentException("a grid needs at least 2 points, got " + n);
        }
        double[] xs = new double[n];
        for (int k = 0; k < n; k++) {
            xs[k] = gridPoint(k, n);
        }
        return xs;
    }

    /** Whether a ≤ x ≤ b. */
    public boolean contains(double x) {
        return a <= x && x <= b;
    }

    /**
     * Parses {@code A:B}, where each end is a number or a constant expression such as
     * {@code -pi} or {@code 2*pi} (evaluated with exp4j, which knows pi, π and e).
     *
     * @throws IllegalArgumentException with a message naming what is wrong
     */
    public static Interval parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("interval is empty; write it as A:B, e.g. -1:1 or -pi:pi");
        }
        int colon = text.indexOf(':');
        if (colon < 0 || colon != text.lastIndexOf(':')) {
            throw new IllegalArgumentException("interval '" + text + "' must be written as A:B, e.g. -1:1 or -pi:pi");
        }
        double a = parseEnd(text.substring(0, colon), text);
        double b = parseEnd(text.substring(colon + 1), text);
        return new Interval(a, b);
    }

    private static double parseEnd(String end, String whole) {
        if (end.isBlank()) {
            throw new IllegalArgumentException("interval '" + whole + "' has an empty end; write it as A:B");
        }
        try {
            Expression e = new ExpressionBuilder(end.trim()).build();
            if (!e.validate().isValid()) {
                throw new IllegalArgumentException("bad number");
            }
            return e.evaluate();
        } catch (RuntimeException ex) {
            throw new IllegalArgumentException("interval end '" + end.trim() + "' in '" + whole
                    + "' is not a number or constant expression (e.g. 1.5, -pi, 2*pi)", ex);
        }
    }

    /** [a, b] with short numbers. */
    @Override
    public String toString() {
        return "[" + fmt(a) + ", " + fmt(b) + "]";
    }

    /** A number with up to 6 significant digits and no trailing zeros, e.g. 3.14159, 100000, 1e-06. */
    static String fmt(double v) {
        String s = String.format(Locale.ROOT, "%.6g", v);
        int e = s.indexOf('e');
        String mantissa = e < 0 ? s : s.substring(0, e);
        String exponent = e < 0 ? "" : s.substring(e);
        if (mantissa.indexOf('.') >= 0) {
            mantissa = mantissa.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return mantissa + exponent;
    }
}
