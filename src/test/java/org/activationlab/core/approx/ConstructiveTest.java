package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ConstructiveTest {
    private final Target sin = Target.of(Preset.SIN.function());

    @Test
    void networkEqualsThePiecewiseLinearInterpolantAtRandomPoints() {
        for (Preset p : Preset.values()) {
            Target t = Target.of(p.function());
            for (int n : new int[] {1, 2, 7, 32, 100}) {
                double[] knots = Constructive.uniformKnots(t.interval(), n);
                double[] f = Constructive.sample(t, knots);
                ReluNetwork net = Constructive.interpolant(t, n);
                assertEquals(n, net.outputUnits());
                assertMatchesInterpolant(t, knots, f, net, 1e-12);
            }
        }
    }

    @Test
    void unevenKnotsAreInterpolatedExactlyToo() {
        double[] knots = {-Math.PI, -2, -1.9, 0, 0.3, 2.5, Math.PI};
        ReluNetwork net = Constructive.interpolant(sin, knots);
        assertMatchesInterpolant(sin, knots, Constructive.sample(sin, knots), net, 1e-12);
        for (double k : knots) {
            assertEquals(Math.sin(k), net.value(k), 1e-14, "network must pass through the knot " + k);
        }
    }

    @Test
    void twoLayerConstructionIsTheSameInterpolant() {
        for (int[] nm : new int[][] {{32, 1}, {32, 5}, {32, 32}, {9, 4}}) {
            ReluNetwork one = Constructive.interpolant(sin, nm[0]);
            ReluNetwork two = Constructive.interpolantTwoLayers(sin, nm[0], nm[1]);
            assertEquals(2, two.hiddenLayers());
            SplittableRandom r = new SplittableRandom(7);
            for (int k = 0; k < 1000; k++) {
                double x = r.nextDouble(-Math.PI, Math.PI);
                assertEquals(one.value(x), two.value(x), 1e-12, "N=" + nm[0] + ", M=" + nm[1] + " at x=" + x);
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Constructive.interpolantTwoLayers(sin, 4, 5));
    }

    @Test
    void sineWith32UnitsIsWithinTheInterpolationBound() {
        ApproxError e = ApproxError.of(sin, Constructive.interpolant(sin, 32));
        double h = 2 * Math.PI / 32;
        assertTrue(e.maxError() <= 0.005, "max error " + e.maxError());
        assertTrue(e.maxError() <= h * h / 8, "max error " + e.maxError() + " above h²/8 = " + h * h / 8);
        assertTrue(e.meanError() < e.maxError());
    }

    @Test
    void errorFallsAboutFourfoldWhenTheWidthDoubles() {
        List<ErrorSeries.Point> series = ErrorSeries.constructive(sin, new int[] {16, 32, 64, 128, 256});
        for (int k = 1; k < series.size(); k++) {
            double ratio = series.get(k - 1).maxError() / series.get(k).maxError();
            assertTrue(ratio >= 3.5 && ratio <= 4.5, "ratio " + ratio + " from N=" + series.get(k - 1).width());
        }
    }

    @Test
    void absoluteValueIsExactWithKnotsIncludingZero() {
        Target abs = Target.of(Preset.ABS.function());
        ReluNetwork net = Constructive.interpolant(abs, 2);
        List<Hinge> hinges = net.hinges();
        assertEquals(-1, hinges.get(0).breakpoint());
        assertEquals(0, hinges.get(1).breakpoint());
        assertEquals(2, hinges.get(1).slopeChange());
        assertEquals(0, ApproxError.of(abs, net).maxError(), 1e-15);
        ReluNetwork odd = Constructive.interpolant(abs, 3); // knots -1, -1/3, 1/3, 1 miss 0
        assertTrue(ApproxError.of(abs, odd).maxError() > 0.3);
    }

    @Test
    void refusesBadKnotsAndWidths() {
        assertThrows(IllegalArgumentException.class, () -> Constructive.interpolant(sin, 0));
        assertThrows(IllegalArgumentException.class, () -> Constructive.interpolant(sin, new double[] {0}));
        assertThrows(IllegalArgumentException.class, () -> Constructive.interpolant(sin, new double[] {0, 1, 1}));
        assertThrows(IllegalArgumentException.class, () -> Constructive.interpolant(sin, new double[] {0, Double.NaN}));
    }

    private static void assertMatchesInterpolant(Target t, double[] knots, double[] f, ReluNetwork net, double tol) {
        SplittableRandom r = new SplittableRandom(42);
        double scale = 1;
        for (double y : f) {
            scale = Math.max(scale, Math.abs(y));
        }
        for (int k = 0; k < 2000; k++) {
            double x = r.nextDouble(t.interval().a(), t.interval().b());
            double expected = Constructive.interpolate(knots, f, x);
            assertEquals(expected, net.value(x), tol * scale, () -> t + " with " + (knots.length - 1) + " units at x = " + x);
        }
    }
}
