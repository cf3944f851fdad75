package org.activationlab.app.explorer;

import org.activationlab.core.activation.Activation;

/**
 * The analytic derivative next to a central finite difference (f(x+h) − f(x−h)) / 2h at one x,
 * so a student can see that the formula is right. h ≈ ∛ε·max(1, |x|) balances the truncation
 * error (∝ h²) against rounding (∝ ε/h).
 *
 * @param atKink true when x is so close to a kink (x = 0 of ReLU, Leaky ReLU, ELU, SELU) that the
 *               difference straddles it and averages the two one-sided slopes
 */
public record DerivativeCheck(double x, double h, double analytic, double numeric, double absError,
                              double relError, boolean atKink) {

    private static final double CBRT_EPS = Math.cbrt(Math.ulp(1.0));

    /** Compares f′(x) with the central difference for {@code f}. */
    public static DerivativeCheck of(Activation f, double x) {
        double h = CBRT_EPS * Math.max(1.0, Math.abs(x));
        // make x ± h exactly representable so the step really is 2h
        double xp = x + h;
        double xm = x - h;
        double numeric = (f.value(xp) - f.value(xm)) / (xp - xm);
        double analytic = f.derivative(x);
        double abs = Math.abs(analytic - numeric);
        double scale = Math.max(Math.abs(analytic), Math.abs(numeric));
        double rel = scale == 0 ? 0.0 : abs / scale;
        boolean kink = hasKink(f) && xm <= 0 && xp > 0;
        return new DerivativeCheck(x, h, analytic, numeric, abs, rel, kink);
    }

    private static boolean hasKink(Activation f) {
        return switch (f.kind()) {
            case RELU, LEAKY_RELU, ELU, SELU -> true;
            default -> false;
        };
    }
}
