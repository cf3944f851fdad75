package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ParametersTest {

    @Test
    void oneLayerGradientMatchesFiniteDifferences() {
        checkGradient(new Parameters(6, 0));
    }

    @Test
    void twoLayerGradientMatchesFiniteDifferences() {
        checkGradient(new Parameters(5, 4));
    }

    @Test
    void networkInXCoordinatesIsTheSameFunction() {
        for (Parameters layout : new Parameters[] {new Parameters(4, 0), new Parameters(4, 3)}) {
            double[] p = ReluNetworkTest.randoms(new SplittableRandom(5), layout.size);
            double alpha = 2 / 7.0;
            double beta = -3 / 7.0;
            ReluNetwork net = layout.toNetwork(p, alpha, beta, 1.5, 0.25);
            for (double x = -2; x <= 5; x += 0.1) {
                double expected = 1.5 + 0.25 * layout.forward(p, alpha * x + beta);
                assertEquals(expected, net.value(x), 1e-13, "at x = " + x);
            }
        }
    }

    private static void checkGradient(Parameters layout) {
        SplittableRandom r = new SplittableRandom(11);
        double[] p = ReluNetworkTest.randoms(r, layout.size);
        double[] ts = ReluNetworkTest.randoms(r, 9);
        double[] ys = ReluNetworkTest.randoms(r, 9);
        double[] g = new double[layout.size];
        layout.lossAndGradient(p, ts, ys, null, ts.length, g);
        double h = 1e-6;
        for (int k = 0; k < p.length; k++) {
            double keep = p[k];
            p[k] = keep + h;
            double up = layout.lossAndGradient(p, ts, ys, null, ts.length, null);
            p[k] = keep - h;
            double down = layout.lossAndGradient(p, ts, ys, null, ts.length, null);
            p[k] = keep;
            double numeric = (up - down) / (2 * h);
            assertEquals(numeric, g[k], 1e-6 * Math.max(1, Math.abs(numeric)),
                    "parameter " + k + ": analytic " + g[k] + ", numeric " + numeric);
        }
    }
}
