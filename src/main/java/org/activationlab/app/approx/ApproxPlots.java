package org.activationlab.app.approx;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import org.activationlab.app.control.AxisScale;
import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.ErrorSeries;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;

/**
 * The three small plots of the approximation screen (all {@link PlotView}s): the error curve
 * output − target, the constructive max error against N on log-log axes with a slope −2 reference
 * and the current N marked, and the training loss per step on a log axis.
 */
final class ApproxPlots {
    /** Points of the error curve (the target bends between kinks, so it needs a dense grid). */
    static final int ERROR_POINTS = 2001;

    private final PlotView errorPlot = new PlotView();
    private final PlotView seriesPlot = new PlotView();
    private final PlotView lossPlot = new PlotView();

    ApproxPlots() {
        errorPlot.setId("approx-error-plot");
        errorPlot.setTitle("error = output − target");
        errorPlot.setXLabel("x");
        errorPlot.setYLabel("error");
        errorPlot.legendPositionProperty().set(LegendPosition.HIDDEN);
        errorPlot.setPrefSize(640, 200);
        Tooltip.install(errorPlot, new Tooltip("How far the network is from the target at each x: "
                + "e(x) = output(x) − f(x). The red line marks the largest |e|, the sup-norm error."));

        seriesPlot.setId("approx-series-plot");
        seriesPlot.setTitle("max error against N");
        seriesPlot.setXLabel("N (hidden units)");
        seriesPlot.setYLabel("max |error|");
        seriesPlot.xScaleProperty().set(AxisScale.LOG10);
        seriesPlot.yScaleProperty().set(AxisScale.LOG10);
        seriesPlot.legendPositionProperty().set(LegendPosition.BOTTOM_LEFT);
        seriesPlot.setPrefSize(380, 340);
        Tooltip.install(seriesPlot, new Tooltip("Largest error of the constructive network for N = 1 … 256, "
                + "both axes logarithmic. For a smooth target the points fall along a line of slope −2: "
                + "error ≈ C/N², so doubling N divides the error by about 4."));

        lossPlot.setId("approx-loss-plot");
        lossPlot.setTitle("training loss per step");
        lossPlot.setXLabel("Adam step");
        lossPlot.setYLabel("loss (MSE)");
        lossPlot.yScaleProperty().set(AxisScale.LOG10);
        lossPlot.legendPositionProperty().set(LegendPosition.HIDDEN);
        lossPlot.setPrefSize(380, 260);
        Tooltip.install(lossPlot, new Tooltip("Mean squared error on the training points after each Adam step, "
                + "log scale: loss = (1/S) Σ (output(x_s) − f(x_s))²."));
    }

    PlotView errorPlot() {
        return errorPlot;
    }

    PlotView seriesPlot() {
        return seriesPlot;
    }

    PlotView lossPlot() {
        return lossPlot;
    }

    void showError(Target target, ReluNetwork net, ApproxError err) {
        double[] xs = target.interval().grid(ERROR_POINTS);
        double[] f = new double[xs.length];
        double[] e = new double[xs.length];
        target.function().values(xs, f);
        net.values(xs, e);
        for (int i = 0; i < xs.length; i++) {
            e[i] -= f[i];
        }
        double a = target.interval().a();
        double b = target.interval().b();
        List<PlotSeries> list = new ArrayList<>();
        list.add(PlotSeries.solid(null, new double[] {a, b}, new double[] {0, 0}, Color.web("#8c959f"), 1));
        list.add(PlotSeries.solid("error", xs, e, Palette.color(0), 2));
        if (err != null) {
            double w = err.worstX();
            list.add(PlotSeries.dashed("largest error", new double[] {w, w},
                    new double[] {0, net.value(w) - target.value(w)}, HingePlotPainter.WORST, 2.5));
        }
        errorPlot.getSeries().setAll(list);
    }

    void showSeries(List<ErrorSeries.Point> points, int n, ApproxError current, String method) {
        List<PlotSeries> list = new ArrayList<>();
        if (!points.isEmpty()) {
            double[] x = new double[points.size()];
            double[] y = new double[points.size()];
            for (int i = 0; i < x.length; i++) {
                x[i] = points.get(i).width();
                y[i] = points.get(i).maxError();
            }
            list.add(PlotSeries.solid("constructive", x, y, Palette.color(0), 2.5));
            ErrorSeries.Point last = points.get(points.size() - 1);
            if (last.maxError() > 0) {
                double c = 3 * last.maxError() * last.width() * (double) last.width();
                double[] rx = {x[0], x[x.length - 1]};
                double[] ry = {c / (rx[0] * rx[0]), c / (rx[1] * rx[1])};
                list.add(PlotSeries.dashed("slope −2 (∝ 1/N²)", rx, ry, Color.web("#6e7781"), 2));
            }
        }
        if (current != null && current.maxError() > 0) {
            double e = current.maxError();
            String label = "N = " + n + " (" + method + "): " + NiceTicks.formatValue(e, 3);
            list.add(PlotSeries.solid(label, new double[] {n / 1.25, n * 1.25}, new double[] {e, e},
                    HingePlotPainter.HANDLE, 3));
            list.add(PlotSeries.solid(null, new double[] {n, n}, new double[] {e / 1.6, e * 1.6},
                    HingePlotPainter.HANDLE, 3));
        }
        seriesPlot.getSeries().setAll(list);
    }

    void showLoss(double[] losses) {
        double[] x = new double[losses.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
        }
        lossPlot.getSeries().setAll(List.of(PlotSeries.solid("loss", x, losses, Palette.color(1), 2)));
    }
}
