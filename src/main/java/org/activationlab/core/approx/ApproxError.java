package org.activationlab.core.approx;

import java.util.function.DoubleUnaryOperator;

/**
 * How far an approximation is from its target on the dense grid of {@value Target#GRID_POINTS}
 * evenly spaced points: the largest absolute error (the sup-norm the theorem speaks of, as seen
 * on the grid), where it occurs, and the mean absolute error.
 */
public record ApproxError(double maxError, double meanError, double worstX) {

    /** The error of a network against its target. */
    public static ApproxError of(Target target, ReluNetwork network) {
        double[] xs = target.gridX();
        double[] ys = new double[xs.length];
        network.values(xs, ys);
        return fromValues(target, ys);
    }

    /** The error of any approximation against the target. */
    public static ApproxError of(Target target, DoubleUnaryOperator approximation) {
        double[] ys = new double[Target.GRID_POINTS];
        for (int k = 0; k < ys.length; k++) {
            ys[k] = approximation.applyAsDouble(target.gridXAt(k));
        }
        return fromValues(target, ys);
    }

    /** The error of approximation values given on the target's grid (length {@value Target#GRID_POINTS}). */
    public static ApproxError fromValues(Target target, double[] approximationOnGrid) {
        if (approximationOnGrid.length != Target.GRID_POINTS) {
            throw new IllegalArgumentException("need " + Target.GRID_POINTS + " values, got " + approximationOnGrid.length);
        }
        double max = -1;
        double sum = 0;
        double worst = target.interval().a();
        for (int k = 0; k < Target.GRID_POINTS; k++) {
            double e = Math.abs(approximationOnGrid[k] - target.gridYAt(k));
            if (e > max) {
                max = e;
                worst = target.gridXAt(k);
            }
            sum += e;
        }
        return new ApproxError(max, sum / Target.GRID_POINTS, worst);
    }
}
