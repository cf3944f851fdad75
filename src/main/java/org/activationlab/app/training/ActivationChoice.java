package org.activationlab.app.training;

import java.util.Locale;
import java.util.Objects;
import org.activationlab.core.activation.ActivationKind;

/**
 * One activation to compare: a catalogue entry and its alpha (NaN when it has none).
 *
 * @param kind  the catalogue entry
 * @param alpha its parameter, NaN for functions without one
 */
public record ActivationChoice(ActivationKind kind, double alpha) {
    public ActivationChoice {
        Objects.requireNonNull(kind);
        if (!kind.hasParameter()) {
            alpha = Double.NaN;
        }
    }

    /** The entry with its catalogue default. */
    public static ActivationChoice of(ActivationKind kind) {
        return new ActivationChoice(kind, kind.parameter().map(p -> p.defaultValue()).orElse(Double.NaN));
    }

    /** Legend text, e.g. "Leaky ReLU (α 0.2)". */
    public String label() {
        if (!kind.hasParameter()) {
            return kind.displayName();
        }
        return kind.displayName() + String.format(Locale.ROOT, " (α %s)", trim(alpha));
    }

    static String trim(double v) {
        if (v != 0 && Math.abs(v) < 1e-3 && Double.isFinite(v)) {
            // four decimals would print a learning rate of 1e-7 as "0"
            return new java.math.BigDecimal(v).round(new java.math.MathContext(3)).stripTrailingZeros().toPlainString();
        }
        String s = String.format(Locale.ROOT, "%.4f", v);
        s = s.replaceAll("0+$", "");
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }
}
