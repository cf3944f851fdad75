package org.activationlab.app.control;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Control;
import javafx.scene.control.Skin;
import javafx.scene.image.WritableImage;

/**
 * A fast, canvas-drawn 2-D line plot for teaching: several series (colour, width, dash, legend
 * label), linear or log10 axes with nice ticks, grid, legend, title, shaded x-bands, zoom (mouse
 * wheel around the cursor; Shift: x only, Ctrl: y only), pan (drag), reset (double-click or R),
 * and a crosshair read-out whose text a {@link CrosshairFormatter} decides.
 *
 * <p>It exports what it shows as PNG, as SVG (drawn from the same model as the screen) and the
 * series data as CSV. Any number of property changes within one pulse cause one redraw.
 *
 * <p>Usage: set {@link #getSeries() series} in one {@code setAll} call per update; leave
 * {@link #viewRangeProperty() viewRange} {@code null} to fit the data (or {@link #defaultRangeProperty()
 * defaultRange}).
 */
public class PlotView extends Control {
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty xLabel = new SimpleStringProperty(this, "xLabel", "");
    private final StringProperty yLabel = new SimpleStringProperty(this, "yLabel", "");
    private final ObservableList<PlotSeries> series = FXCollections.observableArrayList();
    private final ObservableList<PlotBand> bands = FXCollections.observableArrayList();
    private final ObjectProperty<AxisScale> xScale = new SimpleObjectProperty<>(this, "xScale", AxisScale.LINEAR);
    private final ObjectProperty<AxisScale> yScale = new SimpleObjectProperty<>(this, "yScale", AxisScale.LINEAR);
    private final ObjectProperty<PlotRange> viewRange = new SimpleObjectProperty<>(this, "viewRange");
    private final ObjectProperty<PlotRange> defaultRange = new SimpleObjectProperty<>(this, "defaultRange");
    private final ObjectProperty<LegendPosition> legendPosition =
            new SimpleObjectProperty<>(this, "legendPosition", LegendPosition.TOP_LEFT);
    private final ObjectProperty<CrosshairFormatter> crosshairFormatter =
            new SimpleObjectProperty<>(this, "crosshairFormatter", CrosshairFormatter.xy());
    private final BooleanProperty crosshairEnabled = new SimpleBooleanProperty(this, "crosshairEnabled", true);
    private final ReadOnlyDoubleWrapper crosshairX = new ReadOnlyDoubleWrapper(this, "crosshairX", Double.NaN);

    private final DoubleProperty lineScale = new javafx.beans.property.SimpleDoubleProperty(this, "lineScale", 1.0);
    private final DoubleProperty textScale = new javafx.beans.property.SimpleDoubleProperty(this, "textScale", 1.0);

    public PlotView() {
        getStyleClass().add("plot-view");
        setFocusTraversable(true);
        setMinSize(200, 150);
        setPrefSize(640, 420);
    }

    @Override
    protected Skin<?> createDefaultSkin() {
        return new PlotViewSkin(this);
    }

    // ---- properties ----

    public StringProperty titleProperty() {
        return title;
    }

    public void setTitle(String t) {
        title.set(t);
    }

    public StringProperty xLabelProperty() {
        return xLabel;
    }

    public void setXLabel(String t) {
        xLabel.set(t);
    }

    public StringProperty yLabelProperty() {
        return yLabel;
    }

    public void setYLabel(String t) {
        yLabel.set(t);
    }

    /** The lines, drawn in list order (later ones on top). */
    public ObservableList<PlotSeries> getSeries() {
        return series;
    }

    /** Shaded x-intervals, drawn under the grid and the lines. */
    public ObservableList<PlotBand> getBands() {
        return bands;
    }

    public ObjectProperty<AxisScale> xScaleProperty() {
        return xScale;
    }

    public ObjectProperty<AxisScale> yScaleProperty() {
        return yScale;
    }

    /** What the user zoomed or panned to; {@code null} shows the default range. */
    public ObjectProperty<PlotRange> viewRangeProperty() {
        return viewRange;
    }

    /** The range shown when not zoomed; {@code null} fits the data. */
    public ObjectProperty<PlotRange> defaultRangeProperty() {
        return defaultRange;
    }

    public ObjectProperty<LegendPosition> legendPositionProperty() {
        return legendPosition;
    }

