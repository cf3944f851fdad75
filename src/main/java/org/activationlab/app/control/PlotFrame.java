package org.activationlab.app.control;

/**
 * Where the data area sits in the drawing (pixels) and how data maps onto it. Mapping happens in
 * scaled space (log10 on a log axis).
 */
record PlotFrame(double left, double top, double width, double height, PlotRange range,
                 AxisScale xScale, AxisScale yScale, NiceTicks.Ticks xTicks, NiceTicks.Ticks yTicks) {

    double right() {
        return left + width;
    }

    double bottom() {
        return top + height;
    }

    boolean contains(double px, double py) {
        return px >= left && px <= right() && py >= top && py <= bottom();
    }

    double toPx(double x) {
        double a = xScale.toScaled(range.xMin());
        double b = xScale.toScaled(range.xMax());
        return left + (xScale.toScaled(x) - a) / (b - a) * width;
    }

    double toPy(double y) {
        double a = yScale.toScaled(range.yMin());
        double b = yScale.toScaled(range.yMax());
        return bottom() - (yScale.toScaled(y) - a) / (b - a) * height;
    }

    double fromPx(double px) {
        double a = xScale.toScaled(range.xMin());
        double b = xScale.toScaled(range.xMax());
        return xScale.fromScaled(a + (px - left) / width * (b - a));
    }

    double fromPy(double py) {
        double a = yScale.toScaled(range.yMin());
        double b = yScale.toScaled(range.yMax());
        return yScale.fromScaled(a + (bottom() - py) / height * (b - a));
    }
}
