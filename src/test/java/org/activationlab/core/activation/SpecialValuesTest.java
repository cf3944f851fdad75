package org.activationlab.core.activation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The numbers the post and the issue name, kinks, limits at ±∞, and NaN handling. */
class SpecialValuesTest {

    private static Activation f(ActivationKind k) {
        return k.create();
    }

    /** |got − expected| ≤ 1e-13·|expected| (expected from the 40-digit golden file). */
    private static void assertClose(double expected, double got, String what) {
        assertTrue(Math.abs(got - expected) <= 1e-13 * Math.abs(expected),
                what + ": expected " + expected + ", got " + got);
    }

    @Test
    void sigmoidDerivativeAtTenIsThePostsValue() {
        double d = f(ActivationKind.SIGMOID).derivative(10);
        assertEquals(4.5396e-5, d, 0.00005e-5, "post: sigma'(10) = 4.5396e-5");
        assertClose(4.539580773595167103e-5, d, "sigma'(10)");
    }

    @Test
    void sigmoidDerivativePeaksAtQuarter() {
        Activation s = f(ActivationKind.SIGMOID);
        assertEquals(0.25, s.derivative(0));
        assertEquals(0.5, s.value(0));
        for (double x = -10; x <= 10; x += 0.01) {
            assertTrue(s.derivative(x) <= 0.25, "sigma'(" + x + ")");
        }
    }

    @ParameterizedTest(name = "{0}({1})")
    @CsvSource({
        // function, x, value, derivative: tails named in the issue, from the golden file
        "sigmoid,   40,  0.9999999999999999957516457,  4.248354255291588959232207E-18",
        "sigmoid,  -40,  4.248354255291588977280721E-18, 4.248354255291588959232207E-18",
        "tanh,      30,  1.0,                          3.502604305078608135395493E-26",
        "gelu,     -30, -1.472014178144456117860143E-196, -4.416031690708494370088946E-195",
        "gelu-tanh, -10, -1.204092348209805993659250E-37, -2.757638063854031607330147E-36",
        "softplus, 800,  800.0,                        1.0",
        "mish,     -30, -2.807286890651921033813309E-12, -2.713710660963392318358092E-12",
        "silu,     -30, -2.807286890651789686151869E-12, -2.713710660963134001290592E-12",
        "selu,      -1, -1.111330737812562761798641,   0.6467686030348140981415769",
    })
    void tailValuesNamedInTheIssue(String name, double x, double value, double derivative) {
        Activation a = f(ActivationKind.require(name));
        assertClose(value, a.value(x), name + "(" + x + ")");
        assertClose(derivative, a.derivative(x), name + "'(" + x + ")");
    }

    @Test
    void eluNearZeroKeepsRelativeAccuracy() {
        Activation elu = ActivationKind.ELU.create(1.0);
        assertClose(-9.999999950000000375892272E-9, elu.value(-1e-8), "elu(-1e-8)");
        assertEquals(-1e-300, elu.value(-1e-300));
        assertEquals(-Double.MIN_VALUE, elu.value(-Double.MIN_VALUE));
    }

    @Test
    void kinksFollowTheLeftBranch() {
        assertEquals(0.0, f(ActivationKind.RELU).derivative(0.0));
        assertEquals(0.0, f(ActivationKind.RELU).derivative(-0.0));
        for (double alpha : new double[] {0.0, 0.01, 0.2, 1.0}) {
            Activation leaky = ActivationKind.LEAKY_RELU.create(alpha);
            assertEquals(alpha, leaky.derivative(0.0));
            assertEquals(alpha, leaky.derivative(-0.0));
            assertEquals(0.0, leaky.value(0.0));
        }
        for (double alpha : new double[] {0.0, 0.2, 1.0, 10.0}) {
            Activation elu = ActivationKind.ELU.create(alpha);
            assertEquals(alpha, elu.derivative(0.0));
            assertEquals(alpha, elu.derivative(-0.0));
            assertEquals(0.0, elu.value(0.0));
        }
        assertEquals(Functions.SELU_LAMBDA * Functions.SELU_ALPHA, f(ActivationKind.SELU).derivative(0.0));
        assertEquals(1.0, f(ActivationKind.RELU).derivative(Double.MIN_VALUE));
        assertEquals(1.0, f(ActivationKind.ELU).derivative(Double.MIN_VALUE));
    }

    @Test
    void smoothFunctionsHaveTheirTextbookValuesAtZero() {
        assertEquals(Math.log(2), f(ActivationKind.SOFTPLUS).value(0), 1e-16);
        assertEquals(1.0, f(ActivationKind.TANH).derivative(0));
        assertEquals(0.5, f(ActivationKind.GELU).derivative(0));
        assertEquals(0.5, f(ActivationKind.GELU_TANH).derivative(0));
        assertEquals(0.5, f(ActivationKind.SILU).derivative(0));
        assertEquals(0.6, f(ActivationKind.MISH).derivative(0), 1e-16); // tanh(ln 2) = 3/5
    }

