package org.activationlab.core.signal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignalPropagationTest {

    private static SignalConfig config(ActivationKind k, Initializer init, double scale, int batch, long seed) {
        return new SignalConfig(k.create(), init, scale, 256, 100, batch, seed);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 2, 3})
    void seluWithLecunNormalStaysInTheSelfNormalisingDomainThroughAHundredLayers(long seed) {
        SignalReport r = SignalPropagation.run(config(ActivationKind.SELU, Initializer.LECUN_NORMAL, 1.0, 32, seed));
        assertEquals(100, r.layers().size());
        for (LayerStats s : r.layers()) {
            assertTrue(s.activationMean() >= -0.1 && s.activationMean() <= 0.1,
                    "mean of layer " + s.layer() + ": " + s.activationMean());
            assertTrue(s.activationVariance() >= 0.8 && s.activationVariance() <= 1.5,
                    "variance of layer " + s.layer() + ": " + s.activationVariance());
        }
    }

    @Test
    void sigmoidGradientsVanishOnTheWayBack() {
        SignalReport r = SignalPropagation.run(config(ActivationKind.SIGMOID, Initializer.GLOROT_NORMAL, 1.0, 16, 5));
        double top = r.layer(100).gradientStd();
        double bottom = r.layer(1).gradientStd();
        assertEquals(1.0, top, 0.05, "the output gradient is a unit Gaussian");
        assertTrue(bottom < 1e-20 * top, "layer 1 gradient std " + bottom);
        for (int l = 1; l < 100; l++) {
            assertTrue(r.layer(l).gradientStd() < r.layer(l + 1).gradientStd(), "shrinks at every layer: " + l);
        }
    }

    @Test
    void reluWithTheWrongScaleExplodesOrDiesAndWithHeItHolds() {
        SignalReport he = SignalPropagation.run(config(ActivationKind.RELU, Initializer.HE_NORMAL, 1.0, 16, 9));
        double std100 = he.layer(100).activationStd();
        assertTrue(std100 > 0.1 && std100 < 10, "He keeps ReLU activations in range: " + std100);
        assertTrue(he.layer(1).gradientStd() > 0.1 && he.layer(1).gradientStd() < 10);

        SignalReport big = SignalPropagation.run(config(ActivationKind.RELU, Initializer.HE_NORMAL, 1.5, 16, 9));
        assertTrue(big.layer(100).activationStd() > 1e10, "scale 1.5 explodes: " + big.layer(100).activationStd());
        assertTrue(big.layer(1).gradientStd() > 1e10, "and so do the gradients");

        SignalReport small = SignalPropagation.run(config(ActivationKind.RELU, Initializer.HE_NORMAL, 0.5, 16, 9));
        assertTrue(small.layer(100).activationStd() < 1e-20, "scale 0.5 dies: " + small.layer(100).activationStd());
        assertTrue(small.layer(50).zeroFraction() > 0.3 && small.layer(50).zeroFraction() < 0.7,
                "about half the ReLU outputs are exactly zero");
    }

    @Test
    void sameSeedSameNumbersOtherSeedOtherNumbers() {
        SignalConfig c = new SignalConfig(ActivationKind.TANH.create(), Initializer.GLOROT_NORMAL, 1.0, 64, 10, 8, 3);
        assertEquals(SignalPropagation.run(c), SignalPropagation.run(c));
        assertNotEquals(SignalPropagation.run(c).layers(), SignalPropagation.run(c.withSeed(4)).layers());
    }

    @Test
    void initialisersFollowTheirRules() {
        assertEquals(Math.sqrt(1.0 / 256), Initializer.LECUN_NORMAL.std(256, 256), 1e-15);
        assertEquals(Math.sqrt(2.0 / 256), Initializer.HE_NORMAL.std(256, 256), 1e-15);
        assertEquals(Math.sqrt(2.0 / 300), Initializer.GLOROT_NORMAL.std(100, 200), 1e-15);
        assertEquals(Initializer.HE_NORMAL, Initializer.require("he"));
        assertThrows(IllegalArgumentException.class, () -> Initializer.require("orthogonal"));
    }

    @Test
    void badConfigurationsAreRejected() {
        var selu = ActivationKind.SELU.create();
        assertThrows(IllegalArgumentException.class, () -> new SignalConfig(selu, Initializer.HE_NORMAL, 1, 0, 10, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new SignalConfig(selu, Initializer.HE_NORMAL, 1, 64, 201, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new SignalConfig(selu, Initializer.HE_NORMAL, 0, 64, 10, 8, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new SignalConfig(selu, Initializer.HE_NORMAL, Double.NaN, 64, 10, 8, 1));
        assertThrows(IllegalArgumentException.class, () -> new SignalConfig(selu, Initializer.HE_NORMAL, 1, 1024, 200, 1024, 1));
    }
}
