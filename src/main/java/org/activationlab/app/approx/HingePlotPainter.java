package org.activationlab.app.approx;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.Palette;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;

/**
 * Draws {@link HingePlot}: in the upper panel grid and axes, the faint hinges, the target, the
 * output (exactly, as the polyline through its kinks), the largest error and the breakpoint
 * handles; in the lower panel, on the same x scale, the error output − f. The legend is a row of
 * ordinary nodes above the canvas (see {@link ApproxView}), so it never hides a curve.
 */
final class HingePlotPainter {
    static final Color TARGET = Color.web("#1f1f1f");
    static final Color OUTPUT = Palette.color(0);
    static final Color HANDLE = Palette.color(1);
    static final Color HINGE = Palette.color(2).deriveColor(0, 1, 1, 0.45);
    static final Color WORST = Color.web("#cf222e");
    private static final Color GRID = Color.web("#d8dee4");
    static final Color AXIS = Color.web("#57606a");
    /** Line widths are multiplied by this (thicker lines in presenter mode). */
    private double k = 1;
    /** Text sizes (and the room around text) are multiplied by this (larger type in presenter mode). */
    private double t = 1;
    private Font tickFont = Font.font("System", 14);
    private Font labelFont = Font.font("System", FontWeight.BOLD, 16);

    void setLineScale(double scale) {
        k = scale > 0 ? scale : 1;
    }

    /** Scales the tick labels, axis names and the hinge read-out (clamped to [0.5, 3]). */
    void setTextScale(double scale) {
        t = org.activationlab.app.control.TextScale.clamp(scale);
        tickFont = Font.font("System", 14 * t);
        labelFont = Font.font("System", FontWeight.BOLD, 16 * t);
    }

    double textScale() {
        return t;
    }

    /** Where the data area is and what it shows. */
    record Frame(double left, double top, double width, double height, double xMin, double xMax,
                 double yMin, double yMax) {
        double bottom() {
            return top + height;
        }

        double right() {
            return left + width;
        }

        double toPx(double x) {
            return left + (x - xMin) / (xMax - xMin) * width;
        }

        double toPy(double y) {
            return bottom() - (y - yMin) / (yMax - yMin) * height;
        }
    }

