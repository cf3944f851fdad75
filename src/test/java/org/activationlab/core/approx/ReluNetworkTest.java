package org.activationlab.core.approx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReluNetworkTest {

    @Test
    void absoluteValueIsExactlyTwoHandBuiltHinges() {
        ReluNetwork net = ReluNetwork.ofHinges(0, List.of(new Hinge(1, 0, 1), new Hinge(-1, 0, 1)));
        Target abs = Target.of(Preset.ABS.function());
        ApproxError e = ApproxError.of(abs, net);
        assertEquals(0.0, e.maxError());
        assertEquals(0.0, e.meanError());
        assertEquals(3.5, net.value(-3.5));
    }

    @Test
    void hingeKnowsItsBreakpointSideAndSlopeChange() {
        Hinge h = Hinge.at(0.5, -2, 3);
        assertEquals(0.5, h.breakpoint(), 1e-15);
        assertTrue(!h.facesRight());
        assertEquals(6, h.slopeChange());
        assertEquals(0, h.value(0.75));
        assertEquals(3 * 2 * 0.25, h.value(0.25), 1e-15);
        assertEquals(0.8, h.withBreakpoint(0.8).breakpoint(), 1e-15);
        assertEquals(h.w(), h.withBreakpoint(0.8).w());
        assertEquals(-1.5, h.withSlopeChange(-3).v());
        assertEquals(0.5, h.withSlopeChange(-3).breakpoint(), 1e-15);
    }

    @Test
    void unitContributionsAddUpToTheOutput() {
        SplittableRandom r = new SplittableRandom(3);
        ReluNetwork one = ReluNetwork.oneLayer(randoms(r, 5), randoms(r, 5), randoms(r, 5), 0.3);
        ReluNetwork two = ReluNetwork.twoLayers(randoms(r, 5), randoms(r, 5), randoms(r, 15), randoms(r, 3),
                randoms(r, 3), -0.2);
        for (ReluNetwork net : List.of(one, two)) {
            for (double x = -2; x <= 2; x += 0.125) {
                double sum = net.outputBias();
                for (int k = 0; k < net.outputUnits(); k++) {
                    sum += net.unitContribution(k, x);
                }
                assertEquals(net.value(x), sum, 1e-14, net + " at x = " + x);
            }
            double[] xs = {-1, 0, 0.5};
            double[] batch = new double[3];
            double[] unit = new double[3];
            net.values(xs, batch);
            net.unitContributions(1, xs, unit);
            for (int i = 0; i < 3; i++) {
                assertEquals(net.value(xs[i]), batch[i]);
                assertEquals(net.unitContribution(1, xs[i]), unit[i]);
            }
        }
    }

    @Test
    void betweenKinksTheOutputIsAStraightLine() {
        SplittableRandom r = new SplittableRandom(9);
        Interval iv = new Interval(-1, 1);
        ReluNetwork one = ReluNetwork.oneLayer(randoms(r, 6), randoms(r, 6), randoms(r, 6), 0.1);
        ReluNetwork two = ReluNetwork.twoLayers(randoms(r, 6), randoms(r, 6), randoms(r, 30), randoms(r, 5),
                randoms(r, 5), 0.1);
        for (ReluNetwork net : List.of(one, two)) {
            double[] kinks = net.kinks(iv);
            double[] edges = new double[kinks.length + 2];
            edges[0] = -1;
            System.arraycopy(kinks, 0, edges, 1, kinks.length);
            edges[edges.length - 1] = 1;
            for (int k = 0; k + 1 < edges.length; k++) {
                double lo = edges[k];
                double hi = edges[k + 1];
                assertTrue(hi > lo, "kinks must be sorted and distinct");
                for (double t : new double[] {0.25, 0.5, 0.75}) {
                    double x = lo + t * (hi - lo);
                    double line = net.value(lo) + t * (net.value(hi) - net.value(lo));
                    assertEquals(line, net.value(x), 1e-12, net + " is not linear on [" + lo + ", " + hi + "]");
                }
            }
        }
        long firstLayerInside = java.util.Arrays.stream(two.breakpoints()).filter(x -> x > -1 && x < 1).count();
        assertTrue(two.kinks(iv).length > firstLayerInside, "the second layer's switches must be among the kinks");
        double[] p = Constructive.interpolant(Target.of(Preset.SIN.function()), 4).kinks(new Interval(-Math.PI, Math.PI));
        assertArrayEquals(new double[] {-Math.PI / 2, 0, Math.PI / 2}, p, 1e-15);
    }

    @Test
    void isImmutableThroughItsArraysAndEdits() {
        double[] w = {1, 1};
        ReluNetwork net = ReluNetwork.oneLayer(w, new double[] {0, -0.5}, new double[] {1, 1}, 0);
        double before = net.value(1);
        w[0] = 100;
        net.firstWeights()[1] = 100;
        assertEquals(before, net.value(1));
        ReluNetwork moved = net.withHinge(1, net.hinges().get(1).withBreakpoint(0.9));
        assertEquals(before, net.value(1));
        assertEquals(0.9, moved.breakpoints()[1], 1e-15);
        assertArrayEquals(new double[] {-0.0, 0.5}, net.breakpoints(), 1e-15);
    }

    @Test
    void refusesMismatchedShapesAndNonFiniteWeights() {
        assertThrows(IllegalArgumentException.class,
                () -> ReluNetwork.oneLayer(new double[2], new double[3], new double[2], 0));
        assertThrows(IllegalArgumentException.class,
                () -> ReluNetwork.twoLayers(new double[2], new double[2], new double[5], new double[3], new double[3], 0));
        assertThrows(IllegalArgumentException.class,
                () -> ReluNetwork.oneLayer(new double[] {Double.NaN}, new double[1], new double[1], 0));
        ReluNetwork two = ReluNetwork.twoLayers(new double[2], new double[2], new double[2], new double[1],
                new double[1], 0);
        assertThrows(IllegalStateException.class, two::hinges);
    }

    static double[] randoms(SplittableRandom r, int n) {
        double[] a = new double[n];
        for (int i = 0; i < n; i++) {
            a[i] = r.nextDouble(-1, 1);
        }
        return a;
    }
}
