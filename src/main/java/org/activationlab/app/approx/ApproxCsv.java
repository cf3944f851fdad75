package org.activationlab.app.approx;

import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;

/**
 * The approximation as a table: x, the target, the network's output, the error (output − target)
 * and every hidden unit's contribution, on evenly spaced points of the interval. The output column
 * is the output bias plus the sum of the unit columns, so a spreadsheet can check the hinge sum.
 */
final class ApproxCsv {
    /** Rows of an exported table: enough to draw every curve, small enough to open anywhere. */
    static final int POINTS = 1001;

    private ApproxCsv() {
    }

    static String csv(Target target, ReluNetwork net, int points) {
        double[] xs = target.interval().grid(points);
        double[] f = new double[points];
        double[] y = new double[points];
        target.function().values(xs, f);
        net.values(xs, y);
        int units = net.outputUnits();
        double[][] unit = new double[units][points];
        for (int k = 0; k < units; k++) {
            net.unitContributions(k, xs, unit[k]);
        }
        StringBuilder sb = new StringBuilder(points * (40 + 12 * units));
        sb.append("x,target,output,error");
        for (int k = 0; k < units; k++) {
            sb.append(",unit_").append(k + 1);
        }
        sb.append('\n');
        for (int i = 0; i < points; i++) {
            sb.append(xs[i]).append(',').append(f[i]).append(',').append(y[i]).append(',').append(y[i] - f[i]);
            for (int k = 0; k < units; k++) {
                sb.append(',').append(unit[k][i]);
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
