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
 * Draws {@link HingePlot}: grid and axes, the faint hinges, the target, the output (exactly, as
 * the polyline through its kinks), the largest error and the breakpoint handles, then a legend.
 */
final class HingePlotPainter {
    static final Color TARGET = Color.web("#1f1f1f");
    static final Color OUTPUT = Palette.color(0);
    static final Color HANDLE = Palette.color(1);
    static final Color HINGE = Palette.color(2).deriveColor(0, 1, 1, 0.45);
    static final Color WORST = Color.web("#cf222e");
    private static final Color GRID = Color.web("#d8dee4");
    private static final Color AXIS = Color.web("#57606a");
    private static final Font TICK_FONT = Font.font("System", 14);
    private static final Font LABEL_FONT = Font.font("System", FontWeight.BOLD, 16);
    private static final Font LEGEND_FONT = Font.font("System", 15);

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

    void paint(GraphicsContext g, Frame f, Target target, ReluNetwork net, ApproxError err, int highlight,
            boolean editable) {
        double w = g.getCanvas().getWidth();
        double h = g.getCanvas().getHeight();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setLineCap(StrokeLineCap.ROUND);
        g.setLineJoin(StrokeLineJoin.ROUND);
        axes(g, f);
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
        }
        legend(g, f, editable, target);
    }

    private void axes(GraphicsContext g, Frame f) {
        NiceTicks.Ticks xt = NiceTicks.linear(f.xMin(), f.xMax(), Math.max(2, (int) (f.width() / 90)));
        NiceTicks.Ticks yt = NiceTicks.linear(f.yMin(), f.yMax(), Math.max(2, (int) (f.height() / 40)));
        g.setLineWidth(1);
        g.setStroke(GRID);
        g.setFont(TICK_FONT);
        g.setFill(AXIS);
        g.setTextBaseline(VPos.TOP);
        g.setTextAlign(TextAlignment.CENTER);
        for (int i = 0; i < xt.size(); i++) {
            double px = snap(f.toPx(xt.values()[i]));
            g.strokeLine(px, f.top(), px, f.bottom());
            g.fillText(xt.labels()[i], px, f.bottom() + 18);
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
        g.setFont(LABEL_FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.BOTTOM);
        g.fillText("x", f.left() + f.width() / 2, f.bottom() + 54);
        g.save();
        g.translate(18, f.top() + f.height() / 2);
        g.rotate(-90);
        g.setTextBaseline(VPos.CENTER);
        g.fillText("y", 0, 0);
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
            g.setLineWidth(strong ? 2.5 : 1.4);
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
        g.setLineWidth(3);
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
        g.setLineWidth(2.5);
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
        g.setLineWidth(2.5);
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
            g.setLineWidth(1.2);
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

    /** The corner of the data area whose legend box covers the fewest points of the target. */
    private static double[] legendCorner(Frame f, Target target, double boxW, double boxH) {
        double[][] corners = {
            {f.left() + 10, f.top() + 10}, {f.right() - boxW - 10, f.top() + 10},
            {f.left() + 10, f.bottom() - boxH - 10}, {f.right() - boxW - 10, f.bottom() - boxH - 10},
            {f.left() + (f.width() - boxW) / 2, f.top() + 10}};
        double[] xs = target.gridX();
        double[] ys = target.gridY();
        double[] best = corners[0];
        int bestCount = Integer.MAX_VALUE;
        for (double[] c : corners) {
            int count = 0;
            for (int k = 0; k < xs.length; k += 20) {
                double px = f.toPx(xs[k]);
                double py = f.toPy(ys[k]);
                if (px >= c[0] - 6 && px <= c[0] + boxW + 6 && py >= c[1] - 6 && py <= c[1] + boxH + 6) {
                    count++;
                }
            }
            if (count < bestCount) {
                bestCount = count;
                best = c;
            }
        }
        return best;
    }

    private void legend(GraphicsContext g, Frame f, boolean editable, Target target) {
        String[] labels = {"target f(x)", "network output", "one hinge per unit",
            editable ? "breakpoint (drag me)" : "breakpoint", "largest error"};
        Color[] colors = {TARGET, OUTPUT, HINGE.deriveColor(0, 1, 1, 1.6), HANDLE, WORST};
        g.setFont(LEGEND_FONT);
        g.setTextAlign(TextAlignment.LEFT);
        g.setTextBaseline(VPos.CENTER);
        double boxW = 205;
        double boxH = labels.length * 22 + 8;
        double[] corner = legendCorner(f, target, boxW, boxH);
        double x = corner[0];
        double y = corner[1];
        g.setFill(Color.rgb(255, 255, 255, 0.88));
        g.fillRoundRect(x, y, boxW, boxH, 8, 8);
        g.setStroke(GRID);
        g.setLineWidth(1);
        g.strokeRoundRect(x, y, boxW, boxH, 8, 8);
        for (int i = 0; i < labels.length; i++) {
            double cy = y + 15 + i * 22;
            g.setStroke(colors[i]);
            g.setFill(colors[i]);
            if (i == 3) {
                g.fillOval(x + 18, cy - 5, 10, 10);
            } else {
                g.setLineWidth(i == 2 ? 2 : 3);
                if (i == 4) {
                    g.setLineDashes(6, 4);
                }
                g.strokeLine(x + 8, cy, x + 38, cy);
                g.setLineDashes();
            }
            g.setFill(TARGET);
            g.fillText(labels[i], x + 48, cy);
        }
    }
}
