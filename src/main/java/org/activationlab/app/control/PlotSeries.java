package org.activationlab.app.control;

import java.util.Objects;
import javafx.scene.paint.Color;

/**
 * One line of a plot: points (x[i], y[i]) drawn as a polyline. Immutable by convention: the
 * arrays are not copied (plots redraw often), so the producer must not change them afterwards.
 *
 * @param label  legend text; {@code null} keeps the series out of the legend
 * @param x      x values, ascending for the crosshair's markers to work
 * @param y      y values; NaN or (on a log axis) non-positive values break the line
 * @param color  stroke colour
 * @param width  stroke width in pixels
 * @param dashes dash pattern in pixels (on, off, ...), empty for a solid line
 */
public record PlotSeries(String label, double[] x, double[] y, Color color, double width, double[] dashes) {
    private static final double[] SOLID = new double[0];

    public PlotSeries {
        Objects.requireNonNull(x, "x");
        Objects.requireNonNull(y, "y");
        Objects.requireNonNull(color, "color");
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
        }
        if (!(width > 0)) {
            throw new IllegalArgumentException("width must be positive, got " + width);
        }
        dashes = dashes == null ? SOLID : dashes;
    }

    /** A solid line. */
    public static PlotSeries solid(String label, double[] x, double[] y, Color color, double width) {
        return new PlotSeries(label, x, y, color, width, SOLID);
    }

    /** A dashed line with dashes about three line widths long. */
    public static PlotSeries dashed(String label, double[] x, double[] y, Color color, double width) {
        return new PlotSeries(label, x, y, color, width, dashesFor(width));
    }

    /** The dash pattern {@link #dashed} uses for a line of this width. */
    public static double[] dashesFor(double width) {
        return new double[] {3.5 * width, 2.2 * width};
    }

    /** An entry that appears only in the legend (no data), e.g. "dashed = f′(x)". */
    public static PlotSeries legendOnly(String label, Color color, double width, double[] dashes) {
        return new PlotSeries(label, SOLID, SOLID, color, width, dashes);
    }

    public int size() {
        return x.length;
    }

    public boolean isDashed() {
        return dashes.length > 0;
    }

    /** y at {@code xq} by linear interpolation (x ascending), NaN outside the data. */
    public double interpolate(double xq) {
        int n = x.length;
        if (n == 0 || !(xq >= x[0]) || !(xq <= x[n - 1])) {
            return Double.NaN;
        }
        int lo = 0;
        int hi = n - 1;
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (x[mid] <= xq) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double span = x[hi] - x[lo];
        double t = span > 0 ? (xq - x[lo]) / span : 0.0;
        return y[lo] + t * (y[hi] - y[lo]);
    }
}
