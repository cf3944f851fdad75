package org.activationlab.app.control;

import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** {@link PlotGraphics} on a JavaFX Canvas. */
final class CanvasPlotGraphics implements PlotGraphics {
    private final GraphicsContext g;
    private final TextMetrics metrics;

    CanvasPlotGraphics(GraphicsContext g, TextMetrics metrics) {
        this.g = g;
        this.metrics = metrics;
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setTextBaseline(VPos.CENTER);
    }

    @Override
    public void fillRect(double x, double y, double w, double h, Color fill) {
        g.setFill(fill);
        g.fillRect(x, y, w, h);
    }

    @Override
    public void strokeRect(double x, double y, double w, double h, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.setLineDashes((double[]) null);
        g.strokeRect(x, y, w, h);
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, Color stroke, double width) {
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.setLineDashes((double[]) null);
        g.strokeLine(x1, y1, x2, y2);
    }

    @Override
    public void polyline(double[] xs, double[] ys, int n, Color stroke, double width, double[] dashes) {
        if (n < 2) {
            return;
        }
        g.setStroke(stroke);
        g.setLineWidth(width);
        g.setLineDashes(dashes.length == 0 ? null : dashes);
        g.strokePolyline(xs, ys, n);
    }

    @Override
    public void circle(double cx, double cy, double r, Color fill, Color stroke) {
        g.setFill(fill);
        g.fillOval(cx - r, cy - r, 2 * r, 2 * r);
        g.setStroke(stroke);
        g.setLineWidth(2);
        g.setLineDashes((double[]) null);
        g.strokeOval(cx - r, cy - r, 2 * r, 2 * r);
    }

    @Override
    public void text(String s, double x, double y, Font font, Color fill, Align align, double rotate) {
        g.setFont(font);
        g.setFill(fill);
        g.setTextAlign(switch (align) {
            case START -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
        });
        if (rotate == 0) {
            g.fillText(s, x, y);
            return;
        }
        g.save();
        g.translate(x, y);
        g.rotate(rotate);
        g.fillText(s, 0, 0);
        g.restore();
    }

    @Override
    public double textWidth(String s, Font font) {
        return metrics.width(s, font);
    }
}
