package org.activationlab.core.chain;

import static org.activationlab.core.chain.BigMagTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;

class ChainUpdateTest {
    private static final MathContext MC = new MathContext(40);

    /** Sigmoid, weights 100, every z_j steered to 0.5: factors ≈ 23.5, dC/db_1 ≈ 10^+13700 at depth 10,000. */
    static Chain explodingChain(int depth) {
        Activation f = ActivationKind.SIGMOID.create();
        double[] w = new double[depth];
        double[] b = new double[depth];
        double a = 0.5;
        for (int i = 0; i < depth; i++) {
            w[i] = 100;
            b[i] = 0.5 - 100 * a;
            a = f.value(100 * a + b[i]);
        }
        return Chain.of(f, w, b, 0.5, 0.0, CostFunction.QUADRATIC);
    }

    @Test
    void clippingByValueCapsEachComponentAndKeepsTheRawStepBesideIt() {
        ChainUpdate u = ChainPreset.EXPLODING.chain().evaluate().update(0.5, Clipping.byValue(0.5));
        ParamUpdate b1 = u.bias(1);
        assertEquals(343.98, b1.rawGradient().toDouble(), 1e-9);
        assertEquals(0.5, b1.gradient().toDouble(), 0.0);
        assertEquals(171.99, b1.rawStep().toDouble(), 1e-9);
        assertEquals(0.25, b1.step().toDouble(), 0.0);
        assertEquals(1.31, b1.newValueAsDouble(), 1e-15);
        assertTrue(b1.clipped());
        for (int j = 1; j <= 4; j++) {
            assertTrue(u.bias(j).gradient().compareMagnitude(BigMag.of(0.5)) <= 0);
            assertTrue(u.weight(j).gradient().compareMagnitude(BigMag.of(0.5)) <= 0);
        }
        // a small component is left alone
        ChainUpdate small = ChainPreset.VANISHING.chain().evaluate().update(0.5, Clipping.byValue(0.5));
        assertFalse(small.weight(1).clipped());
        assertEquals(0.2 - 0.5 * 4.38e-8, small.weight(1).newValueAsDouble(), 1e-12);
    }

    @Test
    void clippingByNormRescalesTheWholeVectorToTheThreshold() {
        ChainResult r = ChainPreset.EXPLODING.chain().evaluate();
        ChainUpdate u = r.update(0.5, Clipping.byNorm(1.0));
        BigDecimal sumSq = BigDecimal.ZERO;
        for (int j = 1; j <= 4; j++) {
            sumSq = sumSq.add(r.dCdb(j).toBigDecimal(MC).pow(2)).add(r.dCdw(j).toBigDecimal(MC).pow(2));
        }
        BigDecimal norm = sumSq.sqrt(MC);
        assertRelative(norm, u.rawNorm(), 1e-14, "raw norm");
        assertEquals(1.0, u.clippedNorm().toDouble(), 1e-14);
        for (int j = 1; j <= 4; j++) {
            BigDecimal expected = r.dCdb(j).toBigDecimal(MC).divide(norm, MC);
            assertRelative(expected, u.bias(j).gradient(), 1e-14, "clipped dC/db_" + j);
        }
        ChainUpdate loose = r.update(0.5, Clipping.byNorm(1e6));
        assertEquals(r.dCdb1(), loose.bias(1).gradient(), "below the threshold nothing changes");
    }

    /** ‖g‖ in BigDecimal, after clipping each component to [−t, t] when t is given. */
    private static BigDecimal exactNorm(ChainResult r, BigDecimal t) {
        BigDecimal sumSq = BigDecimal.ZERO;
        for (int j = 1; j <= r.depth(); j++) {
            for (BigMag g : new BigMag[] {r.dCdb(j), r.dCdw(j)}) {
                BigDecimal v = g.toBigDecimal(MC).abs();
                v = t != null && v.compareTo(t) > 0 ? t : v;
                sumSq = sumSq.add(v.pow(2, MC), MC);
            }
        }
        return sumSq.sqrt(MC);
    }