    @Test
    void seluConstantsAreThePublishedOnes() {
        assertEquals(1.6732632423543772848170429916717, Functions.SELU_ALPHA);
        assertEquals(1.0507009873554804934193349852946, Functions.SELU_LAMBDA);
        assertEquals(-Functions.SELU_LAMBDA * Functions.SELU_ALPHA, f(ActivationKind.SELU).value(-1000));
    }

    @Test
    void postsRoundedGeluDerivativeAgreesWithTheTanhFormToAboutOneMillionth() {
        Activation g = f(ActivationKind.GELU_TANH);
        double worst = 0;
        for (double x = -6; x <= 6; x += 0.01) {
            double u = 0.0356774 * x * x * x + 0.797885 * x;
            double sech = 1 / Math.cosh(u);
            double post = 0.5 * Math.tanh(u) + (0.0535161 * x * x * x + 0.398942 * x) * sech * sech + 0.5;
            worst = Math.max(worst, Math.abs(post - g.derivative(x)));
        }
        assertTrue(worst < 2e-6 && worst > 1e-9, "worst difference " + worst);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        // function, f(-inf), f'(-inf), f(+inf), f'(+inf)
        "sigmoid,    0, 0, 1, 0",
        "tanh,      -1, 0, 1, 0",
        "relu,       0, 0, Infinity, 1",
        "leaky-relu, -Infinity, 0.2, Infinity, 1",
        "elu,       -1, 0, Infinity, 1",
        "gelu,       0, 0, Infinity, 1",
        "gelu-tanh,  0, 0, Infinity, 1",
        "silu,       0, 0, Infinity, 1",
        "softplus,   0, 0, Infinity, 1",
        "mish,       0, 0, Infinity, 1",
        "linear,     -Infinity, 1, Infinity, 1",
    })
    void infinitiesGiveTheMathematicalLimits(String name, double vMinus, double dMinus, double vPlus, double dPlus) {
        Activation a = f(ActivationKind.require(name));
        assertEquals(vMinus, a.value(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(dMinus, a.derivative(Double.NEGATIVE_INFINITY), 0.0);
        assertEquals(vPlus, a.value(Double.POSITIVE_INFINITY), 0.0);
        assertEquals(dPlus, a.derivative(Double.POSITIVE_INFINITY), 0.0);
    }

    @Test
    void seluLimitsAreMinusLambdaAlphaAndInfinity() {
        Activation s = f(ActivationKind.SELU);
        assertEquals(-Functions.SELU_LAMBDA * Functions.SELU_ALPHA, s.value(Double.NEGATIVE_INFINITY));
        assertEquals(0.0, s.derivative(Double.NEGATIVE_INFINITY));
        assertEquals(Double.POSITIVE_INFINITY, s.value(Double.POSITIVE_INFINITY));
        assertEquals(Functions.SELU_LAMBDA, s.derivative(Double.POSITIVE_INFINITY));
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void noNanOrOverflowForAnyFiniteInput(ActivationKind kind) {
        double[] xs = {-Double.MAX_VALUE, -1e300, -1e154, -1e10, -1e5, -1000, -745.2, -709.8, -40, -1e-300,
            -Double.MIN_VALUE, -0.0, 0.0, Double.MIN_VALUE, 1e-300, 40, 709.8, 745.2, 1000, 1e5, 1e10, 1e154,
            1e300, Double.MAX_VALUE};
        for (double alpha : alphas(kind)) {
            Activation a = kind.create(alpha);
            for (double x : xs) {
                double v = a.value(x);
                double d = a.derivative(x);
                // SELU's λx exceeds the double range for x > MAX/λ: +∞ is then the correctly rounded value
                boolean valueMayOverflow = kind == ActivationKind.SELU && x > Double.MAX_VALUE / Functions.SELU_LAMBDA;
                assertTrue(Double.isFinite(v) || valueMayOverflow, a + " value(" + x + ") = " + v);
                assertTrue(Double.isFinite(d), a + " derivative(" + x + ") = " + d);
            }
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void nanPropagates(ActivationKind kind) {
        for (double alpha : alphas(kind)) {
            Activation a = kind.create(alpha);
            assertTrue(Double.isNaN(a.value(Double.NaN)), a + " value(NaN)");
            assertTrue(Double.isNaN(a.derivative(Double.NaN)), a + " derivative(NaN)");
        }
    }

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void valueIsMonotoneOrHasOneMinimumOnAFineGrid(ActivationKind kind) {
        // a sanity net for sign slips: f' ≥ 0 wherever f rises between neighbouring samples
        Activation a = kind.create();
        for (double x = -20; x < 20; x += 0.05) {
            double rise = a.value(x + 0.05) - a.value(x);
            double dl = a.derivative(x);
            double dr = a.derivative(x + 0.05);
            assertFalse(rise > 1e-12 && dl < 0 && dr < 0, a + " rises on [" + x + ", " + (x + 0.05) + "] but f' < 0");
            assertFalse(rise < -1e-12 && dl > 0 && dr > 0, a + " falls on [" + x + ", " + (x + 0.05) + "] but f' > 0");
        }
    }

    static double[] alphas(ActivationKind kind) {
        return kind.parameter()
                .map(p -> new double[] {p.min(), p.defaultValue(), p.max()})
                .orElse(new double[] {Double.NaN});
    }
}
