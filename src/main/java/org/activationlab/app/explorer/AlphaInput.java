package org.activationlab.app.explorer;

import java.math.BigDecimal;
import java.util.Locale;
import org.activationlab.core.activation.ActivationKind;

/**
 * Reads what the user typed into the alpha field: a number within the parameter's range, or a
 * message in plain words saying what is allowed. Never throws.
 */
final class AlphaInput {
    private AlphaInput() {
    }

    /** Either a value or a message. */
    record Result(double value, String error) {
        boolean ok() {
            return error == null;
        }
    }

    static Result parse(String text, ActivationKind.Parameter p, double kept) {
        String t = text == null ? "" : text.trim().replace('\u2212', '-');
        String range = format(p.min()) + " to " + format(p.max());
        if (t.isEmpty()) {
            return new Result(kept, "Type a number from " + range + ". Still using α = " + format(kept) + ".");
        }
        double v;
        try {
            v = Double.parseDouble(t.replace(',', '.'));
        } catch (NumberFormatException e) {
            v = Double.NaN;
        }
        if (!Double.isFinite(v) || t.matches("(?i).*[a-z].*") && !t.matches("(?i)[-+0-9.,]*e[-+]?[0-9]+")) {
            return new Result(kept, "“" + shorten(t) + "” is not a number. α takes values from " + range
                    + "; still using " + format(kept) + ".");
        }
        if (v < p.min() || v > p.max()) {
            return new Result(kept, "α must lie between " + format(p.min()) + " and " + format(p.max()) + "; "
                    + format(v) + " is outside. Still using " + format(kept) + ".");
        }
        return new Result(v, null);
    }

    /** Shortest plain form: 0.2, 1, 0.015. */
    static String format(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        String s = BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
        return s.length() > 12 ? String.format(Locale.ROOT, "%.6g", v) : s;
    }

    private static String shorten(String t) {
        return t.length() > 16 ? t.substring(0, 15) + "…" : t;
    }
}
