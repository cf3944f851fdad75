package org.activationlab.app.control;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/**
 * Tick positions at "nice" numbers (1, 2 or 5 times a power of ten; whole decades on a log axis)
 * and their labels. Pure arithmetic, no JavaFX, so it is easy to test.
 */
public final class NiceTicks {
    /** A typographic minus: reads better than a hyphen from the back of a room. */
    public static final char MINUS = '\u2212';
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";

    private NiceTicks() {
    }

    /** Tick values and the labels to print next to them. */
    public record Ticks(double[] values, String[] labels) {
        public int size() {
            return values.length;
        }
    }

    /** At most {@code maxCount} ticks (at least 2 when the range allows) for an axis. */
    public static Ticks forAxis(AxisScale scale, double min, double max, int maxCount) {
        if (scale == AxisScale.LOG10) {
            Ticks t = log10(min, max, maxCount);
            if (t.size() >= 2) {
                return t;
            }
        }
        return linear(min, max, maxCount);
    }

    /** Linear ticks: multiples of a nice step inside [min, max]. */
    public static Ticks linear(double min, double max, int maxCount) {
        if (!(max > min) || !Double.isFinite(max - min)) {
            return new Ticks(new double[0], new String[0]);
        }
        int count = Math.max(2, maxCount);
        double step = niceStep((max - min) / (count - 1));
        double first = Math.ceil(min / step - 1e-9) * step;
        int n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        while (n > count && n > 2) {
            step = niceStep(step * 1.01);
            first = Math.ceil(min / step - 1e-9) * step;
            n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        }
        for (int k = 0; n < 2 && k < 4; k++) {
            // a step rounded up past half the range leaves one tick, and one tick gives no scale:
            // step down (5 → 2 → 1 …) until two fit, even if that passes maxCount by one or two
            step = niceStepBelow(step);
            first = Math.ceil(min / step - 1e-9) * step;
            n = (int) Math.floor((max - first) / step + 1e-9) + 1;
        }
        n = Math.max(0, n);
        double[] v = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            double t = first + i * step;
            if (Math.abs(t) < step * 1e-9) {
                t = 0.0;
            }
            v[i] = t;
            labels[i] = linearLabel(t, step, Math.max(Math.abs(min), Math.abs(max)));
        }
        return new Ticks(v, labels);
    }

    /** Log ticks: powers of ten inside [min, max], every k-th decade so at most maxCount remain. */
    public static Ticks log10(double min, double max, int maxCount) {
        if (!(min > 0) || !(max > min)) {
            return new Ticks(new double[0], new String[0]);
        }
        int lo = (int) Math.ceil(Math.log10(min) - 1e-9);
        int hi = (int) Math.floor(Math.log10(max) + 1e-9);
        int decades = hi - lo + 1;
        if (decades <= 0) {
            return new Ticks(new double[0], new String[0]);
        }
        int every = Math.max(1, (int) Math.ceil(decades / (double) Math.max(1, maxCount)));
        int start = (int) Math.ceil(lo / (double) every) * every;
        int n = start > hi ? 0 : (hi - start) / every + 1;
        double[] v = new double[n];
        String[] labels = new String[n];
        for (int i = 0; i < n; i++) {
            int e = start + i * every;
            v[i] = Math.pow(10, e);
            labels[i] = powerOfTenLabel(e);
        }
        return new Ticks(v, labels);
    }

    /** 1, 2 or 5 times a power of ten, the smallest such number ≥ raw. */
    static double niceStep(double raw) {
        double p = Math.pow(10, Math.floor(Math.log10(raw)));
        double m = raw / p;
        double nice = m <= 1.0 + 1e-9 ? 1 : m <= 2.0 + 1e-9 ? 2 : m <= 5.0 + 1e-9 ? 5 : 10;
        return nice * p;
    }

    /** The next nice step below {@code step} (itself nice): 5 → 2 → 1 → 0.5 … times a power of ten. */
    static double niceStepBelow(double step) {
        double p = Math.pow(10, Math.floor(Math.log10(step) + 1e-9));
        double m = step / p;
        return m > 5 - 1e-9 ? 2 * p : m > 2 - 1e-9 ? p : 0.5 * p;
    }

    static String linearLabel(double v, double step, double magnitude) {
        if (v == 0.0) {
            return "0";
        }
        if (magnitude >= 1e6 || step < 1e-4) {
            return withMinus(scientific(v, step));
        }
        int decimals = Math.max(0, (int) -Math.floor(Math.log10(step) + 1e-9));
        return withMinus(String.format(Locale.ROOT, "%." + decimals + "f", v));
    }

    private static String scientific(double v, double step) {
        int exp = (int) Math.floor(Math.log10(Math.abs(v)));
        int stepExp = (int) Math.floor(Math.log10(step) + 1e-9);
        int digits = Math.max(0, exp - stepExp);
        String mant = String.format(Locale.ROOT, "%." + digits + "f", v / Math.pow(10, exp));
        return mant + "e" + exp;
    }

    /** 10⁻³ style; plain decimals from 0.001 to 1000. */
    static String powerOfTenLabel(int e) {
        if (e >= -3 && e <= 3) {
            return e >= 0 ? BigDecimal.TEN.pow(e).toPlainString() : BigDecimal.ONE.movePointLeft(-e).toPlainString();
        }
        StringBuilder sb = new StringBuilder("10");
        String digits = Integer.toString(Math.abs(e));
        if (e < 0) {
            sb.append('⁻');
        }
        for (char c : digits.toCharArray()) {
            sb.append(SUPERSCRIPTS.charAt(c - '0'));
        }
        return sb.toString();
    }

    /** A value with {@code significant} digits, plain where that is short, else scientific. */
    public static String formatValue(double v, int significant) {
        if (Double.isNaN(v)) {
            return "—";
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? "∞" : MINUS + "∞";
        }
        if (v == 0.0) {
            return "0";
        }
        double a = Math.abs(v);
        String s;
        if (a >= 1e-4 && a < 1e6) {
            s = new BigDecimal(v).round(new MathContext(significant)).stripTrailingZeros().toPlainString();
        } else {
            s = String.format(Locale.ROOT, "%." + (significant - 1) + "e", v).replaceAll("e(-?)\\+?0*(\\d)", "e$1$2");
        }
        return withMinus(s);
    }

    private static String withMinus(String s) {
        return s.replace('-', MINUS);
    }
}
