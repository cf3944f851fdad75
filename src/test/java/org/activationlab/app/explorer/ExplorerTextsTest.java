package org.activationlab.app.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Notes, the GELU rounding measurement and the derivative check, without a UI. */
class ExplorerTextsTest {

    @ParameterizedTest
    @EnumSource(ActivationKind.class)
    void everyFunctionHasFormulasAndAnHonestNote(ActivationKind k) {
        FunctionNotes n = FunctionNotes.of(k);
        assertFalse(n.valueTex().isBlank());
        assertFalse(n.derivativeTex().isBlank());
        assertTrue(n.strengths().length() > 40 && n.weaknesses().length() > 40);
    }

    @Test
    void seluConstantsAreWrittenToFullPrecision() {
        String all = String.join(" ", FunctionNotes.of(ActivationKind.SELU).constants());
        assertTrue(all.contains("1.6732632423543772848170429916717"));
        assertTrue(all.contains("1.0507009873554804934193349852946"));
    }

    @Test
    void postsRoundedGeluDerivativeIsCloseToTheTanhFormButNotEqual() {
        GeluRoundedFormula.Errors e = GeluRoundedFormula.errors();
        assertTrue(e.vsTanhForm() > 1e-9 && e.vsTanhForm() < 1e-5, "rounding error " + e.vsTanhForm());
        assertTrue(e.vsExactGelu() > e.vsTanhForm() && e.vsExactGelu() < 0.01, "vs exact " + e.vsExactGelu());
        assertEquals(0.5, GeluRoundedFormula.derivative(0), 0.0);
        assertEquals(1.0, GeluRoundedFormula.derivative(1e6), 0.0, "no NaN for large x");
        assertEquals(0.0, GeluRoundedFormula.derivative(-1e6), 0.0);
    }

    @Test
    void tanhFormStaysWithinTheStatedDistanceOfExactGelu() {
        var exact = ActivationKind.GELU.create();
        var approx = ActivationKind.GELU_TANH.create();
        double max = 0;
        for (int i = 0; i <= 20000; i++) {
            double x = -10 + i * 1e-3;
            max = Math.max(max, Math.abs(exact.value(x) - approx.value(x)));
        }
        assertTrue(max < 0.0005, "the note says < 0.0005, measured " + max);
    }

    @ParameterizedTest
    @ValueSource(doubles = {-7.5, -1.3, -0.2, 0.37, 1.0, 2.5, 9.0})
    void analyticDerivativesMatchCentralDifferencesAwayFromKinks(double x) {
        for (ActivationKind k : ActivationKind.values()) {
            DerivativeCheck c = DerivativeCheck.of(k.create(), x);
            assertTrue(c.absError() < 1e-8 || c.relError() < 1e-7, k + " at " + x + ": " + c);
            assertFalse(c.atKink());
        }
    }

    @Test
    void kinkAtZeroIsFlaggedInsteadOfCountedAsAnError() {
        DerivativeCheck c = DerivativeCheck.of(ActivationKind.RELU.create(), 0.0);
        assertTrue(c.atKink());
        assertEquals(0.0, c.analytic());
        assertEquals(0.5, c.numeric(), 1e-9);
        assertFalse(DerivativeCheck.of(ActivationKind.SIGMOID.create(), 0.0).atKink());
    }
}
