package org.activationlab.app.approx;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.shape.Line;
import javafx.scene.paint.Color;
import org.activationlab.app.control.AxisScale;
import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotRange;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.ErrorSeries;

/**
 * The two small plots of the approximation screen (both {@link PlotView}s): the constructive max
 * error against N on log-log axes with a slope −2 reference and the current N marked, and the
 * training loss per step on a log axis. (The error curve is drawn under the hinges by
 * {@link HingePlot}, on the same x scale.)
 */
final class ApproxPlots {
    private final PlotView seriesPlot = new PlotView();
    private final PlotView lossPlot = new PlotView();
    private final Label currentLabel = new Label();
    private final FlowPane seriesLegend = new FlowPane(14, 4,
            entry(new Label("constructive"), Palette.color(0), false),
            entry(new Label("slope −2 (1/N²)"), Color.web("#6e7781"), true),
            entry(currentLabel, HingePlotPainter.HANDLE, false));

    ApproxPlots() {
        seriesPlot.setId("approx-series-plot");
        seriesPlot.setTitle("max error against N");
        seriesPlot.setXLabel("N (hidden units)");
        seriesPlot.setYLabel("max |error|");
        seriesPlot.xScaleProperty().set(AxisScale.LOG10);
        seriesPlot.yScaleProperty().set(AxisScale.LOG10);
        seriesPlot.legendPositionProperty().set(LegendPosition.HIDDEN);
        currentLabel.setId("approx-series-current");
        seriesPlot.setPrefSize(380, 340);
        Tooltip.install(seriesPlot, new Tooltip("Largest error of the constructive network for N = 1 … 256, "
                + "both axes logarithmic. For a smooth target the points fall along a line of slope −2: "
                + "error ≈ C/N², so doubling N divides the error by about 4."));

        lossPlot.setId("approx-loss-plot");
        lossPlot.setTitle("loss per step");
        lossPlot.setXLabel("Adam step");
        lossPlot.setYLabel("loss (MSE)");
        lossPlot.yScaleProperty().set(AxisScale.LOG10);
        lossPlot.legendPositionProperty().set(LegendPosition.HIDDEN);
        lossPlot.setPrefSize(380, 260);
        Tooltip.install(lossPlot, new Tooltip("Mean squared error on the training points after each Adam step, "
                + "log scale: loss = (1/S) Σ (output(x_s) − f(x_s))²."));
    }

    /** A line sample and its text, for a legend kept off the data. */
    static HBox entry(Label label, Color color, boolean dashed) {
        Line line = new Line(0, 0, 26, 0);
        line.setStroke(color);
        line.setStrokeWidth(3);
        if (dashed) {
            line.getStrokeDashArray().setAll(7.0, 4.0);
        }
        HBox box = new HBox(6, line, label);
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }

    /** The legend of the error-against-N plot, shown under it. */
    FlowPane seriesLegend() {
        return seriesLegend;
    }

    PlotView seriesPlot() {
        return seriesPlot;
    }

    PlotView lossPlot() {
        return lossPlot;
    }

    void showSeries(List<ErrorSeries.Point> points, int n, ApproxError current) {
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
                list.add(PlotSeries.dashed("slope −2", rx, ry, Color.web("#6e7781"), 2));
            }
        }
        if (current != null) {
            currentLabel.setText("now: N = " + n + ", error " + NiceTicks.formatValue(current.maxError(), 3));
        }
        if (current != null && current.maxError() > 0) {
            double e = current.maxError();
            list.add(PlotSeries.solid(null, new double[] {n / 1.25, n * 1.25}, new double[] {e, e},
                    HingePlotPainter.HANDLE, 3));
            list.add(PlotSeries.solid(null, new double[] {n, n}, new double[] {e / 1.6, e * 1.6},
                    HingePlotPainter.HANDLE, 3));
        }
        seriesPlot.getSeries().setAll(list);
    }

    /**
     * The loss curve; the x axis runs from 0 to the end of the run (or beyond), so it has ticks
     * from the start and the curve grows into it.
     */
    void showLoss(double[] losses, int runLength) {
        double[] x = new double[losses.length];
        double lo = Double.POSITIVE_INFINITY;
        double hi = 0;
        for (int i = 0; i < x.length; i++) {
            x[i] = i + 1;
            if (losses[i] > 0 && Double.isFinite(losses[i])) {
                lo = Math.min(lo, losses[i]);
                hi = Math.max(hi, losses[i]);
            }
        }
        double xMax = ErrorStrip.niceCeil(Math.max(runLength, losses.length));
        lossPlot.defaultRangeProperty().set(hi > 0
                ? new PlotRange(0, xMax, lo / 1.5, hi * 1.5) : new PlotRange(0, xMax, 1e-4, 1));
        lossPlot.getSeries().setAll(List.of(PlotSeries.solid("loss", x, losses, Palette.color(1), 2)));
    }
}