    /**
     * Paints the hinge panel {@code f} and, below it on the same x scale, the error panel {@code e}
     * ({@link ErrorStrip}).
     */
    void paint(GraphicsContext g, Frame f, Frame e, Target target, ReluNetwork net, ApproxError err, int highlight,
            boolean editable) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        axes(g, f, false, "y");
        g.save();
        g.beginPath();
        g.rect(f.left(), f.top(), f.width(), f.height());
        g.clip();
        boolean oneLayer = net.hiddenLayers() == 1;
        if (oneLayer) {
            hinges(g, f, net.hinges(), highlight);
        }
        target(g, f, target);
        output(g, f, net, target);
        worst(g, f, target, net, err);
        if (oneLayer) {
            handles(g, f, net, highlight, editable);
        }
        g.restore();
        if (oneLayer) {
            axisTicks(g, f, net.hinges());
            if (highlight >= 0 && highlight < net.outputUnits()) {
                hingeInfo(g, f, highlight, net.hinges().get(highlight));
            }
        }
        ErrorStrip.paint(g, e, this, k, target, net, err);
    }

    /** One line about the hinge under the mouse: where its kink is and how much it bends the sum. */
    private void hingeInfo(GraphicsContext g, Frame f, int i, Hinge h) {
        String text = "unit " + (i + 1) + ":  kink at x = " + NiceTicks.formatValue(h.breakpoint(), 4)
                + ",  slope change " + NiceTicks.formatValue(h.slopeChange(), 3);
        g.setFont(tickFont);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.TOP);
        javafx.scene.text.Text measure = new javafx.scene.text.Text(text);
        measure.setFont(tickFont);
        double w = measure.getLayoutBounds().getWidth() + 12;
        g.setFill(Color.rgb(255, 255, 255, 0.9));
        g.fillRoundRect(f.left() + 6, f.top() + 6, w, 24 * t, 6, 6);
        g.setFill(HANDLE.darker());
        g.fillText(text, f.left() + 12, f.top() + 10);
    }

    /**
     * Grid, frame, tick labels and axis labels. At least 5 x ticks are asked for: NiceTicks rounds the
     * step up, so fewer can leave a single tick on an interval such as [−π, π].
     */
    void axes(GraphicsContext g, Frame f, boolean xLabels, String yLabel) {
        NiceTicks.Ticks xt = NiceTicks.linear(f.xMin(), f.xMax(), Math.max(5, (int) (f.width() / 70)));
        NiceTicks.Ticks yt = NiceTicks.linear(f.yMin(), f.yMax(), Math.max(3, (int) (f.height() / 40)));
        g.setLineWidth(k * 1);
        g.setStroke(GRID);
        g.setFont(tickFont);
        g.setFill(AXIS);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < xt.size(); i++) {
            double px = snap(f.toPx(xt.values()[i]));
            g.strokeLine(px, f.top(), px, f.bottom());
            if (xLabels) {
                g.fillText(xt.labels()[i], px, f.bottom() + 6);
            }
        }
        g.setTextBaseline(VPos.CENTER);
        g.setTextAlign(TextAlignment.RIGHT);
        for (int i = 0; i < yt.size(); i++) {
            double py = snap(f.toPy(yt.values()[i]));
            g.strokeLine(f.left(), py, f.right(), py);
            g.fillText(yt.labels()[i], f.left() - 8, py);
        }
        g.setStroke(AXIS);
        g.strokeRect(snap(f.left()), snap(f.top()), Math.round(f.width()), Math.round(f.height()));
        g.setFont(labelFont);
        g.setTextAlign(TextAlignment.CENTER);
        if (xLabels) {
            g.setTextBaseline(VPos.TOP);
            g.fillText("x", f.left() + f.width() / 2, f.bottom() + 28 * t);
        }
        g.save();
        g.translate(16 * t, f.top() + f.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(yLabel, 0, 0);
        g.restore();
    }

    private static double snap(double v) {
        return Math.floor(v) + 0.5;
    }

    private void hinges(GraphicsContext g, Frame f, List<Hinge> hinges, int highlight) {
        for (int i = 0; i < hinges.size(); i++) {
            Hinge hg = hinges.get(i);
            boolean strong = i == highlight;
            g.setStroke(strong ? HANDLE : HINGE);
            g.setLineWidth(k * (strong ? 2.5 : 1.4));
            double p = hg.breakpoint();
            g.beginPath();
            g.moveTo(f.toPx(f.xMin()), f.toPy(hg.value(f.xMin())));
            if (p > f.xMin() && p < f.xMax()) {
                g.lineTo(f.toPx(p), f.toPy(hg.value(p)));
            }
            g.lineTo(f.toPx(f.xMax()), f.toPy(hg.value(f.xMax())));
            g.stroke();
        }
    }

    private void target(GraphicsContext g, Frame f, Target target) {
        double[] xs = target.gridX();
        double[] ys = target.gridY();
        int stride = Math.max(1, xs.length / Math.max(200, (int) (2 * f.width())));
        g.setStroke(TARGET);
        g.setLineWidth(k * 3);
        g.beginPath();
        for (int k = 0; k < xs.length; k += stride) {
            if (k == 0) {
                g.moveTo(f.toPx(xs[k]), f.toPy(ys[k]));
            } else {
                g.lineTo(f.toPx(xs[k]), f.toPy(ys[k]));
            }
        }
        g.lineTo(f.toPx(xs[xs.length - 1]), f.toPy(ys[ys.length - 1]));
        g.stroke();
    }

    /** The output is a straight line between kinks, so the polyline through them is exact. */
    private void output(GraphicsContext g, Frame f, ReluNetwork net, Target target) {
        double[] kinks = net.kinks(target.interval());
        g.setStroke(OUTPUT);
        g.setLineWidth(k * 2.5);
        g.beginPath();
        g.moveTo(f.toPx(f.xMin()), f.toPy(net.value(f.xMin())));
        for (double k : kinks) {
            g.lineTo(f.toPx(k), f.toPy(net.value(k)));
        }
        g.lineTo(f.toPx(f.xMax()), f.toPy(net.value(f.xMax())));
        g.stroke();
    }

    private void worst(GraphicsContext g, Frame f, Target target, ReluNetwork net, ApproxError err) {
        if (err == null) {
            return;
        }
        double x = err.worstX();
        double px = f.toPx(x);
        double y0 = f.toPy(target.value(x));
        double y1 = f.toPy(net.value(x));
        g.setStroke(WORST);
        g.setLineWidth(k * 2.5);
        g.setLineDashes(6, 4);
        g.strokeLine(px, y0, px, y1);
        g.setLineDashes();
        g.setFill(WORST);
        g.fillOval(px - 4, y0 - 4, 8, 8);
    }

    private void handles(GraphicsContext g, Frame f, ReluNetwork net, int highlight, boolean editable) {
        List<Hinge> hinges = net.hinges();
        double r = hinges.size() > 64 ? 3 : hinges.size() > 24 ? 4.5 : 6;
        for (int i = 0; i < hinges.size(); i++) {
            double p = hinges.get(i).breakpoint();
            if (!(p >= f.xMin() && p < f.xMax())) {
                continue;
            }
            double rr = i == highlight ? r + 3 : r;
            double px = f.toPx(p);
            double py = f.toPy(net.value(p));
            g.setFill(editable ? HANDLE : HANDLE.deriveColor(0, 1, 1, 0.6));
            g.fillOval(px - rr, py - rr, 2 * rr, 2 * rr);
            g.setStroke(Color.WHITE);
            g.setLineWidth(k * 1.2);
            g.strokeOval(px - rr, py - rr, 2 * rr, 2 * rr);
        }
    }

    /** Small triangles under the x axis, one per breakpoint. */
    private void axisTicks(GraphicsContext g, Frame f, List<Hinge> hinges) {
        g.setFill(HANDLE);
        for (Hinge hg : hinges) {
            double p = hg.breakpoint();
            if (!(p >= f.xMin() && p < f.xMax())) {
                continue;
            }
            double px = f.toPx(p);
            double y = f.bottom();
            g.fillPolygon(new double[] {px, px - 4, px + 4}, new double[] {y + 1, y + 8, y + 8}, 3);
        }
    }
}