    public ObjectProperty<CrosshairFormatter> crosshairFormatterProperty() {
        return crosshairFormatter;
    }

    public boolean isCrosshairEnabled() {
        return crosshairEnabled.get();
    }

    public BooleanProperty crosshairEnabledProperty() {
        return crosshairEnabled;
    }

    /** The data x under the mouse, NaN when the mouse is not over the data area. */
    public ReadOnlyDoubleProperty crosshairXProperty() {
        return crosshairX.getReadOnlyProperty();
    }

    void setCrosshairX(double x) {
        crosshairX.set(x);
    }

    // ---- commands ----

    /** The range drawn now: the zoomed one, else the default, else one fitting the data. */
    public PlotRange effectiveRange() {
        if (viewRange.get() != null) {
            return viewRange.get();
        }
        if (defaultRange.get() != null) {
            return defaultRange.get();
        }
        return DataRange.fit(series, xScale.get(), yScale.get());
    }

    /** Back to the default range. */
    public void resetView() {
        viewRange.set(null);
    }

    /** Zooms around the centre (factor below 1 zooms in). */
    public void zoom(double factor) {
        PlotRange r = effectiveRange();
        double cx = xScale.get().fromScaled(0.5 * (xScale.get().toScaled(r.xMin()) + xScale.get().toScaled(r.xMax())));
        double cy = yScale.get().fromScaled(0.5 * (yScale.get().toScaled(r.yMin()) + yScale.get().toScaled(r.yMax())));
        viewRange.set(r.zoom(factor, factor, cx, cy, xScale.get(), yScale.get()));
    }

    /**
     * Multiplies every line width (and dash length) when drawn: bind it to the app's
     * appearance so presenter mode draws thicker lines. Default 1.
     */
    public DoubleProperty lineScaleProperty() {
        return lineScale;
    }

    /**
     * Multiplies the plot's font sizes (ticks, axis names, title, legend, read-out) and the room
     * made for them: bind it to the app's appearance ({@code Appearance.textScale()}) so the plot's
     * text grows with the window's in presenter mode and when zoomed. Default 1; kept in [0.5, 4].
     */
    public DoubleProperty textScaleProperty() {
        return textScale;
    }

    private List<PlotSeries> scaledSeries() {
        double k = lineScale.get();
        if (!(k > 0) || k == 1.0) {
            return List.copyOf(series);
        }
        List<PlotSeries> out = new java.util.ArrayList<>(series.size());
        for (PlotSeries p : series) {
            double[] dashes = p.dashes() == null ? null : p.dashes().clone();
            if (dashes != null) {
                for (int i = 0; i < dashes.length; i++) {
                    dashes[i] *= k;
                }
            }
            out.add(new PlotSeries(p.label(), p.x(), p.y(), p.color(), p.width() * k, dashes));
        }
        return out;
    }

    PlotSnapshot snapshot() {
        return new PlotSnapshot(title.get(), xLabel.get(), yLabel.get(), scaledSeries(), List.copyOf(bands),
                xScale.get(), yScale.get(), effectiveRange(), legendPosition.get(), textScale.get());
    }

    // ---- export (FX thread) ----

    /** The plot as it is now (without the crosshair), drawn at {@code scale} × its size. */
    public WritableImage renderImage(double scale) {
        return PlotExport.image(snapshot(), exportWidth(), exportHeight(), scale);
    }

    /** Writes the plot as PNG (atomically), at {@code scale} × its size (2 gives crisp slides). */
    public void writePng(Path file, double scale) throws IOException {
        PlotExport.writePng(renderImage(scale), file);
    }

    /** The plot as an SVG document. */
    public String toSvg() {
        return PlotExport.svg(snapshot(), exportWidth(), exportHeight());
    }

    /** Writes the plot as SVG (atomically). */
    public void writeSvg(Path file) throws IOException {
        PlotExport.writeText(file, toSvg());
    }

    /** The series data as CSV: one x column when all series share their x values, else long form. */
    public String toCsv() {
        return PlotExport.csv(List.copyOf(series));
    }

    /** Writes the series data as CSV (atomically). */
    public void writeCsv(Path file) throws IOException {
        PlotExport.writeText(file, toCsv());
    }

    private double exportWidth() {
        return getWidth() > 0 ? getWidth() : getPrefWidth();
    }

    private double exportHeight() {
        return getHeight() > 0 ? getHeight() : getPrefHeight();
    }
}
