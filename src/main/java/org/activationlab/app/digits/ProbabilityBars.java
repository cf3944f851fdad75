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
 * Class probabilities as horizontal bars, one row per class: name, bar, percentage. The most
 * probable class is emphasised three ways: a darker bar, bold text, and a "◀" marker, so it reads
 * without colour. Before any probabilities are set the bars are empty and the percentages read "–".
 *
 * <p>Call the setters on the FX thread (e.g. once per frame from the drawing pad's digit); the
 * array is copied.
 */
public final class ProbabilityBars extends Control {
    private final ReadOnlyObjectWrapper<double[]> probabilities = new ReadOnlyObjectWrapper<>(this, "probabilities");
    private final ObjectProperty<List<String>> classNames =
            new SimpleObjectProperty<>(this, "classNames", Texts.indexNames(10));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Texts.DEFAULT_SIZE);

    public ProbabilityBars() {
        getStyleClass().add("probability-bars");
        setMinSize(160, 120);
        setPrefSize(360, 300);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ProbabilityBarsSkin(this);
    }

    /** @param p one value per class in [0,1] (clamped; NaN shows as 0); {@code null} empties the bars */
    public void setProbabilities(double[] p) {
        probabilities.set(p == null ? null : p.clone());
    }

    public ReadOnlyObjectProperty<double[]> probabilitiesProperty() {
        return probabilities.getReadOnlyProperty();
    }

    /** Row names; default "0".."9". The number of rows is the larger of names and probabilities. */
    public void setClassNames(List<String> names) {
        classNames.set(List.copyOf(Objects.requireNonNull(names, "names")));
    }

    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Index of the largest probability, or -1 when there is none. */
    public int topClass() {
        double[] p = probabilities.get();
        int best = -1;
        if (p != null) {
            for (int i = 0; i < p.length; i++) {
                if (!Double.isNaN(p[i]) && (best < 0 || p[i] > p[best])) {
                    best = i;
                }
            }
        }
        return best;
    }
}
