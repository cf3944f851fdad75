package org.activationlab.app.explorer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationlab.core.activation.Activation;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.settings.AtomicFiles;

/**
 * The explorer's state and commands, without any Node: which function is selected, its alpha
 * (slider and text), which functions are overlaid for comparison, what is shaded, the sampled
 * data ({@link #plotProperty()}, an immutable snapshot) and the derivative check.
 *
 * <p>Alpha text that is not a number, or out of range, sets {@link #alphaErrorProperty()} and
 * keeps the last good alpha; nothing here throws on user input.
 */
public final class ExplorerViewModel {
    /** |f′| below this counts as saturated: gradients through such a unit nearly vanish. */
    public static final double SATURATION = 0.01;
    /** More curves than this stop being readable (each function also draws its f′). */
    public static final int MAX_FUNCTIONS = 7;
    public static final int DEFAULT_SAMPLES = 2000;
    public static final double DEFAULT_X_MIN = -6;
    public static final double DEFAULT_X_MAX = 6;

    private final int samples;
    private final ObjectProperty<ActivationKind> selected = new SimpleObjectProperty<>(this, "selected", ActivationKind.SIGMOID);
    private final Map<ActivationKind, Double> alphas = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, BooleanProperty> compared = new EnumMap<>(ActivationKind.class);
    private final DoubleProperty alpha = new SimpleDoubleProperty(this, "alpha", Double.NaN);
    private final ReadOnlyBooleanWrapper hasAlpha = new ReadOnlyBooleanWrapper(this, "hasAlpha");
    private final StringProperty alphaText = new SimpleStringProperty(this, "alphaText", "");
    private final ReadOnlyStringWrapper alphaError = new ReadOnlyStringWrapper(this, "alphaError", "");
    private final ReadOnlyStringWrapper comparisonNote = new ReadOnlyStringWrapper(this, "comparisonNote", "");
    private final BooleanProperty showDerivative = new SimpleBooleanProperty(this, "showDerivative", true);
    private final BooleanProperty showSaturation = new SimpleBooleanProperty(this, "showSaturation", true);
    private final BooleanProperty showDead = new SimpleBooleanProperty(this, "showDead", true);
    private final ReadOnlyDoubleWrapper xMin = new ReadOnlyDoubleWrapper(this, "xMin", DEFAULT_X_MIN);
    private final ReadOnlyDoubleWrapper xMax = new ReadOnlyDoubleWrapper(this, "xMax", DEFAULT_X_MAX);
    private final ReadOnlyObjectWrapper<ExplorerPlot> plot = new ReadOnlyObjectWrapper<>(this, "plot");
    private final DoubleProperty checkX = new SimpleDoubleProperty(this, "checkX", 1.0);
    private final ReadOnlyObjectWrapper<DerivativeCheck> check = new ReadOnlyObjectWrapper<>(this, "check");
    private boolean updating;

    public ExplorerViewModel() {
        this(DEFAULT_SAMPLES);
    }

    /** @param samples points per curve (at least 2) */
    public ExplorerViewModel(int samples) {
        if (samples < 2) {
            throw new IllegalArgumentException("need at least 2 samples, got " + samples);
        }
        this.samples = samples;
        for (ActivationKind k : ActivationKind.values()) {
            k.parameter().ifPresent(p -> alphas.put(k, p.defaultValue()));
            BooleanProperty b = new SimpleBooleanProperty(this, "compare-" + k.cliName());
            b.addListener((o, was, is) -> onComparisonChanged(k, is));
            compared.put(k, b);
        }
        selected.addListener((o, was, is) -> onSelected(Objects.requireNonNull(is, "selected function")));
        alpha.addListener((o, was, is) -> onAlpha(is.doubleValue()));
        alphaText.addListener((o, was, is) -> onAlphaText(is));
        showDerivative.addListener(o -> recompute());
        checkX.addListener(o -> recheck());
        onSelected(selected.get());
    }

    // ---- properties ----

    public ObjectProperty<ActivationKind> selectedProperty() {
        return selected;
    }

    public void select(ActivationKind k) {
        selected.set(k);
    }

    /** The selected function with its current alpha. */
    public Activation function() {
        return create(selected.get());
    }

    /** The selected function's alpha (NaN for functions without one). Out-of-range sets are clamped. */
    public DoubleProperty alphaProperty() {
        return alpha;
    }

    public double getAlpha() {
        return alpha.get();
    }

    public void setAlpha(double a) {
        alpha.set(a);
    }

    public ReadOnlyBooleanProperty hasAlphaProperty() {
        return hasAlpha.getReadOnlyProperty();
    }

    /** The parameter of the selected function, or null. */
    public ActivationKind.Parameter parameter() {
        return selected.get().parameter().orElse(null);
    }

    /** What the alpha field shows; typing here updates alpha when the text is valid. */
    public StringProperty alphaTextProperty() {
        return alphaText;
    }

    /** Empty, or why the typed alpha was not taken. */
    public ReadOnlyStringProperty alphaErrorProperty() {
        return alphaError.getReadOnlyProperty();
    }

    /** Whether {@code k} is overlaid for comparison. */
    public BooleanProperty comparedProperty(ActivationKind k) {
        return compared.get(k);
    }

