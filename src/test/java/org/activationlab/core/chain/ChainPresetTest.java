package org.activationlab.core.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The post's numbers, from real forward and backward passes, to 1e-12 (relative for gradients). */
class ChainPresetTest {

    private static void assertRel(double expected, double actual, String what) {
        assertEquals(expected, actual, 1e-12 * Math.abs(expected), what);
    }

    @Test
    void explodingReproducesTheProductAndTheHonestUpdate() {
        Chain c = ChainPreset.EXPLODING.chain();
        ChainResult r = c.evaluate();
        assertEquals(4, c.depth());
        double[] d = {0.13, 0.21, 0.09, 0.14};
        for (int j = 1; j <= 4; j++) {
            assertEquals(100.0, c.weight(j), 0.0);
            assertEquals(d[j - 1], r.derivative(j), 1e-14, "σ'(z_" + j + ")");
            assertTrue(r.z(j) > 0, "the documented root z ≥ 0");
        }
        assertEquals(1.56, c.bias(1), 0.0);
        assertEquals(BigMag.ONE, r.dCdaL(), "dC/da4 = 1 exactly");
        assertRel(343.98, r.dCdb1().toDouble(), "dC/db1");
        assertEquals("3.43980000000000e+2", r.dCdb1().toScientific(15));
        ChainUpdate u = r.update(ChainPreset.EXPLODING.learningRate(), Clipping.NONE);
        assertEquals(-170.43, u.bias(1).newValueAsDouble(), 1e-12);
        assertTrue(ChainPreset.EXPLODING.caption().contains("173.55")
                && ChainPreset.EXPLODING.caption().contains("sign slip"));
    }

    @Test
    void vanishingReproducesTheTinyWeightUpdate() {
        Chain c = ChainPreset.VANISHING.chain();
        ChainResult r = c.evaluate();
        assertEquals(10.0, r.z(1), 1e-14);
        assertEquals("4.5396e-5", BigMag.of(r.derivative(1)).toScientific(5));
        assertEquals(0.2, c.weight(1), 0.0);
        assertRel(4.38e-8, r.dCdw(1).toDouble(), "dC/dw1");
        assertEquals("4.38000000000000e-8", r.dCdw(1).toScientific(15));
        ChainUpdate u = r.update(ChainPreset.VANISHING.learningRate(), Clipping.NONE);
        double w1 = u.weight(1).newValueAsDouble();
        assertEquals(0.2 - 0.5 * 4.38e-8, w1, 1e-12);
        assertEquals("1.99999978e-1", BigMag.of(w1).toScientific(9));
    }

    @Test
    void deadReluZeroesEverythingBehindTheDeadNeuron() {
        ChainResult r = ChainPreset.DEAD_RELU.chain().evaluate();
        assertTrue(r.z(3) < 0);
        for (int j = 1; j <= 3; j++) {
            assertTrue(r.dCdb(j).isZero(), "dC/db_" + j);
        }
        assertTrue(r.dCdw(4).isZero(), "a_3 = 0 also zeroes dC/dw_4");
        assertEquals(-1.0, r.dCdb(4).toDouble(), 0.0);
    }

    @Test
    void healthyChainPassesTheGradientUndiminished() {
        ChainResult r = ChainPreset.HEALTHY.chain().evaluate();
        for (int j = 1; j <= 4; j++) {
            assertEquals(BigMag.ONE, r.factor(j));
            assertRel(0.8, r.dCdb(j).toDouble(), "dC/db_" + j);
        }
    }

    @Test
    void presetsAreFoundByNameAndUnknownNamesListTheValidOnes() {
        assertEquals(ChainPreset.DEAD_RELU, ChainPreset.require("Dead-ReLU"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> ChainPreset.require("boom"));
        assertTrue(e.getMessage().contains("vanishing, exploding, dead-relu, healthy"), e.getMessage());
    }
}
