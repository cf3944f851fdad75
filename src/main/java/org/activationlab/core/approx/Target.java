package org.activationlab.core.approx;

import java.util.Objects;

/**
 * A target function on an interval, checked and sampled once: the thing every approximation in
 * this package is measured against. Immutable and thread-safe.
 *
 * <p>{@link #of} refuses a function that is not finite, or larger than ±{@value #MAX_VALUE} in
 * magnitude, anywhere on the dense error grid of {@value #GRID_POINTS} evenly spaced points, and
 * names the first bad x. A singularity strictly between two grid points is not seen (the grid
 * spacing is width/10,000).
 */
public final class Target {
    /** Points of the error grid, a and b included. */
    public static final int GRID_POINTS = 10_001;
    /** Largest allowed |f(x)| on the grid. */
    public static final double MAX_VALUE = 1e6;

    private final TargetFunction function;
    private final Interval interval;
    private final double[] gridX;
    private final double[] gridY;

    private Target(TargetFunction function, Interval interval, double[] gridX, double[] gridY) {
        this.function = function;
        this.interval = interval;
        this.gridX = gridX;
        this.gridY = gridY;
    }

    /** The function on its own default interval. */
    public static Target of(TargetFunction function) {
        return of(function, function.defaultInterval());
    }

    /**
     * The function on the interval, checked on the grid.
     *
     * @throws IllegalArgumentException naming the first x where f is not finite or too large
     */
    public static Target of(TargetFunction function, Interval interval) {
        Objects.requireNonNull(function, "function");
        Objects.requireNonNull(interval, "interval");
        double[] xs = interval.grid(GRID_POINTS);
        double[] ys = new double[GRID_POINTS];
        function.values(xs, ys);
        for (int k = 0; k < GRID_POINTS; k++) {
            double y = ys[k];
            if (!Double.isFinite(y)) {
                throw new IllegalArgumentException("'" + function.formula() + "' is not finite at x = "
                        + Interval.fmt(xs[k]) + " (value " + y + "); choose an interval where it is defined, not "
                        + interval);
            }
            if (Math.abs(y) > MAX_VALUE) {
                throw new IllegalArgumentException("'" + function.formula() + "' reaches " + Interval.fmt(y)
                        + " at x = " + Interval.fmt(xs[k]) + "; values must stay within +/-" + Interval.fmt(MAX_VALUE)
                        + " on " + interval);
            }
        }
        return new Target(function, interval, xs, ys);
    }

    public TargetFunction function() {
        return function;
    }

    public Interval interval() {
        return interval;
    }

    /** f(x), for any x (also outside the interval). */
    public double value(double x) {
        return function.value(x);
    }

    /** A copy of the grid's x values. */
    public double[] gridX() {
        return gridX.clone();
    }

    /** A copy of f on the grid. */
    public double[] gridY() {
        return gridY.clone();
    }

    double gridXAt(int k) {
        return gridX[k];
    }

    double gridYAt(int k) {
        return gridY[k];
    }

    @Override
    public String toString() {
        return function.formula() + " on " + interval;
    }
}
