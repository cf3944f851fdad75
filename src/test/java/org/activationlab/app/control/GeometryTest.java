package org.activationlab.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Simplification, clipping and zoom arithmetic of the plot. */
class GeometryTest {

    @Test
    void straightLineSimplifiesToItsEnds() {
        int n = 1000;
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = i * 0.7;
            y[i] = 300 - i * 0.3;
        }
        assertEquals(2, Simplify.sleeve(x, y, n, 0.2));
        assertEquals(699.3, x[1], 1e-9);
    }

    @Test
    void simplifiedCurveStaysWithinToleranceOfEverySample() {
        int n = 2000;
        double[] x = new double[n];
        double[] y = new double[n];
        double[] ox = new double[n];
        double[] oy = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = ox[i] = i * 0.37;
            y[i] = oy[i] = 200 + 150 * Math.sin(i * 0.01) + (i > 1200 ? 0.0 : 40 * Math.exp(-i * 0.004));
        }
        int k = Simplify.sleeve(x, y, n, 0.2);
        assertTrue(k < n / 3, "kept " + k + " of " + n);
        for (int i = 0; i < n; i++) {
            double best = Double.MAX_VALUE;
            for (int j = 0; j + 1 < k; j++) {
                best = Math.min(best, distanceToSegment(ox[i], oy[i], x[j], y[j], x[j + 1], y[j + 1]));
            }
            assertTrue(best <= 0.2 + 1e-9, "sample " + i + " is " + best + " px away");
        }
    }

    private static double distanceToSegment(double px, double py, double ax, double ay, double bx, double by) {
        double dx = bx - ax;
        double dy = by - ay;
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2));
        return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
    }

    @Test
    void clippingKeepsOnlyTheRunsInsideTheRectangle() {
        ClipRect clip = new ClipRect(0, 0, 10, 10);
        List<double[]> runs = new ArrayList<>();
        double[] x = {-5, 5, 15, 15, 5};
        double[] y = {5, 5, 5, 20, 5};
        clip.clip(x, y, 5, (cx, cy, n) -> {
            double[] r = new double[2 * n];
            for (int i = 0; i < n; i++) {
                r[2 * i] = cx[i];
                r[2 * i + 1] = cy[i];
            }
            runs.add(r);
        });
        assertEquals(2, runs.size());
        assertEquals(List.of(0.0, 5.0, 5.0, 5.0, 10.0, 5.0), boxed(runs.get(0)));
        assertEquals(25.0 / 3, runs.get(1)[0], 1e-12);
        assertEquals(10.0, runs.get(1)[1], 1e-12);
        assertEquals(5.0, runs.get(1)[runs.get(1).length - 2], 1e-12);
    }

    private static List<Double> boxed(double[] a) {
        List<Double> l = new ArrayList<>();
        for (double v : a) {
            l.add(v);
        }
        return l;
    }

    @Test
    void wheelZoomKeepsThePointUnderTheCursorInPlace() {
        PlotRange r = new PlotRange(-6, 6, -1, 2);
        PlotRange z = r.zoom(0.5, 0.5, 3, 0.5, AxisScale.LINEAR, AxisScale.LINEAR);
        assertEquals(-1.5, z.xMin(), 1e-12);
        assertEquals(4.5, z.xMax(), 1e-12);
        assertEquals((3 - r.xMin()) / (r.xMax() - r.xMin()), (3 - z.xMin()) / (z.xMax() - z.xMin()), 1e-12);
    }

    @Test
    void logAxisZoomsAndPansByDecades() {
        PlotRange r = new PlotRange(0, 1, 1e-6, 1);
        PlotRange z = r.zoom(1, 0.5, 0.5, 1e-3, AxisScale.LINEAR, AxisScale.LOG10);
        assertEquals(Math.pow(10, -4.5), z.yMin(), 1e-12);
        assertEquals(Math.pow(10, -1.5), z.yMax(), 1e-12);
        PlotRange p = r.pan(0.5, 1.0 / 6, AxisScale.LINEAR, AxisScale.LOG10);
        assertEquals(1e-5, p.yMin(), 1e-17);
        assertEquals(10, p.yMax(), 1e-9);
        assertEquals(0.5, p.xMin(), 1e-12);
    }

    @Test
    void fittedRangeSkipsPointsALogAxisCannotShow() {
        PlotSeries s = PlotSeries.solid("g", new double[] {1, 2, 3, 4}, new double[] {0, 1e-3, -2, 10}, Palette.color(0), 2);
        PlotRange lin = DataRange.fit(List.of(s), AxisScale.LINEAR, AxisScale.LINEAR);
        PlotRange log = DataRange.fit(List.of(s), AxisScale.LINEAR, AxisScale.LOG10);
        assertTrue(lin.yMin() < -2);
        assertTrue(log.yMin() > 0 && log.yMin() < 1e-3 && log.yMax() > 10);
        assertEquals(2.0, log.xMin());
    }
}