    @Test
    void gradientNormsMatchAnExactSumOverMagnitudesSpanningThousandsOfDecades() {
        // exploding: terms from about 10^+2700 down to 10^+0, and vanishing: 1 down to about 10^−900
        for (ChainResult r : new ChainResult[] {explodingChain(2000).evaluate(),
                ChainPreset.VANISHING.chain().withDepth(3000).evaluate()}) {
            ChainUpdate raw = r.update(0.1, Clipping.NONE);
            assertRelative(exactNorm(r, null), raw.rawNorm(), 1e-13, "raw norm at depth " + r.depth());
            assertEquals(raw.rawNorm(), raw.clippedNorm());
            ChainUpdate byValue = r.update(0.1, Clipping.byValue(1e-3));
            assertRelative(exactNorm(r, new BigDecimal("1e-3")), byValue.clippedNorm(), 1e-13, "clipped by value");
            assertEquals(raw.rawNorm(), byValue.rawNorm());
        }
    }

    @Test
    void normClippingWorksForGradientsFarBeyondTheDoubleRange() {
        ChainResult r = explodingChain(10_000).evaluate();
        assertTrue(r.dCdb1().log10Abs() > 10_000, r.dCdb1().toString());
        ChainUpdate raw = r.update(0.1, Clipping.NONE);
        assertTrue(raw.overflow());
        assertTrue(raw.bias(1).overflow());
        assertRelative(raw.bias(1).step().negate().toBigDecimal(MC), raw.bias(1).newValue(), 1e-15, "new b1");
        assertThrows(IllegalStateException.class, raw::updatedChain);

        ChainUpdate clipped = r.update(0.1, Clipping.byNorm(1.0));
        assertFalse(clipped.overflow());
        assertEquals(1.0, clipped.clippedNorm().toDouble(), 1e-12);
        assertRelative(r.dCdb1().toBigDecimal(MC).divide(raw.rawNorm().toBigDecimal(MC), MC),
                clipped.bias(1).gradient(), 1e-13, "clipped dC/db_1");
        Chain next = clipped.updatedChain();
        assertEquals(10_000, next.depth());
    }

    @Test
    void aVanishingStepBelowTheResolutionOfADoubleIsFlagged() {
        Chain c = Chain.uniform(ActivationKind.SIGMOID.create(), 10_000, 1.0, 0.0, 1.0, 0.0, CostFunction.QUADRATIC);
        ChainUpdate u = c.evaluate().update(0.5, Clipping.NONE);
        ParamUpdate b1 = u.bias(1);
        assertFalse(b1.step().isZero());
        assertTrue(b1.belowResolution());
        assertEquals(0.0, b1.newValueAsDouble(), 0.0);
        assertFalse(u.bias(10_000).belowResolution());
    }

    @Test
    void badLearningRatesAndThresholdsAreRejected() {
        ChainResult r = ChainPreset.HEALTHY.chain().evaluate();
        assertThrows(IllegalArgumentException.class, () -> r.update(Double.NaN, Clipping.NONE));
        assertThrows(IllegalArgumentException.class, () -> r.update(-1, Clipping.NONE));
        assertThrows(IllegalArgumentException.class, () -> Clipping.byValue(0));
        assertThrows(IllegalArgumentException.class, () -> Clipping.byNorm(Double.POSITIVE_INFINITY));
    }

    @Test
    void trainingRecordsCostAndPerLayerSpeeds() {
        ChainTraining t = ChainTraining.run(ChainPreset.HEALTHY.chain(), 50, 0.05, Clipping.NONE);
        assertEquals(50, t.steps());
        assertTrue(t.stopReason().isEmpty());
        assertTrue(t.cost(49).compareTo(t.cost(0)) < 0, t.cost(0) + " → " + t.cost(49));

        Chain slow = Chain.uniform(ActivationKind.SIGMOID.create(), 6, 1.0, 0.0, 1.0, 0.0, CostFunction.QUADRATIC);
        ChainTraining v = ChainTraining.run(slow, 20, 0.5, Clipping.NONE);
        for (int s = 0; s < 20; s++) {
            assertTrue(v.biasGradientMagnitude(s, 1).compareTo(v.biasGradientMagnitude(s, 6)) < 0,
                    "the first sigmoid layer learns slower than the last at step " + s);
        }
    }

    @Test
    void trainingStopsWithAReasonWhenAParameterOverflows() {
        ChainTraining t = ChainTraining.run(explodingChain(2_000), 5, 0.1, Clipping.NONE);
        assertEquals(1, t.steps());
        assertTrue(t.stopReason().orElseThrow().contains("double range"), t.stopReason().orElseThrow());
        assertThrows(IllegalArgumentException.class, () -> ChainTraining.run(explodingChain(10_000), 201, 0.1,
                Clipping.NONE));
        assertThrows(IllegalArgumentException.class, () -> ChainTraining.run(explodingChain(3), 0, 0.1,
                Clipping.NONE));
    }
}
