package org.activationlab.app.control;

/**
 * A rectangle of data space: what the plot shows. Zoom and pan work in the axes' scaled space
 * (log10 on a log axis), so a log axis zooms by decades.
 */
public record PlotRange(double xMin, double xMax, double yMin, double yMax) {
    public PlotRange {
        if (!(xMin < xMax) || !(yMin < yMax)) {
            throw new IllegalArgumentException("empty range: x [" + xMin + ", " + xMax + "], y [" + yMin + ", " + yMax + "]");
        }
    }

    /**
     * This range zoomed by {@code factor} (below 1 zooms in) around the point (cx, cy), which stays
     * where it is on screen.
     */
    public PlotRange zoom(double factorX, double factorY, double cx, double cy, AxisScale xs, AxisScale ys) {
        double[] nx = zoomAxis(xMin, xMax, factorX, cx, xs);
        double[] ny = zoomAxis(yMin, yMax, factorY, cy, ys);
        return new PlotRange(nx[0], nx[1], ny[0], ny[1]);
    }

    /** This range moved by a fraction of its width and height (scaled space). */
    public PlotRange pan(double fracX, double fracY, AxisScale xs, AxisScale ys) {
        double[] nx = panAxis(xMin, xMax, fracX, xs);
        double[] ny = panAxis(yMin, yMax, fracY, ys);
        return new PlotRange(nx[0], nx[1], ny[0], ny[1]);
    }

    private static double[] zoomAxis(double min, double max, double f, double c, AxisScale s) {
        double a = s.toScaled(min);
        double b = s.toScaled(max);
        double sc = s.toScaled(c);
        if (!Double.isFinite(sc)) {
            sc = 0.5 * (a + b);
        }
        double na = sc - (sc - a) * f;
        double nb = sc + (b - sc) * f;
        double lo = s.fromScaled(na);
        double hi = s.fromScaled(nb);
        // refuse to zoom below what doubles can tell apart, or beyond a sane width
        if (!(hi > lo) || (hi - lo) < 1e-12 * Math.max(1.0, Math.abs(lo)) || !Double.isFinite(hi - lo)) {
            return new double[] {min, max};
        }
        return new double[] {lo, hi};
    }

    private static double[] panAxis(double min, double max, double frac, AxisScale s) {
        double a = s.toScaled(min);
        double b = s.toScaled(max);
        double d = (b - a) * frac;
        return new double[] {s.fromScaled(a + d), s.fromScaled(b + d)};
    }
}
