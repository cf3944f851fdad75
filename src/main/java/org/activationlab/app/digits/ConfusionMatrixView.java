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
 * A confusion matrix as a heat map: row = true class, column = predicted class, the count written
 * in each cell. Cell colour is the cell's share of its row (the fraction of that true class
 * predicted as the column's class), on a square-root scale so a 2 % confusion still shows next to
 * a 98 % diagonal; the palette is sequential and colour-blind safe (light yellow → dark blue). The
 * diagonal (correct predictions) is also framed and its counts set bold, so it reads without
 * colour. A line above sums it up (accuracy and number of samples).
 *
 * <p>Call the setters on the FX thread; the arrays are copied. Several changes in one pulse cause
 * one redraw.
 */
public final class ConfusionMatrixView extends Control {
    private final ReadOnlyObjectWrapper<int[][]> counts = new ReadOnlyObjectWrapper<>(this, "counts");
    private final ObjectProperty<List<String>> classNames =
            new SimpleObjectProperty<>(this, "classNames", Texts.indexNames(10));
    private final DoubleProperty fontSize = new SimpleDoubleProperty(this, "fontSize", Texts.DEFAULT_SIZE);

    public ConfusionMatrixView() {
        getStyleClass().add("confusion-matrix-view");
        setMinSize(200, 200);
        setPrefSize(520, 520);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new ConfusionMatrixSkin(this);
    }

    /**
     * @param counts {@code counts[t][p]} = samples of true class t predicted as p; square, non-negative;
     *               {@code null} clears the view
     */
    public void setCounts(int[][] counts) {
        this.counts.set(counts == null ? null : checkedCopy(counts));
    }

    /** The counts shown (a copy is kept; do not modify the returned array). */
    public ReadOnlyObjectProperty<int[][]> countsProperty() {
        return counts.getReadOnlyProperty();
    }

    /** Names along both axes; default "0".."9". Missing names fall back to the class index. */
    public void setClassNames(List<String> names) {
        classNames.set(List.copyOf(Objects.requireNonNull(names, "names")));
    }

    public ObjectProperty<List<String>> classNamesProperty() {
        return classNames;
    }

    /** Font size in px of all text (bind it to the app's appearance for presenter mode). */
    public DoubleProperty fontSizeProperty() {
        return fontSize;
    }

    /** Fraction of the diagonal, or NaN when there are no counts. */
    public double accuracy() {
        int[][] c = counts.get();
        if (c == null) {
            return Double.NaN;
        }
        long total = 0;
        long right = 0;
        for (int t = 0; t < c.length; t++) {
            for (int p = 0; p < c.length; p++) {
                total += c[t][p];
                right += t == p ? c[t][p] : 0;
            }
        }
        return total == 0 ? Double.NaN : (double) right / total;
    }

    private static int[][] checkedCopy(int[][] counts) {
        int n = counts.length;
        int[][] copy = new int[n][];
        for (int t = 0; t < n; t++) {
            if (counts[t] == null || counts[t].length != n) {
                throw new IllegalArgumentException("counts must be square: " + n + " rows but row " + t + " has "
                        + (counts[t] == null ? "no" : Integer.toString(counts[t].length)) + " columns");
            }
            for (int p = 0; p < n; p++) {
                if (counts[t][p] < 0) {
                    throw new IllegalArgumentException("counts must be non-negative: counts[" + t + "][" + p + "] = "
                            + counts[t][p]);
                }
            }
            copy[t] = counts[t].clone();
        }
        return copy;
    }
}
