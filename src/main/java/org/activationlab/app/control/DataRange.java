package org.activationlab.app.control;

import java.util.List;

/** The smallest range that holds all drawable points, with a margin above and below. */
final class DataRange {
    private static final double MARGIN = 0.06;

    private DataRange() {
    }

    static PlotRange fit(List<PlotSeries> series, AxisScale xs, AxisScale ys) {
        double x0 = Double.POSITIVE_INFINITY;
        double x1 = Double.NEGATIVE_INFINITY;
        double y0 = Double.POSITIVE_INFINITY;
        double y1 = Double.NEGATIVE_INFINITY;
        for (PlotSeries s : series) {
            double[] x = s.x();
            double[] y = s.y();
            for (int i = 0; i < x.length; i++) {
                if (xs.accepts(x[i]) && ys.accepts(y[i])) {
                    x0 = Math.min(x0, x[i]);
                    x1 = Math.max(x1, x[i]);
                    y0 = Math.min(y0, y[i]);
                    y1 = Math.max(y1, y[i]);
                }
            }
        }
        double[] x = pad(x0, x1, xs, 0.0);
        double[] y = pad(y0, y1, ys, MARGIN);
        return new PlotRange(x[0], x[1], y[0], y[1]);
    }

    private static double[] pad(double lo, double hi, AxisScale s, double margin) {
        if (!(lo <= hi)) {
            return s == AxisScale.LOG10 ? new double[] {1, 10} : new double[] {0, 1};
        }
        double a = s.toScaled(lo);
        double b = s.toScaled(hi);
        if (b - a < 1e-12 * Math.max(1, Math.abs(a))) {
            double half = s == AxisScale.LOG10 ? 0.5 : Math.max(0.5, Math.abs(a) * 0.1);
            a -= half;
            b += half;
        } else {
            double m = (b - a) * margin;
            a -= m;
            b += m;
        }
        return new double[] {s.fromScaled(a), s.fromScaled(b)};
    }
}
