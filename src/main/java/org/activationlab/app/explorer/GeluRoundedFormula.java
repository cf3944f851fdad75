package org.activationlab.app.explorer;

import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;

/**
 * The post's printed derivative of the tanh-form GELU (constants rounded to six digits), and
 * how far it really is from the exact derivatives: measured here on a fine grid, not quoted.
 */
public final class GeluRoundedFormula {
    public static final double FROM = -6;
    public static final double TO = 6;
    private static final int POINTS = 120_001;

    /**
     * Maximum absolute errors over [FROM, TO] and where they occur.
     *
     * @param vsTanhForm   against the exact derivative of the tanh form (the rounding error)
     * @param atTanhForm   x of that maximum
     * @param vsExactGelu  against the derivative of the exact GELU x·Φ(x)
     * @param atExactGelu  x of that maximum
     */
    public record Errors(double vsTanhForm, double atTanhForm, double vsExactGelu, double atExactGelu) {
    }

    private static Errors cached;

    private GeluRoundedFormula() {
    }

    /** The rounded formula: 0.5 tanh(u) + (0.0535161x³ + 0.398942x) sech²(u) + 0.5, u = 0.0356774x³ + 0.797885x. */
    public static double derivative(double x) {
        double x3 = x * x * x;
        double u = 0.0356774 * x3 + 0.797885 * x;
        double c = Math.cosh(u);
        double sech2 = Double.isInfinite(c) ? 0.0 : 1.0 / (c * c);
        double t = Math.tanh(u);
        double w = 0.0535161 * x3 + 0.398942 * x;
        return 0.5 * t + (sech2 == 0.0 ? 0.0 : w * sech2) + 0.5;
    }

    /** Measures the errors once (120,001 points) and keeps the result. */
    public static synchronized Errors errors() {
        if (cached == null) {
            cached = measure();
        }
        return cached;
    }

    private static Errors measure() {
        Activation tanhForm = ActivationKind.GELU_TANH.create();
        Activation exact = ActivationKind.GELU.create();
        double maxT = 0;
        double atT = 0;
        double maxE = 0;
        double atE = 0;
        for (int i = 0; i < POINTS; i++) {
            double x = FROM + (TO - FROM) * i / (POINTS - 1);
            double d = derivative(x);
            double et = Math.abs(d - tanhForm.derivative(x));
            double ee = Math.abs(d - exact.derivative(x));
            if (et > maxT) {
                maxT = et;
                atT = x;
            }
            if (ee > maxE) {
                maxE = ee;
                atE = x;
            }
        }
        return new Errors(maxT, atT, maxE, atE);
    }
}
