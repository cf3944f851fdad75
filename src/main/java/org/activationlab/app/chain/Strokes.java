package org.activationlab.app.chain;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

/**
 * Straight lines along the axes drawn as thin rectangles. In the software renderer a stroked line
 * goes through the anti-aliasing shape rasteriser (stroke outline, then coverage), while an
 * axis-aligned rectangle is filled directly; the chain screen redraws its canvases on every frame
 * of a drag, and strokes were the largest part of their painting. The pixels are the same.
 */
final class Strokes {
    private Strokes() {
    }

    /** A horizontal line from x0 to x1 at y, {@code width} thick, centred on y as a stroke would be. */
    static void horizontal(GraphicsContext g, Paint paint, double x0, double x1, double y, double width) {
        g.setFill(paint);
        g.fillRect(Math.min(x0, x1), y - width / 2, Math.abs(x1 - x0), width);
    }

    /** A vertical line from y0 to y1 at x, {@code width} thick, centred on x. */
    static void vertical(GraphicsContext g, Paint paint, double x, double y0, double y1, double width) {
        g.setFill(paint);
        g.fillRect(x - width / 2, Math.min(y0, y1), width, Math.abs(y1 - y0));
    }

    /** A dashed vertical line: dashes of {@code dash} px with gaps of {@code gap} px, from y0 down to y1. */
    static void dashedVertical(GraphicsContext g, Paint paint, double x, double y0, double y1, double width,
                               double dash, double gap) {
        g.setFill(paint);
        for (double y = Math.min(y0, y1); y < Math.max(y0, y1); y += dash + gap) {
            g.fillRect(x - width / 2, y, width, Math.min(dash, Math.max(y0, y1) - y));
        }
    }

    /** A filled arrowhead pointing right with its tip at (x, y): {@code length} long, {@code half} high each side. */
    static void arrowRight(GraphicsContext g, Paint paint, double x, double y, double length, double half) {
        g.setFill(paint);
        g.fillPolygon(new double[] {x, x - length, x - length}, new double[] {y, y - half, y + half}, 3);
    }
}
