package org.activationlab.app.control;

import java.util.List;
import javafx.event.EventHandler;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.SkinBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.paint.Color;

/**
 * Draws a {@link PlotView} on two canvases: the data (redrawn only when something changed, at
 * most once per pulse: changes set a dirty flag and request a layout) and, above it, the
 * crosshair (cheap, redrawn as the mouse moves). Handles zoom, pan and reset.
 */
final class PlotViewSkin extends SkinBase<PlotView> {
    private static final Color CROSSHAIR = Color.rgb(40, 40, 40, 0.55);
    private static final double WHEEL_NOTCH = 40;
    private static final double ZOOM_PER_NOTCH = 1.2;

    private final Canvas base = new Canvas();
    private final Canvas overlay = new Canvas();
    private final TextMetrics metrics = new TextMetrics();
    private final PlotRenderer renderer = new PlotRenderer();
    private PlotFrame frame;
    private boolean dirty = true;
    private boolean overlayDirty = true;
    private double mouseX = Double.NaN;
    private double mouseY = Double.NaN;
    private double dragX;
    private double dragY;
    private PlotRange dragRange;
    private long redraws;

    private final EventHandler<MouseEvent> onMouse = this::mouse;
    private final EventHandler<ScrollEvent> onScroll = this::scroll;
    private final EventHandler<KeyEvent> onKey = this::key;

    PlotViewSkin(PlotView plot) {
        super(plot);
        overlay.setMouseTransparent(true);
        base.setMouseTransparent(true);
        getChildren().addAll(base, overlay);
        registerInvalidationListener(plot.titleProperty(), o -> markDirty());
        registerInvalidationListener(plot.xLabelProperty(), o -> markDirty());
        registerInvalidationListener(plot.yLabelProperty(), o -> markDirty());
        registerInvalidationListener(plot.xScaleProperty(), o -> markDirty());
        registerInvalidationListener(plot.yScaleProperty(), o -> markDirty());
        registerInvalidationListener(plot.viewRangeProperty(), o -> markDirty());
        registerInvalidationListener(plot.defaultRangeProperty(), o -> markDirty());
        registerInvalidationListener(plot.legendPositionProperty(), o -> markDirty());
        registerInvalidationListener(plot.lineScaleProperty(), o -> markDirty());
        registerInvalidationListener(plot.textScaleProperty(), o -> markDirty());
        registerInvalidationListener(plot.crosshairFormatterProperty(), o -> markOverlayDirty());
        registerListChangeListener(plot.getSeries(), c -> markDirty());
        registerListChangeListener(plot.getBands(), c -> markDirty());
        plot.addEventHandler(MouseEvent.ANY, onMouse);
        plot.addEventHandler(ScrollEvent.SCROLL, onScroll);
        plot.addEventHandler(KeyEvent.KEY_PRESSED, onKey);
    }

    @Override
    public void dispose() {
        PlotView plot = getSkinnable();
        if (plot != null) {
            plot.removeEventHandler(MouseEvent.ANY, onMouse);
            plot.removeEventHandler(ScrollEvent.SCROLL, onScroll);
            plot.removeEventHandler(KeyEvent.KEY_PRESSED, onKey);
        }
        super.dispose();
    }

    /** How often the data canvas was drawn (tests check that changes coalesce). */
    long redrawCount() {
        return redraws;
    }

    private void markDirty() {
        dirty = true;
        overlayDirty = true;
        getSkinnable().requestLayout();
    }

    private void markOverlayDirty() {
        overlayDirty = true;
        getSkinnable().requestLayout();
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (base.getWidth() != w || base.getHeight() != h) {
            base.setWidth(w);
            base.setHeight(h);
            overlay.setWidth(w);
            overlay.setHeight(h);
            dirty = true;
            overlayDirty = true;
        }
        base.relocate(x, y);
        overlay.relocate(x, y);
        if (dirty) {
            dirty = false;
            redraw(w, h);
        }
        if (overlayDirty) {
            overlayDirty = false;
            drawOverlay(w, h);
        }
    }

    private void redraw(double w, double h) {
        if (w < 1 || h < 1) {
            return;
        }
        redraws++;
        CanvasPlotGraphics g = new CanvasPlotGraphics(base.getGraphicsContext2D(), metrics);
        PlotSnapshot s = getSkinnable().snapshot();
        frame = renderer.layout(s, w, h, g);
        renderer.draw(s, frame, w, h, g);
    }

