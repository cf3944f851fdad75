package org.activationlab.app.approx;

import java.util.List;
import java.util.function.BiConsumer;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;

/**
 * The main picture of the approximation screen, drawn on a canvas: the target, the network's
 * output, every hidden unit's hinge drawn faintly, the breakpoints as handles on the output curve
 * (and ticks on the x axis), where the largest error sits, and below, on the same x scale, the
 * error curve output − f, so each bump of the error sits right under its straight piece.
 *
 * <p>Why not {@code PlotView}: the handles must be dragged, which needs the mapping between data
 * and pixels; this plot owns its layout, so the mapping is exact. Dragging a handle sideways moves
 * that hinge's breakpoint, dragging it up or down changes its slope; the direction is fixed by the
 * first few pixels of the drag. Edits go to a callback (the ViewModel), which answers with a new
 * network to show. The y range follows the target only, so the picture holds still while a hinge
 * is dragged or trained.
 */
final class HingePlot extends Region {
    static final double LEFT = 72;
    static final double RIGHT = 20;
    static final double TOP = 16;
    static final double BOTTOM = 56;
    /** Space between the hinge panel and the error panel (the breakpoint ticks sit there). */
    static final double GAP = 20;
    /** Share of the drawing height given to the hinge panel; the error panel gets the rest. */
    static final double MAIN_SHARE = 0.7;
    /** How close (pixels) the mouse must be to a handle to grab it. */
    static final double GRAB = 12;
    /** A vertical drag over the whole data height changes a hinge's slope by this many (y range)/(interval width). */
    static final double SLOPE_GAIN = 4;

    private final Canvas canvas = new Canvas();
    private final HingePlotPainter painter = new HingePlotPainter();
    private Target target;
    private ReluNetwork network;
    private ApproxError error;
    private boolean editable = true;
    private BiConsumer<Integer, Hinge> onEdit = (i, h) -> { };
    private double yMin = -1;
    private double yMax = 1;
    private int hover = -1;
    private int dragUnit = -1;
    private Hinge dragStart;
    private double pressX;
    private double pressY;
    private int dragAxis;
    private boolean dirty = true;

