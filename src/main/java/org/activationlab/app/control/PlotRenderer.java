package org.activationlab.app.control;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Lays out and draws one frame of a plot (title, axes with nice ticks, grid, bands, series,
 * legend) onto a {@link PlotGraphics}. Font sizes and line widths are chosen for a projector, and
 * the text with the spaces around it grows with the snapshot's text scale ({@link PlotText}).
 */
final class PlotRenderer {
    static final Color TEXT = Color.web("#1f2328");
    static final Color GRID = Color.web("#d8dee4");
    static final Color ZERO = Color.web("#8c959f");
    static final Color FRAME = Color.web("#57606a");
    private static final double PAD = 10;
    /** Pixel coordinates are clamped so far-off points cannot upset the rasteriser. */
    private static final double FAR = 1e5;
    /** Points closer than this (pixels) to the simplified line are dropped: invisible, much faster. */
    static final double SIMPLIFY_TOLERANCE = 0.2;

    private double[] px = new double[0];
    private double[] py = new double[0];
    private final PlotLegend legend = new PlotLegend();

    /** Computes margins, ticks and the data area for a drawing of size w × h. */
    PlotFrame layout(PlotSnapshot s, double w, double h, PlotGraphics g) {
        PlotText t = s.text();
        double top = PAD + (blank(s.title()) ? 6 : t.px(30));
        double bottom = PAD + t.px(22) + (blank(s.xLabel()) ? 0 : t.px(26));
        double plotH = Math.max(10, h - top - bottom);
        PlotRange r = s.range();
        NiceTicks.Ticks yt = NiceTicks.forAxis(s.yScale(), r.yMin(), r.yMax(), Math.max(2, (int) (plotH / t.px(48))));
        double yLabelW = 0;
        for (String l : yt.labels()) {
            yLabelW = Math.max(yLabelW, g.textWidth(l, t.tick()));
        }
        double left = PAD + yLabelW + 8 + (blank(s.yLabel()) ? 0 : t.px(28));
        double plotW = Math.max(10, w - left - PAD - 6);
        NiceTicks.Ticks xt = xTicks(s, plotW, g);
        double over = rightOverhang(xt, s, plotW, g) - (PAD + 4);
        if (over > 0 && plotW - over > 10) { // the last label centred under the right edge would leave the drawing
            plotW -= over;
            xt = xTicks(s, plotW, g);
        }
        return new PlotFrame(left, top, plotW, plotH, r, s.xScale(), s.yScale(), xt, yt);
    }

    /** How far (px) the last x tick label, centred on its tick, reaches past the plot area's right edge. */
    private static double rightOverhang(NiceTicks.Ticks t, PlotSnapshot s, double plotW, PlotGraphics g) {
        if (t.size() == 0) {
            return 0;
        }
        int last = t.size() - 1;
        AxisScale xs = s.xScale();
        double a = xs.toScaled(s.range().xMin());
        double b = xs.toScaled(s.range().xMax());
        double px = (xs.toScaled(t.values()[last]) - a) / (b - a) * plotW;
        return px + g.textWidth(t.labels()[last], s.text().tick()) / 2 - plotW;
    }

    /** As many x ticks as fit without their labels touching. */
    private static NiceTicks.Ticks xTicks(PlotSnapshot s, double plotW, PlotGraphics g) {
        PlotRange r = s.range();
        for (int count = Math.max(2, (int) (plotW / s.text().px(80))); ; count--) {
            NiceTicks.Ticks t = NiceTicks.forAxis(s.xScale(), r.xMin(), r.xMax(), count);
            if (count <= 2 || fits(t, s, plotW, g)) {
                return t;
            }
        }
    }

    private static boolean fits(NiceTicks.Ticks t, PlotSnapshot s, double plotW, PlotGraphics g) {
        if (t.size() < 2) {
            return true;
        }
        PlotFrame f = new PlotFrame(0, 0, plotW, 1, s.range(), s.xScale(), s.yScale(), t, t);
        double minGap = Double.MAX_VALUE;
        double widest = 0;
        for (int i = 0; i < t.size(); i++) {
            widest = Math.max(widest, g.textWidth(t.labels()[i], s.text().tick()));
            if (i > 0) {
                minGap = Math.min(minGap, f.toPx(t.values()[i]) - f.toPx(t.values()[i - 1]));
            }
        }
        return minGap >= widest + 16;
    }

    /** Draws the whole frame. */
    void draw(PlotSnapshot s, PlotFrame f, double w, double h, PlotGraphics g) {
        PlotText t = s.text();
        g.fillRect(0, 0, w, h, Color.WHITE);
        if (!blank(s.title())) {
            Fitted title = Fitted.of(s.title(), t.title(), w - 2 * PAD, g);
            double cx = clamp(f.left() + f.width() / 2, PAD + title.width() / 2, w - PAD - title.width() / 2);
            g.text(title.text(), cx, PAD + t.px(12), title.font(), TEXT, PlotGraphics.Align.CENTER, 0);
        }
        drawBands(s.bands(), f, g);
        drawGrid(f, g);
        ClipRect clip = new ClipRect(f.left(), f.top(), f.right(), f.bottom());
        for (PlotSeries ser : s.series()) {
            drawSeries(ser, f, clip, g);
        }
        g.strokeRect(f.left(), f.top(), f.width(), f.height(), FRAME, 1);
        drawTickLabels(f, t, g);
        drawAxisLabels(s, f, h, g);
        legend.draw(s, f, g);
    }

