package org.activationlab.app.chain;

import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;
import org.activationlab.core.chain.BigMag;

/**
 * The running product |dC/da_j| as a horizontal bar on a log10 axis: the bar starts at 1
 * (log10 = 0) and reaches right for a product above 1, left for one below, so each step visibly
 * grows or shrinks it. The axis spans every value the walk will reach (fixed for one chain, so
 * steps are comparable); the previous value is a thin grey mark; a true zero says so in words.
 */
final class ProductBar extends Region {
    private static final Font FONT = Font.font("System", 14);
    private static final double PAD = 24;
    private final Canvas canvas = new Canvas();
    private double lo = -1;
    private double hi = 1;
    private BigMag value = BigMag.ONE;
    private BigMag previous;
    private Color color = Colors.NEUTRAL;
    /** Drawn in fixed units and scaled by this (presenter mode, zoom), as the diagram. */
    private double scale = 1;

    ProductBar() {
        setId("chain-product-bar");
        getStyleClass().add("paper"); // drawn in dark ink: a white page of its own on the dark theme
        getChildren().add(canvas);
        setMinHeight(58);
        setPrefHeight(60);
    }

    /** Sets the axis from the log10 magnitudes the walk passes through (zeros skipped). */
    void setRange(double minLog10, double maxLog10) {
        double a = Math.min(0, Math.floor(minLog10));
        double b = Math.max(0, Math.ceil(maxLog10));
        if (b - a < 2) {
            a -= 1;
            b += 1;
        }
        if (a == lo && b == hi) {
            return; // the same axis: the show(...) that follows draws once
        }
        lo = a;
        hi = b;
        draw();
    }

    void show(BigMag v, BigMag prev, Color c) {
        value = v;
        previous = prev;
        color = c;
        draw();
    }

    /** Draws {@code k} times larger (clamped to [0.5, 3]): bound to the app's text scale. */
    void setScale(double k) {
        double v = org.activationlab.app.control.TextScale.clamp(k);
        if (v != scale) {
            scale = v;
            setMinHeight(58 * v);
            setPrefHeight(60 * v);
            requestLayout();
            draw();
        }
    }

    double axisMin() {
        return lo;
    }

    double axisMax() {
        return hi;
    }

    @Override
    protected void layoutChildren() {
        if (getWidth() == canvas.getWidth() && getHeight() == canvas.getHeight()) {
            return;
        }
        canvas.setWidth(getWidth());
        canvas.setHeight(getHeight());
        draw();
    }

    private double x(double log10) {
        return PAD + (log10 - lo) / (hi - lo) * (canvas.getWidth() / scale - 2 * PAD);
    }

    private void draw() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        double w = canvas.getWidth() / scale; // drawing units
        if (w < 3 * PAD) {
            return;
        }
        g.save();
        g.scale(scale, scale);
        drawScaled(g, w);
        g.restore();
    }

    private void drawScaled(GraphicsContext g, double w) {
        double barTop = 6;
        double barH = 24;
        double axisY = barTop + barH + 6;
        Strokes.horizontal(g, Colors.MUTED, PAD, w - PAD, axisY, 1);
        drawTicks(g, axisY, w);
        double x0 = x(0);
        if (value.isZero()) {
            g.setFill(Colors.TEXT);
            g.setFont(FONT);
            g.setTextAlign(TextAlignment.LEFT);
            g.setTextBaseline(VPos.CENTER);
            g.fillText("exactly 0: a factor f′ = 0 wiped out the whole product", PAD, barTop + barH / 2);
        } else {
            double x1 = x(value.log10Abs());
            g.setFill(color);
            g.fillRect(Math.min(x0, x1), barTop, Math.max(2, Math.abs(x1 - x0)), barH);
        }
        if (previous != null && !previous.isZero()) {
            double xp = x(previous.log10Abs());
            Strokes.dashedVertical(g, Colors.TEXT, xp, barTop - 4, barTop + barH + 4, 2, 4, 3);
        }
        Strokes.vertical(g, Colors.TEXT, x0, barTop - 4, axisY, 2);
    }

    private void drawTicks(GraphicsContext g, double axisY, double w) {
        double span = hi - lo;
        double pixelsPerDecade = (w - 2 * PAD) / span;
        long every = Math.max(1, (long) Math.ceil(70 / pixelsPerDecade));
        every = niceStep(every);
        g.setFont(FONT);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.TOP);
        for (long k = (long) Math.ceil(lo / every) * every; k <= hi; k += every) {
            double x = x(k);
            Strokes.vertical(g, Colors.MUTED, x, axisY, axisY + 5, 1);
            g.setFill(Colors.TEXT);
            g.fillText(k == 0 ? "1" : "10^" + Long.toString(k).replace('-', '−'), x, axisY + 7);
        }
    }

    /** 1, 2, 5, 10, 20, 50, ... at or above n. */
    static long niceStep(long n) {
        long p = 1;
        while (true) {
            for (long m : new long[] {1, 2, 5}) {
                if (m * p >= n) {
                    return m * p;
                }
            }
            p *= 10;
        }
    }
}
