package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every analytic derivative against a numerical one, in double, at every parameter's ends and
 * default. The numerical derivative is the five-point central difference
 * (−f(x+2h) + 8f(x+h) − 8f(x−h) + f(x−2h)) / 12h, truncation error O(h⁴); with h = 1e-3·max(1,|x|)
 * (rounded so that x ± h is exact) truncation and rounding (~ε|f|/h) both stay below ~1e-11.
 * Points closer than 3h to a kink (x = 0 for ReLU, Leaky ReLU, ELU, SELU) are skipped there.
 * The grid includes x = −5 and x = −1, where GELU-tanh and GELU switch formulas.
 */
class FiniteDifferenceTest {

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void analyticDerivativeMatchesFiniteDifferences(ActivationKind kind) {
        List<String> failures = new ArrayList<>();
        for (double alpha : SpecialValuesTest.alphas(kind)) {
            Activation f = kind.create(alpha);
            for (double x : points()) {
                double h = step(x);
                if (hasKink(kind) && Math.abs(x) < 3 * h) {
                    continue;
                }
                double numeric = (-f.value(x + 2 * h) + 8 * f.value(x + h) - 8 * f.value(x - h) + f.value(x - 2 * h))
                        / (12 * h);
                double analytic = f.derivative(x);
                double scale = Math.abs(analytic) + Math.abs(f.value(x)) / Math.max(1, Math.abs(x)) + 1e-3;
                if (!(Math.abs(analytic - numeric) <= 1e-9 * scale)) {
                    failures.add(f + " at x=" + x + ": analytic " + analytic + ", numeric " + numeric);
                }
            }
        }
        assertTrue(failures.isEmpty(), String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
    }

    /** x ± h and x ± 2h are exact doubles. */
    static double step(double x) {
        double h = 1e-3 * Math.max(1, Math.abs(x));
        return (x + h) - x;
    }

    static boolean hasKink(ActivationKind k) {
        return k == ActivationKind.RELU || k == ActivationKind.LEAKY_RELU || k == ActivationKind.ELU
                || k == ActivationKind.SELU;
    }

    static List<Double> points() {
        List<Double> xs = new ArrayList<>();
        for (int i = -300; i <= 300; i++) {
            xs.add(i * 0.0371 + 0.0013); // [-11, 11], awkward binary fractions, 0 not hit exactly
        }
        for (double x : new double[] {-1.0, -5.0, -0.75, -1.2785, -1.19, -3.0, 3.0, -15.0, 15.0}) {
            xs.add(x);
        }
        return xs;
    }
}