    private static void drawBands(List<PlotBand> bands, PlotFrame f, PlotGraphics g) {
        for (PlotBand b : bands) {
            double x0 = clamp(Double.isInfinite(b.from()) ? f.left() : f.toPx(b.from()), f.left(), f.right());
            double x1 = clamp(Double.isInfinite(b.to()) ? f.right() : f.toPx(b.to()), f.left(), f.right());
            if (x1 > x0) {
                g.fillRect(x0, f.top(), x1 - x0, f.height(), b.fill());
            }
        }
    }

    private static void drawGrid(PlotFrame f, PlotGraphics g) {
        for (double v : f.xTicks().values()) {
            double x = Math.round(f.toPx(v)) + 0.5;
            g.line(x, f.top(), x, f.bottom(), v == 0 ? ZERO : GRID, v == 0 ? 1.5 : 1);
        }
        for (double v : f.yTicks().values()) {
            double y = Math.round(f.toPy(v)) + 0.5;
            g.line(f.left(), y, f.right(), y, v == 0 ? ZERO : GRID, v == 0 ? 1.5 : 1);
        }
    }

    private void drawTickLabels(PlotFrame f, PlotText t, PlotGraphics g) {
        NiceTicks.Ticks xt = f.xTicks();
        for (int i = 0; i < xt.size(); i++) {
            g.text(xt.labels()[i], f.toPx(xt.values()[i]), f.bottom() + t.px(14), t.tick(), TEXT, PlotGraphics.Align.CENTER, 0);
        }
        NiceTicks.Ticks yt = f.yTicks();
        for (int i = 0; i < yt.size(); i++) {
            g.text(yt.labels()[i], f.left() - 8, f.toPy(yt.values()[i]), t.tick(), TEXT, PlotGraphics.Align.END, 0);
        }
    }

    private static void drawAxisLabels(PlotSnapshot s, PlotFrame f, double h, PlotGraphics g) {
        PlotText t = s.text();
        if (!blank(s.xLabel())) {
            Fitted x = Fitted.of(s.xLabel(), t.axis(), f.width() + f.left() - PAD, g);
            g.text(x.text(), f.left() + f.width() / 2, f.bottom() + t.px(42), x.font(), TEXT, PlotGraphics.Align.CENTER, 0);
        }
        if (!blank(s.yLabel())) {
            Fitted y = Fitted.of(s.yLabel(), t.axis(), f.height() + 2 * PAD, g);
            g.text(y.text(), PAD + t.px(10), f.top() + f.height() / 2, y.font(), TEXT, PlotGraphics.Align.CENTER, -90);
        }
    }

    /** Maps a series to pixels and strokes it, breaking the line at points the axes cannot show. */
    private void drawSeries(PlotSeries s, PlotFrame f, ClipRect clip, PlotGraphics g) {
        int n = s.size();
        if (n < 2) {
            return;
        }
        if (px.length < n) {
            px = new double[n];
            py = new double[n];
        }
        AxisScale xs = f.xScale();
        AxisScale ys = f.yScale();
        double xa = xs.toScaled(f.range().xMin());
        double xk = f.width() / (xs.toScaled(f.range().xMax()) - xa);
        double ya = ys.toScaled(f.range().yMin());
        double yk = f.height() / (ys.toScaled(f.range().yMax()) - ya);
        double[] x = s.x();
        double[] y = s.y();
        int m = 0;
        for (int i = 0; i < n; i++) {
            double sx = xs == AxisScale.LINEAR ? x[i] : xs.toScaled(x[i]);
            double sy = ys == AxisScale.LINEAR ? y[i] : ys.toScaled(y[i]);
            if (Double.isFinite(sx) && Double.isFinite(sy)) {
                px[m] = clamp(f.left() + (sx - xa) * xk, -FAR, FAR);
                py[m] = clamp(f.bottom() - (sy - ya) * yk, -FAR, FAR);
                m++;
            } else {
                stroke(m, s, clip, g);
                m = 0;
            }
        }
        stroke(m, s, clip, g);
    }

    /** Simplifies a finite run, cuts it to the data area and strokes the pieces. */
    private void stroke(int m, PlotSeries s, ClipRect clip, PlotGraphics g) {
        int k = Simplify.sleeve(px, py, m, SIMPLIFY_TOLERANCE);
        clip.clip(px, py, k, (cx, cy, n) -> g.polyline(cx, cy, n, s.color(), s.width(), s.dashes()));
    }

    static double clamp(double v, double lo, double hi) {
        return v < lo ? lo : Math.min(v, hi);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
