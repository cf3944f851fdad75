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
        return of(target, network::value);
    }

    /** The error of any approximation against the target. */
    public static ApproxError of(Target target, DoubleUnaryOperator approximation) {
        double max = -1;
        double sum = 0;
        double worst = target.interval().a();
        for (int k = 0; k < Target.GRID_POINTS; k++) {
            double x = target.gridXAt(k);
            double e = Math.abs(approximation.applyAsDouble(x) - target.gridYAt(k));
            if (e > max) {
                max = e;
                worst = x;
            }
            sum += e;
        }
        return new ApproxError(max, sum / Target.GRID_POINTS, worst);
    }
}
