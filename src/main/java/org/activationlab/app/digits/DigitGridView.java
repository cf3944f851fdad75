package org.activationlab.app.digits;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;

/**
 * A grid of test images, dark ink on white, with the network's answer under each. A correct answer
 * shows the predicted class ("7"); a mistake shows "true→predicted" ("7→1") in bold, and the tile
 * gets a thick frame and a tinted label strip, so mistakes stand out without relying on colour.
 * A caption counts the mistakes shown.
 *
 * <p>Class names (default "0".."9") are used in the labels when they fit the tile; otherwise the
 * class numbers are shown. All images are drawn from one PixelWriter-filled image, not one node
 * per digit. Call the setters on the FX thread.
 */
public final class DigitGridView extends Control {
    private final ReadOnlyObjectWrapper<List<DigitSample>> samples =
            new ReadOnlyObjectWrapper<>(this, "samples", List.of());
    private final ObjectProperty<List<String>> classNames =
            new SimpleObjectProperty<>(this, "classNames", Texts.indexNames(10));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Texts.DEFAULT_SIZE);

    public DigitGridView() {
        getStyleClass().add("digit-grid-view");
        setMinSize(160, 160);
        setPrefSize(560, 520);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new DigitGridSkin(this);
    }

    /** The samples to show, in order; all must have the same image size. */
    public void setSamples(List<DigitSample> list) {
        List<DigitSample> copy = List.copyOf(Objects.requireNonNull(list, "samples"));
        for (DigitSample s : copy) {
            if (s.side() != copy.get(0).side()) {
                throw new IllegalArgumentException("all images must have the same size: " + copy.get(0).side()
                        + " and " + s.side());
            }
        }
        samples.set(copy);
    }

    public ReadOnlyObjectProperty<List<DigitSample>> samplesProperty() {
        return samples.getReadOnlyProperty();
    }

    /** Names used in the labels (e.g. Fashion-MNIST's); default "0".."9". */
    public void setClassNames(List<String> names) {
        classNames.set(List.copyOf(Objects.requireNonNull(names, "names")));
    }

    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** The label under a sample: "7" when right, "7→1" (true→predicted) when wrong. */
    public static String labelOf(DigitSample s, List<String> names) {
        String p = Texts.name(names, s.predicted());
        return s.isMistake() ? Texts.name(names, s.label()) + "→" + p : p;
    }
}
