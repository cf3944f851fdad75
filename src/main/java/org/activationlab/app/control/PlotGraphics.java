package org.activationlab.app.control;

import javafx.scene.paint.Color;
import javafx.scene.text.Font;

/**
 * The few drawing operations a plot needs. {@link PlotRenderer} draws through this interface, so
 * the screen (a Canvas) and the SVG export are drawn from one and the same model.
 */
interface PlotGraphics {

    /** Text anchors. */
    enum Align { START, CENTER, END }

    void fillRect(double x, double y, double w, double h, Color fill);

    void strokeRect(double x, double y, double w, double h, Color stroke, double width);

    void line(double x1, double y1, double x2, double y2, Color stroke, double width);

    /** A polyline of the first {@code n} points, with an optional dash pattern. */
    void polyline(double[] xs, double[] ys, int n, Color stroke, double width, double[] dashes);

    void circle(double cx, double cy, double r, Color fill, Color stroke);

    /**
     * Text with its horizontal anchor at x and its vertical centre at y; {@code rotate} is in
     * degrees (−90 for a y-axis label).
     */
    void text(String s, double x, double y, Font font, Color fill, Align align, double rotate);

    /** The width of {@code s} in {@code font}, for layout. */
    double textWidth(String s, Font font);
}
