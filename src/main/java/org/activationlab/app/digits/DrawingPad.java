package org.activationlab.app.digits;

import javafx.animation.AnimationTimer;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import org.activationlab.core.digits.DigitPreprocessor;
import org.activationlab.core.digits.InkRaster;

/**
 * A pad to draw a digit on with the mouse: a thick, round, anti-aliased pen; right-click, the
 * Clear button or the Delete (or Backspace) key clears it. The drawing is kept on a
 * {@value #RESOLUTION}×{@value #RESOLUTION} sheet whatever the pad's size on screen.
 *
 * <p>{@link #digitProperty()} holds the drawing prepared like MNIST (784 floats, see
 * {@link DigitPreprocessor#toMnist}), or {@code null} while the pad is empty. It is recomputed at
 * most once per frame (an {@link AnimationTimer} that runs only while there is fresh ink), however
 * many mouse events arrive, so a listener can run the network on every value. The skin shows the
 * 28×28 image next to the pad: what the network actually sees.
 */
public final class DrawingPad extends Control {
    /** Side of the drawing sheet in pixels (10 sheet pixels per MNIST pixel). */
    public static final int RESOLUTION = 280;
    private final InkRaster raster = new InkRaster(RESOLUTION);
    private final ReadOnlyObjectWrapper<float[]> digit = new ReadOnlyObjectWrapper<>(this, "digit");
    private final ReadOnlyLongWrapper inkVersion = new ReadOnlyLongWrapper(this, "inkVersion");
    private final DoubleProperty penRadius = new SimpleDoubleProperty(this, "penRadius", 12);
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Texts.DEFAULT_SIZE);
    private final AnimationTimer perFrame = new AnimationTimer() {
        @Override
        public void handle(long now) {
            publish();
        }
    };
    private boolean stale;
    private double lastX;
    private double lastY;
    private long publishes;

    public DrawingPad() {
        getStyleClass().add("drawing-pad");
        setFocusTraversable(true);
        setMinSize(180, 220);
        setPrefSize(340, 400);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DrawingPadSkin(this);
    }

    /** 784 preprocessed floats in [0,1], updated at most once per frame while drawing; null when empty. */
    public ReadOnlyObjectProperty<float[]> digitProperty() {
        return digit.getReadOnlyProperty();
    }

    /** Empties the pad; {@link #digitProperty()} becomes null at once. */
    public void clear() {
        raster.clear();
        stale = false;
        perFrame.stop();
        digit.set(null);
        inkVersion.set(inkVersion.get() + 1);
    }

    /** Pen radius in sheet pixels (of {@value #RESOLUTION}); the default 12 gives MNIST-like stroke widths. */
    public DoubleProperty penRadiusProperty() {
        return penRadius;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Starts a stroke at (x, y) in sheet pixels: puts down a dot. */
    public void penDown(double x, double y) {
        lastX = x;
        lastY = y;
        raster.stroke(x, y, x, y, penRadius.get());
        inkChanged();
    }

    /** Continues the stroke to (x, y) in sheet pixels. */
    public void penTo(double x, double y) {
        raster.stroke(lastX, lastY, x, y, penRadius.get());
        lastX = x;
        lastY = y;
        inkChanged();
    }

    /** True when nothing is drawn. */
    public boolean isEmpty() {
        return raster.isEmpty();
    }

    /** Counts ink changes; the skin repaints when it moves. */
    ReadOnlyLongProperty inkVersionProperty() {
        return inkVersion.getReadOnlyProperty();
    }

    InkRaster raster() {
        return raster;
    }

    /** How often {@link #digitProperty()} was recomputed (tests check the once-per-frame limit). */
    long publishCount() {
        return publishes;
    }

    private void inkChanged() {
        inkVersion.set(inkVersion.get() + 1);
        if (!stale) {
            stale = true;
            perFrame.start();
        }
    }

    private void publish() {
        perFrame.stop();
        if (!stale) {
            return;
        }
        stale = false;
        publishes++;
        digit.set(raster.isEmpty() ? null : DigitPreprocessor.toMnist(raster.copy(), RESOLUTION, RESOLUTION));
    }
}