    /** Empty, or why a comparison was not added. */
    public ReadOnlyStringProperty comparisonNoteProperty() {
        return comparisonNote.getReadOnlyProperty();
    }

    public BooleanProperty showDerivativeProperty() {
        return showDerivative;
    }

    public BooleanProperty showSaturationProperty() {
        return showSaturation;
    }

    public BooleanProperty showDeadProperty() {
        return showDead;
    }

    public ReadOnlyDoubleProperty xMinProperty() {
        return xMin.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty xMaxProperty() {
        return xMax.getReadOnlyProperty();
    }

    /** The sampled data, replaced (never changed) on every update. */
    public ReadOnlyObjectProperty<ExplorerPlot> plotProperty() {
        return plot.getReadOnlyProperty();
    }

    public ExplorerPlot getPlot() {
        return plot.get();
    }

    /** Where the derivative check looks (the crosshair's x, or a typed one). */
    public DoubleProperty checkXProperty() {
        return checkX;
    }

    public ReadOnlyObjectProperty<DerivativeCheck> checkProperty() {
        return check.getReadOnlyProperty();
    }

    // ---- commands ----

    /** Samples over [from, to] from now on (the plot's visible x range). Ignored if not from < to. */
    public void setXRange(double from, double to) {
        if (!(from < to) || !Double.isFinite(to - from) || (from == xMin.get() && to == xMax.get())) {
            return;
        }
        xMin.set(from);
        xMax.set(to);
        recompute();
    }

    /** Back to the default x range. */
    public void resetXRange() {
        setXRange(DEFAULT_X_MIN, DEFAULT_X_MAX);
    }

    /** Moves alpha by {@code steps} hundredths of its range (arrow keys). */
    public void nudgeAlpha(int steps) {
        ActivationKind.Parameter p = parameter();
        if (p != null) {
            double step = (p.max() - p.min()) / 100.0;
            setAlpha(Math.rint((getAlpha() + steps * step) / step * 10) / 10 * step);
        }
    }

    /** Writes the data as CSV: x, then f and f′ of every shown function (atomically). */
    public void writeCsv(Path file) throws IOException {
        AtomicFiles.writeString(file, ExplorerCsv.format(plot.get()));
    }

    // ---- internals ----

    private Activation create(ActivationKind k) {
        return k.create(alphas.getOrDefault(k, Double.NaN));
    }

    private void onSelected(ActivationKind k) {
        updating = true;
        try {
            hasAlpha.set(k.hasParameter());
            alpha.set(alphas.getOrDefault(k, Double.NaN));
            alphaText.set(k.hasParameter() ? AlphaInput.format(alpha.get()) : "");
            alphaError.set("");
            if (compared.get(k).get()) {
                compared.get(k).set(false);
            }
        } finally {
            updating = false;
        }
        recompute();
    }

    private void onAlpha(double a) {
        if (updating) {
            return;
        }
        ActivationKind.Parameter p = parameter();
        if (p == null) {
            return;
        }
        double clamped = Double.isNaN(a) ? alphas.get(selected.get()) : Math.max(p.min(), Math.min(p.max(), a));
        if (clamped != a) {
            alpha.set(clamped);
            return;
        }
        alphas.put(selected.get(), a);
        updating = true;
        try {
            alphaText.set(AlphaInput.format(a));
            alphaError.set("");
        } finally {
            updating = false;
        }
        recompute();
    }

    private void onAlphaText(String text) {
        ActivationKind.Parameter p = parameter();
        if (updating || p == null) {
            return;
        }
        AlphaInput.Result r = AlphaInput.parse(text, p, alphas.get(selected.get()));
        if (!r.ok()) {
            alphaError.set(r.error());
            return;
        }
        alphaError.set("");
        updating = true;
        try {
            alphas.put(selected.get(), r.value());
            alpha.set(r.value());
        } finally {
            updating = false;
        }
        recompute();
    }

    private void onComparisonChanged(ActivationKind k, boolean on) {
        if (updating) {
            return;
        }
        boolean full = shownCount() > MAX_FUNCTIONS;
        if (on && (full || k == selected.get())) {
            if (full) {
                comparisonNote.set("At most " + MAX_FUNCTIONS + " functions at once keep the plot readable.");
            }
            updating = true;
            try {
                compared.get(k).set(false);
            } finally {
                updating = false;
            }
            return;
        }
        if (!on) {
            comparisonNote.set("");
        }
        recompute();
    }

    private int shownCount() {
        int n = 1;
        for (var e : compared.entrySet()) {
            if (e.getValue().get() && e.getKey() != selected.get()) {
                n++;
            }
        }
        return n;
    }

    private void recompute() {
        List<Activation> shown = new ArrayList<>();
        shown.add(create(selected.get()));
        for (ActivationKind k : ActivationKind.values()) {
            if (k != selected.get() && compared.get(k).get()) {
                shown.add(create(k));
            }
        }
        plot.set(ExplorerPlot.sample(shown, xMin.get(), xMax.get(), samples, SATURATION));
        recheck();
    }

    private void recheck() {
        check.set(DerivativeCheck.of(function(), checkX.get()));
    }
}