    HingePlot() {
        getStyleClass().add("approx-hinge-plot");
        getChildren().add(canvas);
        setMinSize(300, 220);
        setPrefSize(520, 600);
        addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> released());
        addEventHandler(MouseEvent.MOUSE_EXITED, e -> setHover(-1));
    }

    /** What to draw; the y range is refitted when the target changes. */
    void show(Target t, ReluNetwork net, ApproxError err) {
        if (t != target) {
            fitY(t);
        }
        target = t;
        network = net;
        error = err;
        markDirty();
    }

    /** Whether handles can be dragged (constructive method only). */
    void setEditable(boolean on) {
        editable = on;
        if (!on) {
            released();
            setHover(-1);
        }
        markDirty();
    }

    /** Multiplies the text's size and the room made for it (the app's text scale). */
    void setTextScale(double scale) {
        painter.setTextScale(scale);
        markDirty();
    }

    /** Multiplies every line width (the app's presenter mode doubles it). */
    void setLineScale(double scale) {
        painter.setLineScale(scale);
        markDirty();
    }

    void setOnEdit(BiConsumer<Integer, Hinge> callback) {
        onEdit = callback;
    }

    /** The canvas, for pixel checks in tests and for export. */
    Canvas canvas() {
        return canvas;
    }

    /** Where unit i's handle is drawn, in this node's coordinates; null when it is off the plot. */
    Point2D handlePosition(int i) {
        if (network == null || network.hiddenLayers() != 1) {
            return null;
        }
        double p = network.hinges().get(i).breakpoint();
        if (!(p >= target.interval().a() && p < target.interval().b())) {
            return null;
        }
        return new Point2D(toPx(p), toPy(network.value(p)));
    }

    private void fitY(Target t) {
        double lo = Double.POSITIVE_INFINITY;
        double hi = Double.NEGATIVE_INFINITY;
        for (double y : t.gridY()) {
            lo = Math.min(lo, y);
            hi = Math.max(hi, y);
        }
        double pad = hi > lo ? 0.18 * (hi - lo) : Math.max(1, Math.abs(hi));
        yMin = lo - pad;
        yMax = hi + pad;
    }

    private void markDirty() {
        dirty = true;
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double w = Math.floor(getWidth());
        double h = Math.floor(getHeight());
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        if (dirty && target != null && network != null) {
            dirty = false;
            painter.paint(canvas.getGraphicsContext2D(), frame(), errorFrame(), target, network, error,
                    dragUnit >= 0 ? dragUnit : hover, editable);
        }
    }

    /** The hinge panel. */
    HingePlotPainter.Frame frame() {
        double t = painter.textScale();
        double panels = Math.max(2, canvas.getHeight() - TOP - GAP - BOTTOM * t);
        return new HingePlotPainter.Frame(LEFT * t, TOP, Math.max(1, canvas.getWidth() - LEFT * t - RIGHT),
                panels * MAIN_SHARE, target.interval().a(), target.interval().b(), yMin, yMax);
    }

    /** The error panel's place (its y range is set when painting, from the error curve). */
    private HingePlotPainter.Frame errorFrame() {
        HingePlotPainter.Frame f = frame();
        double top = f.bottom() + GAP;
        return new HingePlotPainter.Frame(f.left(), top, f.width(), Math.max(1, canvas.getHeight() - BOTTOM * painter.textScale() - top),
                f.xMin(), f.xMax(), -1, 1);
    }

    private double toPx(double x) {
        return frame().toPx(x);
    }

    private double toPy(double y) {
        return frame().toPy(y);
    }

    // ---- mouse ----

    private int nearestHandle(double mx, double my) {
        if (!editable || network == null || network.hiddenLayers() != 1) {
            return -1;
        }
        List<Hinge> hinges = network.hinges();
        HingePlotPainter.Frame f = frame();
        boolean onAxis = my >= f.bottom() - 4 && my <= f.bottom() + 16;
        int best = -1;
        double bestD = GRAB;
        for (int i = 0; i < hinges.size(); i++) {
            double p = hinges.get(i).breakpoint();
            if (!(p >= f.xMin() && p < f.xMax())) {
                continue;
            }
            double dx = f.toPx(p) - mx;
            double d = onAxis ? Math.abs(dx) : Math.hypot(dx, f.toPy(network.value(p)) - my);
            if (d < bestD) {
                bestD = d;
                best = i;
            }
        }
        return best;
    }

    private void setHover(int i) {
        if (i != hover) {
            hover = i;
            setCursor(i >= 0 ? Cursor.HAND : Cursor.DEFAULT);
            markDirty();
        }
    }

    private void moved(MouseEvent e) {
        if (dragUnit < 0) {
            setHover(nearestHandle(e.getX(), e.getY()));
        }
    }

    private void pressed(MouseEvent e) {
        int i = nearestHandle(e.getX(), e.getY());
        if (i < 0 || network.hinges().get(i).w() == 0) {
            return;
        }
        dragUnit = i;
        dragStart = network.hinges().get(i);
        pressX = e.getX();
        pressY = e.getY();
        dragAxis = 0;
        e.consume();
        markDirty();
    }

    private void dragged(MouseEvent e) {
        if (dragUnit < 0) {
            return;
        }
        double dx = e.getX() - pressX;
        double dy = e.getY() - pressY;
        if (dragAxis == 0 && Math.max(Math.abs(dx), Math.abs(dy)) > 4) {
            dragAxis = Math.abs(dx) >= Math.abs(dy) ? 1 : 2;
            setCursor(dragAxis == 1 ? Cursor.H_RESIZE : Cursor.V_RESIZE);
        }
        HingePlotPainter.Frame f = frame();
        if (dragAxis == 1) {
            double p = dragStart.breakpoint() + dx * (f.xMax() - f.xMin()) / f.width();
            p = Math.max(f.xMin(), Math.min(f.xMax() - 1e-9 * (f.xMax() - f.xMin()), p));
            onEdit.accept(dragUnit, dragStart.withBreakpoint(p));
        } else if (dragAxis == 2) {
            double perPixel = SLOPE_GAIN * (f.yMax() - f.yMin()) / (f.xMax() - f.xMin()) / f.height();
            onEdit.accept(dragUnit, dragStart.withSlopeChange(dragStart.slopeChange() - dy * perPixel));
        }
        e.consume();
    }

    private void released() {
        if (dragUnit >= 0) {
            dragUnit = -1;
            setCursor(Cursor.DEFAULT);
            markDirty();
        }
    }
}
