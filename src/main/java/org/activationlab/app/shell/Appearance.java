package org.activationlab.app.shell;

import javafx.beans.binding.Bindings;
import javafx.beans.binding.DoubleBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;

/**
 * How the app looks right now, shared by every screen: presenter mode (large type, thick lines,
 * high contrast, for a projector), the zoom factor (Ctrl +/−) and the dark theme. Plots bind their
 * line widths to {@link #lineScale()} and their text to {@link #textScale()}.
 */
public final class Appearance {
    /** Base font size in pixels at zoom 1, normal and presenter mode. */
    public static final double BASE_FONT = 14;
    public static final double PRESENTER_FONT = 20;
    public static final double MIN_ZOOM = 0.6;
    public static final double MAX_ZOOM = 2.5;

    private final BooleanProperty presenter = new SimpleBooleanProperty(this, "presenter", false);
    private final BooleanProperty dark = new SimpleBooleanProperty(this, "dark", false);
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1.0);
    private final DoubleBinding fontSize = Bindings.createDoubleBinding(
            () -> (presenter.get() ? PRESENTER_FONT : BASE_FONT) * zoom.get(), presenter, zoom);
    private final DoubleBinding textScale = Bindings.createDoubleBinding(() -> fontSize.get() / BASE_FONT, fontSize);
    private final DoubleBinding lineScale = Bindings.createDoubleBinding(
            () -> (presenter.get() ? 2.0 : 1.0) * Math.sqrt(zoom.get()), presenter, zoom);

    public BooleanProperty presenterProperty() {
        return presenter;
    }

    public boolean isPresenter() {
        return presenter.get();
    }

    public void setPresenter(boolean on) {
        presenter.set(on);
    }

    public BooleanProperty darkProperty() {
        return dark;
    }

    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /** Zooms in or out by one step (×1.1), within [{@link #MIN_ZOOM}, {@link #MAX_ZOOM}]. */
    public void zoomBy(int steps) {
        double z = zoom.get() * Math.pow(1.1, steps);
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.round(z * 100) / 100.0)));
    }

    public void resetZoom() {
        zoom.set(1.0);
    }

    /** The font size every text should use, in pixels. */
    public DoubleBinding fontSize() {
        return fontSize;
    }

    /**
     * Multiplier for the text drawn inside plots (their canvases do not follow the CSS font size):
     * the font size over {@link #BASE_FONT}, so plot text grows with all other text.
     */
    public DoubleBinding textScale() {
        return textScale;
    }

    /** Multiplier for plot line widths and marker sizes (2× in presenter mode). */
    public DoubleBinding lineScale() {
        return lineScale;
    }
}
