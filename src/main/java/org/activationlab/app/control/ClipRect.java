package org.activationlab.app.control;

/**
 * Cuts a polyline to a rectangle (Liang–Barsky per segment), yielding the runs that lie inside.
 * A Canvas clip in JavaFX renders through an extra off-screen layer and a mask, which costs more
 * than the curves themselves in the software pipeline; cutting the geometry costs almost nothing.
 */
final class ClipRect {
    /** Receives one inside run: the first {@code n} points of (x, y). */
    interface RunConsumer {
        void run(double[] x, double[] y, int n);
    }

    private final double left;
    private final double top;
    private final double right;
    private final double bottom;
    private double[] ox = new double[64];
    private double[] oy = new double[64];
    private int m;
    private double t0;
    private double t1;

    ClipRect(double left, double top, double right, double bottom) {
        this.left = left;
        this.top = top;
        this.right = right;
        this.bottom = bottom;
    }

    /** Splits the first {@code n} points into runs inside the rectangle and hands each to {@code out}. */
    void clip(double[] x, double[] y, int n, RunConsumer out) {
        m = 0;
        for (int i = 0; i + 1 < n; i++) {
            double x0 = x[i];
            double y0 = y[i];
            double dx = x[i + 1] - x0;
            double dy = y[i + 1] - y0;
            if (!segment(x0, y0, dx, dy)) {
                flush(out);
                continue;
            }
            if (t0 > 0 || m == 0) {
                flush(out);
                add(x0 + t0 * dx, y0 + t0 * dy);
            }
            add(x0 + t1 * dx, y0 + t1 * dy);
            if (t1 < 1) {
                flush(out);
            }
        }
        flush(out);
    }

    private boolean segment(double x0, double y0, double dx, double dy) {
        t0 = 0;
        t1 = 1;
        return edge(-dx, x0 - left) && edge(dx, right - x0) && edge(-dy, y0 - top) && edge(dy, bottom - y0);
    }

    private boolean edge(double p, double q) {
        if (p == 0) {
            return q >= 0;
        }
        double r = q / p;
        if (p < 0) {
            if (r > t1) {
                return false;
            }
            if (r > t0) {
                t0 = r;
            }
        } else {
            if (r < t0) {
                return false;
            }
            if (r < t1) {
                t1 = r;
            }
        }
        return true;
    }

    private void add(double px, double py) {
        if (m == ox.length) {
            ox = java.util.Arrays.copyOf(ox, m * 2);
            oy = java.util.Arrays.copyOf(oy, m * 2);
        }
        ox[m] = px;
        oy[m] = py;
        m++;
    }

    private void flush(RunConsumer out) {
        if (m >= 2) {
            out.run(ox, oy, m);
        }
        m = 0;
    }
}
