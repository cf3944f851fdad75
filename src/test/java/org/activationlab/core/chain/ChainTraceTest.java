package org.activationlab.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ChainTraceTest {

    @Test
    void walksBackFromTheCostOneFactorAtATime() {
        ChainTrace t = ChainPreset.EXPLODING.chain().evaluate().trace();
        assertEquals(5, t.stepCount());
        double[] running = {1, 14, 126, 2646, 343.98};
        double[] factors = {1, 14, 9, 21, 0.13};
        int[] layers = {4, 4, 3, 2, 1};
        for (int k = 0; k < 5; k++) {
            TraceStep s = t.step(k);
            assertEquals(k, s.step());
            assertEquals(layers[k], s.layer(), "layer of step " + k);
            assertEquals(factors[k], s.factor().toDouble(), 1e-12 * factors[k], "factor of step " + k);
            assertEquals(running[k], s.running().toDouble(), 1e-12 * running[k], "running product after step " + k);
        }
        assertEquals(TraceStep.Kind.COST_DERIVATIVE, t.step(0).kind());
        assertEquals(TraceStep.Kind.FIRST_DERIVATIVE, t.step(4).kind());
        assertTrue(t.step(1).amplifies() && !t.step(1).attenuates());
        assertTrue(t.step(4).attenuates());
        assertEquals(t.result().dCdb1(), t.step(4).running());
        assertEquals(t.result().dCda(1), t.step(3).running());
        assertThrows(IndexOutOfBoundsException.class, () -> t.step(5));
    }

    @Test
    void equationShowsSymbolsNumbersAndTheRunningProduct() {
        ChainTrace t = ChainPreset.EXPLODING.chain().evaluate().trace();
        String eq = t.equationLatex(4, 10, 5);
        assertTrue(eq.startsWith("\\frac{\\partial C}{\\partial b_{1}} = f'(z_{1}) \\cdot w_{2}f'(z_{2})"), eq);
        assertTrue(eq.contains("(100 \\times 0.21)"), eq);
        assertTrue(eq.endsWith("= 343.98"), eq);
        String two = t.equationLatex(2, 10, 5);
        assertTrue(two.startsWith("\\frac{\\partial C}{\\partial a_{2}} = w_{3}f'(z_{3}) \\cdot w_{4}f'(z_{4})"), two);
        assertTrue(two.endsWith("= 126"), two);
    }

    @Test
    void longEquationsAreElidedAndHugeNumbersUsePowersOfTen() {
        ChainTrace t = ChainUpdateTest.explodingChain(3_000).evaluate().trace();
        String eq = t.equationLatex(3_000, 6, 4);
        assertTrue(eq.contains("\\cdots"), eq);
        assertTrue(eq.length() < 600, eq);
        assertTrue(eq.matches(".*\\\\times10\\^\\{4\\d{3}\\}$"), eq);
        assertFalse(eq.contains("Infinity") || eq.contains("NaN"), eq);
        assertEquals("0", ChainTrace.latex(BigMag.ZERO, 4));
        assertEquals("-1.235\\times10^{-7}", ChainTrace.latex(BigMag.of(-1.2346e-7), 4));
    }

    @Test
    void singleLayerChainHasTwoSteps() {
        ChainTrace t = ChainPreset.HEALTHY.chain().withDepth(1).evaluate().trace();
        assertEquals(2, t.stepCount());
        assertEquals(TraceStep.Kind.FIRST_DERIVATIVE, t.step(1).kind());
        assertEquals(t.result().dCdb1(), t.steps().get(1).running());
    }
}
