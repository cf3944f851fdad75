package org.activationlab.core.chain;

import static org.activationlab.core.chain.BigMagTest.assertRelative;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.SplittableRandom;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChainResultTest {
    private static final MathContext MC = new MathContext(40);

    /**
     * An independent reference: forward in double with the catalogue (f and f' are the double
     * functions under test elsewhere), backward in 40-digit BigDecimal, one product per layer.
     */
    private static void checkAgainstBigDecimal(Chain c, double relTol) {
        ChainResult r = c.evaluate();
        int n = c.depth();
        Activation f = c.activation();
        double[] a = new double[n + 1];
        double[] d = new double[n];
        a[0] = c.input();
        for (int j = 1; j <= n; j++) {
            double z = c.weight(j) * a[j - 1] + c.bias(j);
            a[j] = f.value(z);
            d[j - 1] = f.derivative(z);
            assertEquals(d[j - 1], r.derivative(j), 0.0, "f'(z) of layer " + j);
        }
        BigDecimal running = new BigDecimal(a[n]).subtract(new BigDecimal(c.target())).multiply(BigDecimal.valueOf(2));
        assertRelative(running, r.dCdaL(), 1e-15, "dC/da_L");
        for (int j = n; j >= 1; j--) {
            BigDecimal dj = new BigDecimal(d[j - 1]);
            BigDecimal db = running.multiply(dj, MC);
            assertRelative(db, r.dCdb(j), relTol, "dC/db_" + j + " of " + c);
            assertRelative(db.multiply(new BigDecimal(a[j - 1]), MC), r.dCdw(j), relTol, "dC/dw_" + j + " of " + c);
            running = running.multiply(new BigDecimal(c.weight(j)).multiply(dj, MC), MC);
        }
        assertRelative(running, r.dCda(0), relTol, "dC/da_0");
    }

    /** Sigmoid chain whose biases are solved so that every z_j is a random value in [−1, 1]. */
    private static Chain steeredSigmoidChain(int depth, double weight, SplittableRandom rnd) {
        Activation f = ActivationKind.SIGMOID.create();
        double[] w = new double[depth];
        double[] b = new double[depth];
        double a = 0.3;
        for (int i = 0; i < depth; i++) {
            w[i] = weight * (rnd.nextBoolean() ? 1 : -1) * (0.5 + rnd.nextDouble());
            b[i] = rnd.nextDouble(-1, 1) - w[i] * a;
            a = f.value(w[i] * a + b[i]);
        }
        return Chain.of(f, w, b, 0.3, 0.9, CostFunction.QUADRATIC);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 10, 100, 1000, 10_000})
    void randomChainsMatchAHighPrecisionReference(int depth) {
        SplittableRandom rnd = new SplittableRandom(depth);
        ActivationKind[] kinds = ActivationKind.values();
        for (int trial = 0; trial < (depth > 1000 ? 2 : 6); trial++) {
            ActivationKind k = kinds[rnd.nextInt(kinds.length)];
            double[] w = new double[depth];
            double[] b = new double[depth];
            for (int i = 0; i < depth; i++) { // |w| ≤ 1 keeps unbounded activations finite at any depth
                w[i] = rnd.nextDouble(-1, 1);
                b[i] = rnd.nextDouble(-1, 1);
            }
            Chain c = Chain.of(k.create(), w, b, rnd.nextDouble(-2, 2), rnd.nextDouble(-1, 1), CostFunction.QUADRATIC);
            checkAgainstBigDecimal(c, 1e-11);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 7, 500, 10_000})
    void explodingAndVanishingMagnitudesStayExactFarBeyondTheDoubleRange(int depth) {
        SplittableRandom rnd = new SplittableRandom(42 + depth);
        Chain exploding = steeredSigmoidChain(depth, 100, rnd);
        checkAgainstBigDecimal(exploding, 1e-11);
        Chain vanishing = steeredSigmoidChain(depth, 0.5, rnd);
        checkAgainstBigDecimal(vanishing, 1e-11);
        if (depth == 10_000) {
            double up = exploding.evaluate().dCdb1().log10Abs();
            double down = vanishing.evaluate().dCdb1().log10Abs();
            assertTrue(up > 10_000, "10,000 layers of |w| ≈ 100 explode far beyond 1e308: 10^" + up);
            assertTrue(down < -6_000, "10,000 sigmoid layers with |w| ≈ 0.5 vanish below 1e-6000: 10^" + down);
        }
    }

    @Test
    void plainSigmoidChainOfTenThousandLayersVanishesToAboutTenToTheMinusSixThousand() {
        Chain c = Chain.uniform(ActivationKind.SIGMOID.create(), 10_000, 1.0, 0.0, 1.0, 0.0, CostFunction.QUADRATIC);
        checkAgainstBigDecimal(c, 1e-11);
        BigMag g = c.evaluate().dCdb1();
        assertTrue(!g.isZero() && g.log10Abs() < -6000 && g.log10Abs() > -7000, g.toString());
    }

    @Test
    void tenThousandLinearLayersOfWeightHundredReachTenToTheTwentyThousand() {
        // a_0 = 0 and b = 0 keep every z_j = 0, so the forward pass stays finite while the factors are all 100
        Chain c = Chain.uniform(ActivationKind.LINEAR.create(), 10_000, 100.0, 0.0, 0.0, 1.0, CostFunction.QUADRATIC);
        checkAgainstBigDecimal(c, 1e-11);
        ChainResult r = c.evaluate();
        assertEquals(20_000.0, r.dCda(0).abs().divide(BigMag.of(2)).log10Abs(), 1e-9);
        assertTrue(r.dCdb1().toScientific(15).matches("-(1\\.99999999999\\d{3}|2\\.00000000000\\d{3})e\\+19998"),
                r.dCdb1().toString());
    }

    @Test
    void deadReluGivesARealZeroNotAnUnderflow() {
        Chain c = Chain.uniform(ActivationKind.RELU.create(), 5, 1.0, 0.5, 1.0, 0.0, CostFunction.QUADRATIC)
                .withBias(3, -10);
        ChainResult r = c.evaluate();
        for (int j = 1; j <= 3; j++) {
            assertTrue(r.dCdb(j).isZero(), "layer " + j);
            assertEquals("0", r.dCdb(j).toScientific(15));
        }
        assertTrue(!r.dCdb(5).isZero());
        assertEquals(Double.NEGATIVE_INFINITY, r.log10AbsBiasGradients()[0]);
    }

    @Test
    void forwardOverflowIsAClearErrorNotInfinity() {
        Chain c = Chain.uniform(ActivationKind.RELU.create(), 200, 100.0, 0.0, 1.0, 0.0, CostFunction.QUADRATIC);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::evaluate);
        assertTrue(e.getMessage().contains("double range at layer 155"), e.getMessage());
    }

    @Test
    void quadraticCostOfAHugeOutputIsHugeNotInfinite() {
        Chain c = Chain.uniform(ActivationKind.LINEAR.create(), 1, 1e300, 0.0, 1e8, 0.0, CostFunction.QUADRATIC);
        ChainResult r = c.evaluate();
        assertEquals("1.00000000000000e+616", r.cost().toScientific(15));
        assertEquals("2.00000000000000e+308", r.dCdaL().toScientific(15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"sigmoid", "tanh", "elu", "selu", "gelu", "gelu-tanh", "silu", "softplus", "mish",
            "linear", "leaky-relu", "relu"})
    void gradientsMatchFiniteDifferencesOfTheCost(String name) {
        SplittableRandom rnd = new SplittableRandom(name.hashCode());
        Activation f = ActivationKind.require(name).create();
        for (CostFunction cost : CostFunction.values()) {
            double[] w = {rnd.nextDouble(0.5, 1.5), rnd.nextDouble(-1.5, -0.5), rnd.nextDouble(0.5, 1.5)};
            double[] b = {0.3, 0.4, 0.2};
            Chain q = Chain.of(f, w, b, 0.7, 0.25, CostFunction.QUADRATIC);
            double out = q.evaluate().output();
            if (cost == CostFunction.CROSS_ENTROPY && !(out > 0.01 && out < 0.99)) {
                continue; // cross-entropy is defined only for outputs in (0, 1)
            }
            Chain c = q.withCost(cost);
            ChainResult r = c.evaluate();
            double h = 1e-6;
            for (int j = 1; j <= 3; j++) {
                double nb = (costOf(c.withBias(j, b[j - 1] + h)) - costOf(c.withBias(j, b[j - 1] - h))) / (2 * h);
                double nw = (costOf(c.withWeight(j, w[j - 1] + h)) - costOf(c.withWeight(j, w[j - 1] - h))) / (2 * h);
                assertEquals(nb, r.dCdb(j).toDouble(), 1e-6 * Math.max(1, Math.abs(nb)),
                        name + " " + cost + " dC/db_" + j + ": numeric " + nb + ", analytic " + r.dCdb(j));
                assertEquals(nw, r.dCdw(j).toDouble(), 1e-6 * Math.max(1, Math.abs(nw)),
                        name + " " + cost + " dC/dw_" + j + ": numeric " + nw + ", analytic " + r.dCdw(j));
            }
        }
    }

    private static double costOf(Chain c) {
        return c.evaluate().cost().toDouble();
    }

    @Test
    void crossEntropyOutsideItsDomainIsAClearError() {
        Chain c = Chain.uniform(ActivationKind.RELU.create(), 2, 1.0, 0.5, 1.0, 0.5, CostFunction.CROSS_ENTROPY);
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, c::evaluate);
        assertTrue(e.getMessage().contains("strictly between 0 and 1"), e.getMessage());
        Chain saturated = Chain.uniform(ActivationKind.SIGMOID.create(), 1, 1.0, 50, 1.0, 0.5, CostFunction.CROSS_ENTROPY);
        assertThrows(IllegalArgumentException.class, saturated::evaluate);
        Chain badTarget = Chain.uniform(ActivationKind.SIGMOID.create(), 1, 1.0, 0, 1.0, 2.0, CostFunction.CROSS_ENTROPY);
        assertThrows(IllegalArgumentException.class, badTarget::evaluate);
    }

    @Test
    void badChainsAreRejectedWithTheReason() {
        Activation s = ActivationKind.SIGMOID.create();
        CostFunction q = CostFunction.QUADRATIC;
        assertThrows(IllegalArgumentException.class, () -> Chain.uniform(s, 0, 1, 0, 1, 0, q));
        assertThrows(IllegalArgumentException.class, () -> Chain.uniform(s, 10_001, 1, 0, 1, 0, q));
        assertThrows(IllegalArgumentException.class, () -> Chain.of(s, new double[] {1, 2}, new double[] {0}, 1, 0, q));
        IllegalArgumentException nan = assertThrows(IllegalArgumentException.class,
                () -> Chain.of(s, new double[] {1, Double.NaN}, new double[] {0, 0}, 1, 0, q));
        assertTrue(nan.getMessage().contains("weight of layer 2"), nan.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Chain.uniform(s, 3, 1, 0, Double.POSITIVE_INFINITY, 0, q));
        assertThrows(IllegalArgumentException.class, () -> CostFunction.require("hinge"));
        assertThrows(IndexOutOfBoundsException.class, () -> Chain.uniform(s, 3, 1, 0, 1, 0, q).weight(0));
    }

    @Test
    void withDepthRepeatsTheLastLayer() {
        Chain c = ChainPreset.EXPLODING.chain().withDepth(6);
        assertEquals(6, c.depth());
        assertEquals(c.bias(4), c.bias(6), 0.0);
        assertEquals(100, c.weight(5), 0.0);
        assertEquals(2, c.withDepth(2).depth());
    }

    @Test
    void primitiveLogMagnitudesAgreeWithTheExactGradients() {
        for (Chain c : new Chain[] {ChainUpdateTest.explodingChain(3000), ChainPreset.VANISHING.chain().withDepth(3000),
                ChainPreset.DEAD_RELU.chain()}) {
            ChainResult r = c.evaluate();
            double[] logs = r.log10AbsBiasGradients();
            for (int j = 1; j <= r.depth(); j++) {
                BigMag g = r.dCdb(j);
                assertEquals(g.isZero() ? Double.NEGATIVE_INFINITY : g.log10Abs(), logs[j - 1], 0.0, "layer " + j);
            }
            for (int j = 0; j <= r.depth(); j++) {
                BigMag a = r.dCda(j);
                assertEquals(a.isZero() ? Double.NEGATIVE_INFINITY : a.log10Abs(), r.log10AbsDCda(j), 0.0, "dC/da_" + j);
            }
        }
    }
}