    private void drawOverlay(double w, double h) {
        var gc = overlay.getGraphicsContext2D();
        gc.clearRect(0, 0, w, h);
        PlotView plot = getSkinnable();
        boolean show = frame != null && plot.isCrosshairEnabled() && frame.contains(mouseX, mouseY);
        // an invisible overlay costs nothing to composite; most frames have no crosshair
        overlay.setVisible(show);
        if (!show) {
            return;
        }
        CanvasPlotGraphics g = new CanvasPlotGraphics(gc, metrics);
        double dx = frame.fromPx(mouseX);
        double dy = frame.fromPy(mouseY);
        g.line(Math.round(mouseX) + 0.5, frame.top(), Math.round(mouseX) + 0.5, frame.bottom(), CROSSHAIR, 1);
        g.line(frame.left(), Math.round(mouseY) + 0.5, frame.right(), Math.round(mouseY) + 0.5, CROSSHAIR, 1);
        for (PlotSeries s : plot.getSeries()) {
            double v = s.interpolate(dx);
            double py = frame.toPy(v);
            if (Double.isFinite(py) && py >= frame.top() && py <= frame.bottom()) {
                g.circle(mouseX, py, s.isDashed() ? 4 : 5, Color.WHITE, s.color());
            }
        }
        CrosshairFormatter f = plot.crosshairFormatterProperty().get();
        if (f != null) {
            drawReadout(f.format(dx, dy), g);
        }
    }

    private void drawReadout(List<String> lines, CanvasPlotGraphics g) {
        if (lines == null || lines.isEmpty()) {
            return;
        }
        PlotText t = PlotText.of(getSkinnable().textScaleProperty().get());
        double tw = 0;
        for (String l : lines) {
            tw = Math.max(tw, g.textWidth(l, t.readout()));
        }
        double lineH = t.px(21);
        double bw = tw + 20;
        double bh = lines.size() * lineH + 12;
        double bx = mouseX + 18 + bw > frame.right() ? mouseX - 18 - bw : mouseX + 18;
        double by = PlotRenderer.clamp(mouseY + 18, frame.top() + 4, Math.max(frame.top() + 4, frame.bottom() - bh - 4));
        g.fillRect(bx, by, bw, bh, Color.rgb(255, 255, 255, 0.94));
        g.strokeRect(bx, by, bw, bh, PlotRenderer.FRAME, 1);
        for (int i = 0; i < lines.size(); i++) {
            g.text(lines.get(i), bx + 10, by + 6 + lineH * i + lineH / 2, t.readout(), PlotRenderer.TEXT,
                    PlotGraphics.Align.START, 0);
        }
    }

    private void mouse(MouseEvent e) {
        PlotView plot = getSkinnable();
        mouseX = e.getX();
        mouseY = e.getY();
        if (e.getEventType() == MouseEvent.MOUSE_EXITED) {
            mouseX = Double.NaN;
            mouseY = Double.NaN;
        } else if (e.getEventType() == MouseEvent.MOUSE_PRESSED && e.getButton() == MouseButton.PRIMARY) {
            plot.requestFocus();
            dragX = e.getX();
            dragY = e.getY();
            dragRange = plot.effectiveRange();
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED && dragRange != null && frame != null) {
            double fx = -(e.getX() - dragX) / frame.width();
            double fy = (e.getY() - dragY) / frame.height();
            plot.viewRangeProperty().set(dragRange.pan(fx, fy, plot.xScaleProperty().get(), plot.yScaleProperty().get()));
        } else if (e.getEventType() == MouseEvent.MOUSE_RELEASED) {
            dragRange = null;
        } else if (e.getEventType() == MouseEvent.MOUSE_CLICKED && e.getClickCount() == 2) {
            plot.resetView();
        }
        boolean inside = frame != null && frame.contains(mouseX, mouseY);
        plot.setCrosshairX(inside ? frame.fromPx(mouseX) : Double.NaN);
        markOverlayDirty();
    }

    private void scroll(ScrollEvent e) {
        if (frame == null || !frame.contains(e.getX(), e.getY())) {
            return;
        }
        double d = e.getDeltaY() != 0 ? e.getDeltaY() : e.getDeltaX();
        double perNotch = e.getDeltaY() != 0 ? e.getMultiplierY() : e.getMultiplierX();
        if (d == 0) {
            return;
        }
        // a wheel notch is deltaY = multiplier (40 on most desktops), whatever the platform
        double f = Math.pow(ZOOM_PER_NOTCH, -d / (perNotch > 0 ? perNotch : WHEEL_NOTCH));
        PlotView plot = getSkinnable();
        double fx = e.isControlDown() ? 1 : f;
        double fy = e.isShiftDown() ? 1 : f;
        plot.viewRangeProperty().set(plot.effectiveRange().zoom(fx, fy, frame.fromPx(e.getX()), frame.fromPy(e.getY()),
                plot.xScaleProperty().get(), plot.yScaleProperty().get()));
        e.consume();
    }

    private void key(KeyEvent e) {
        PlotView plot = getSkinnable();
        if (e.getCode() == KeyCode.R || e.getCode() == KeyCode.HOME) {
            plot.resetView();
            e.consume();
        } else if (e.getCode() == KeyCode.PLUS || e.getCode() == KeyCode.EQUALS || e.getCode() == KeyCode.ADD) {
            plot.zoom(1 / ZOOM_PER_NOTCH);
            e.consume();
        } else if (e.getCode() == KeyCode.MINUS || e.getCode() == KeyCode.SUBTRACT) {
            plot.zoom(ZOOM_PER_NOTCH);
            e.consume();
        }
    }
}
