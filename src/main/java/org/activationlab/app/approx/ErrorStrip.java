package org.activationlab.app.approx;

import javafx.scene.canvas.GraphicsContext;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;

/**
 * The lower panel of {@link HingePlot}: the error output − f on {@value #ERROR_POINTS} points, on
 * the hinge panel's x scale and a symmetric y range of 1, 2 or 5 × 10^k, with the largest error
 * marked.
 */
final class ErrorStrip {
    /** Points of the error curve (the target bends between kinks, so it needs a dense grid). */
    static final int ERROR_POINTS = 2001;

    private ErrorStrip() {
    }

    /** The error panel's frame for these values: the hinge frame's x, a symmetric nice y range. */
    static HingePlotPainter.Frame errorFrame(double left, double top, double width, double height, double xMin, double xMax,
            double[] errors) {
        double m = 0;
        for (double d : errors) {
            m = Math.max(m, Math.abs(d));
        }
        double y = niceCeil(1.05 * m);
        return new HingePlotPainter.Frame(left, top, width, height, xMin, xMax, -y, y);
    }

    /** output − f on evenly spaced points of the interval. */
    static double[][] errorCurve(Target target, ReluNetwork net) {
        double[] xs = target.interval().grid(ERROR_POINTS);
        double[] f = new double[xs.length];
        double[] e = new double[xs.length];
        target.function().values(xs, f);
        net.values(xs, e);
        for (int i = 0; i < xs.length; i++) {
            e[i] -= f[i];
        }
        return new double[][] {xs, e};
    }

    /** Paints the panel into the place {@code e} (its y range is replaced by one fitting the curve). */
    static void paint(GraphicsContext g, HingePlotPainter.Frame e, HingePlotPainter axes, double k, Target target,
            ReluNetwork net, ApproxError err) {
        double[][] curve = errorCurve(target, net);
        HingePlotPainter.Frame f = errorFrame(e.left(), e.top(), e.width(), e.height(), e.xMin(), e.xMax(), curve[1]);
        axes.axes(g, f, true, "output − f");
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top(), f.width(), f.height());
        g.clip();
        g.setStroke(HingePlotPainter.AXIS);
        g.setLineWidth(k * 1.2);
        g.strokeLine(f.left(), f.toPy(0), f.right(), f.toPy(0));
        g.setStroke(HingePlotPainter.OUTPUT);
        g.setLineWidth(k * 2);
        g.beginPath();
        for (int i = 0; i < curve[0].length; i++) {
            if (i == 0) {
                g.moveTo(f.toPx(curve[0][i]), f.toPy(curve[1][i]));
            } else {
                g.lineTo(f.toPx(curve[0][i]), f.toPy(curve[1][i]));
            }
        }
        g.stroke();
        if (err != null) {
            double px = f.toPx(err.worstX());
            g.setStroke(HingePlotPainter.WORST);
            g.setLineWidth(k * 2.5);
            g.setLineDashes(6, 4);
            g.strokeLine(px, f.toPy(0), px, f.toPy(net.value(err.worstX()) - target.value(err.worstX())));
            g.setLineDashes();
        }
        g.restore();
    }

    /** The smallest of 1, 2, 5 × 10^k that is ≥ v (and a tiny positive value for v = 0). */
    static double niceCeil(double v) {
        if (!(v > 1e-300)) {
            return 1e-12;
        }
        double p = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5}) {
            if (m * p >= v * (1 - 1e-12)) {
                return m * p;
            }
        }
        return 10 * p;
    }
}
