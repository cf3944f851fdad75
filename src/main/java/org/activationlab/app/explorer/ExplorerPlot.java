package org.activationlab.app.explorer;

import java.util.ArrayList;
import java.util.List;
import org.activationlab.core.activation.Activation;

/**
 * One immutable frame of the explorer's data: the shared x grid, f and f′ of every shown function
 * (the selected one first), and where the selected function's gradient vanishes or is zero.
 * The arrays are never changed after publication.
 */
public record ExplorerPlot(double[] x, List<Curve> curves, List<Interval> saturated, List<Interval> dead) {

    /** One function's samples; {@code colorIndex} is its place in the palette. */
    public record Curve(Activation function, int colorIndex, double[] f, double[] df) {
        public String label() {
            return function.label();
        }
    }

    /** A closed x-interval [from, to]; ±∞ means the region continues beyond the samples. */
    public record Interval(double from, double to) {
    }

    /**
     * Samples f and f′ of each function (the first is the selected one) at {@code n} evenly
     * spaced x in [from, to], and finds where the first one's |f′| is below {@code saturation}
     * (but not 0) and where f′ is exactly 0.
     */
    public static ExplorerPlot sample(List<Activation> functions, double from, double to, int n, double saturation) {
        double[] x = new double[n];
        double step = (to - from) / (n - 1);
        for (int i = 0; i < n; i++) {
            x[i] = from + i * step;
        }
        x[n - 1] = to;
        List<Curve> curves = new ArrayList<>(functions.size());
        for (Activation f : functions) {
            double[] fx = new double[n];
            double[] dfx = new double[n];
            f.values(x, fx, n);
            f.derivatives(x, dfx, n);
            curves.add(new Curve(f, curves.size(), fx, dfx));
        }
        double[] df = curves.get(0).df();
        return new ExplorerPlot(x, List.copyOf(curves),
                Regions.where(x, df, d -> d != 0 && Math.abs(d) < saturation),
                Regions.where(x, df, d -> d == 0));
    }

    /** The selected function's curve. */
    public Curve selected() {
        return curves.get(0);
    }
}
