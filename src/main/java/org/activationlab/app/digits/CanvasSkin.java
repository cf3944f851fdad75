package org.activationlab.app.digits;

import javafx.beans.Observable;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Control;
import javafx.scene.control.SkinBase;

/**
 * A skin that draws its control on one canvas. Property changes only mark it dirty and request a
 * layout, so any number of changes within one pulse cost one redraw (the ChartFX rule: background
 * updates set flags, drawing happens once per pulse). Subclasses say which properties to watch
 * and how to draw; listeners registered through {@link #watch} are removed by {@code dispose()}.
 */
abstract class CanvasSkin<C extends Control> extends SkinBase<C> {
    private final Canvas canvas = new Canvas();
    private boolean dirty = true;
    private long redraws;

    CanvasSkin(C control) {
        super(control);
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** Redraws when any of these change. */
    final void watch(Observable... properties) {
        for (Observable p : properties) {
            registerInvalidationListener(p, o -> markDirty());
        }
    }

    final void markDirty() {
        dirty = true;
        getSkinnable().requestLayout();
    }

    /** How often the canvas was drawn (tests check that changes coalesce). */
    final long redrawCount() {
        return redraws;
    }

    @Override
    protected void layoutChildren(double x, double y, double w, double h) {
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            dirty = true;
        }
        canvas.relocate(x, y);
        if (dirty && w >= 1 && h >= 1) {
            dirty = false;
            redraws++;
            GraphicsContext g = canvas.getGraphicsContext2D();
            g.setImageSmoothing(false);
            g.setFill(DigitColors.BACKGROUND);
            g.fillRect(0, 0, w, h);
            draw(g, w, h);
        }
    }

    /** Draws the whole control on a cleared (white) canvas of the given size. */
    abstract void draw(GraphicsContext g, double w, double h);
}
