package org.activationlab.app.approx;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.approx.Constructive;
import org.activationlab.core.approx.ErrorSeries;
import org.activationlab.core.approx.Hinge;
import org.activationlab.core.approx.Interval;
import org.activationlab.core.approx.Preset;
import org.activationlab.core.approx.ReluNetwork;
import org.activationlab.core.approx.Target;
import org.activationlab.core.approx.TargetFunction;

/**
 * The state of the approximation screen, as properties, and its commands as plain methods. It
 * never touches a Node, so it is tested like core code (pass {@link TaskRunner#synchronous()}).
 *
 * <p>What is shown is always one {@link #networkProperty() network} against one
 * {@link #targetProperty() target}: the constructive interpolant with N hinges (plus any hinges
 * edited by hand), or the network being trained ({@link ApproxTraining}). Every change of target,
 * width or method recomputes the network and its {@link #errorProperty() error} at once; the
 * constructive error-against-N series is computed in the background when the target changes.
 */
public final class ApproxViewModel {
    /** The two ways of getting weights. */
    public enum Method {
        CONSTRUCTIVE("Constructive"), TRAINED("Trained");

        private final String label;

        Method(String label) {
            this.label = label;
        }

        @Override
        public String toString() {
            return label;
        }
    }

    public static final int MIN_WIDTH = 1;
    public static final int MAX_WIDTH = 256;
    public static final int DEFAULT_WIDTH = 8;
    /** The widths of the error-against-N series (log-spaced, up to {@link #MAX_WIDTH}). */
    static final int[] SERIES_WIDTHS = {1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192, 256};

    private final TaskRunner tasks;
    private final ReadOnlyObjectWrapper<Target> target = new ReadOnlyObjectWrapper<>(this, "target");
    private final ReadOnlyObjectWrapper<Preset> preset = new ReadOnlyObjectWrapper<>(this, "preset");
    private final StringProperty expressionText = new SimpleStringProperty(this, "expressionText", "");
    private final StringProperty intervalText = new SimpleStringProperty(this, "intervalText", "");
    private final ReadOnlyStringWrapper targetMessage = new ReadOnlyStringWrapper(this, "targetMessage", "");
    private final ReadOnlyObjectWrapper<Integer> width = new ReadOnlyObjectWrapper<>(this, "width", DEFAULT_WIDTH);
    private final ObjectProperty<Method> method = new SimpleObjectProperty<>(this, "method", Method.CONSTRUCTIVE);
    private final ReadOnlyObjectWrapper<ReluNetwork> network = new ReadOnlyObjectWrapper<>(this, "network");
    private final ReadOnlyObjectWrapper<ApproxError> error = new ReadOnlyObjectWrapper<>(this, "error");
    private final ReadOnlyObjectWrapper<List<ErrorSeries.Point>> series =
            new ReadOnlyObjectWrapper<>(this, "series", List.of());
    private final ReadOnlyBooleanWrapper handEdited = new ReadOnlyBooleanWrapper(this, "handEdited");
    private final Map<Integer, Hinge> edits = new TreeMap<>();
    private final ApproxTraining training;

    public ApproxViewModel(TaskRunner tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.training = new ApproxTraining(tasks, this::showTrained);
        method.addListener((o, was, now) -> {
            if (now != Method.TRAINED) {
                training.pause();
            }
            refresh();
        });
        choosePreset(Preset.SIN);
    }

    // ---- properties ----

    public ReadOnlyObjectProperty<Target> targetProperty() {
        return target.getReadOnlyProperty();
    }

    /** The preset shown, or null for a typed expression. */
    public ReadOnlyObjectProperty<Preset> presetProperty() {
        return preset.getReadOnlyProperty();
    }

    /** The expression field's text (applied by {@link #applyTypedTarget()}). */
    public StringProperty expressionTextProperty() {
        return expressionText;
    }

    /** The interval field's text, {@code A:B} (applied by {@link #applyTypedTarget()}). */
    public StringProperty intervalTextProperty() {
        return intervalText;
    }

    /** Why the last typed target was refused, or empty. */
    public ReadOnlyStringProperty targetMessageProperty() {
        return targetMessage.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Integer> widthProperty() {
        return width.getReadOnlyProperty();
    }

    public int width() {
        return width.get();
    }

    public ObjectProperty<Method> methodProperty() {
        return method;
    }

    /** The network shown now (immutable). */
    public ReadOnlyObjectProperty<ReluNetwork> networkProperty() {
        return network.getReadOnlyProperty();
    }

    /** Max and mean absolute error of the network shown, and where the max is. */
    public ReadOnlyObjectProperty<ApproxError> errorProperty() {
        return error.getReadOnlyProperty();
    }

    /** Constructive max error against N ({@link #SERIES_WIDTHS}); empty until computed. */
    public ReadOnlyObjectProperty<List<ErrorSeries.Point>> seriesProperty() {
        return series.getReadOnlyProperty();
    }

    /** Whether some hinge of the constructive network was moved by hand. */
    public ReadOnlyBooleanProperty handEditedProperty() {
        return handEdited.getReadOnlyProperty();
    }

    /** The training settings, state and commands. */
    public ApproxTraining training() {
        return training;
    }

    /** Hinges edited by hand, by unit index (a copy). */
    public Map<Integer, Hinge> edits() {
        return Map.copyOf(edits);
    }

    // ---- commands ----

    /** Shows a preset on its own interval, and its formula and interval in the text fields. */
    public void choosePreset(Preset p) {
        Objects.requireNonNull(p, "preset");
        Target t = Target.of(p.function());
        expressionText.set(p.formula());
        intervalText.set(formatInterval(t.interval()));
        preset.set(p);
        setTarget(t);
    }

    /**
     * Parses the expression and interval fields and shows that target. On failure the core's
     * reason goes to {@link #targetMessageProperty()} and the last good target stays.
     *
     * @return whether the target was accepted
     */
    public boolean applyTypedTarget() {
        Target t;
        try {
            TargetFunction f = TargetFunction.parse(expressionText.get());
            t = Target.of(f, Interval.parse(intervalText.get()));
        } catch (IllegalArgumentException e) {
            targetMessage.set(e.getMessage());
            return false;
        }
        preset.set(null);
        setTarget(t);
        return true;
    }

    /** Sets N, clamped to 1..{@link #MAX_WIDTH}; hand edits are dropped when N changes. */
    public void setWidth(int n) {
        int clamped = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, n));
        if (clamped != width.get()) {
            edits.clear();
            width.set(clamped);
            training.reset(target.get(), clamped);
            if (method.get() == Method.CONSTRUCTIVE) {
                refresh();
            }
        }
    }

    /**
     * Replaces hinge i of the constructive network by hand (Nielsen-style) and recomputes the
     * error. Ignored with the trained method (training owns those weights).
     */
    public void editHinge(int i, Hinge h) {
        Objects.requireNonNull(h, "hinge");
        if (method.get() != Method.CONSTRUCTIVE) {
            return;
        }
        if (i < 0 || i >= width.get()) {
            throw new IllegalArgumentException("hinge " + i + " does not exist with N = " + width.get());
        }
        edits.put(i, h);
        refresh();
    }

    /** Puts every hand-edited hinge back where the construction put it. */
    public void clearEdits() {
        if (!edits.isEmpty()) {
            edits.clear();
            refresh();
        }
    }

    /** Called once per frame by the view: shows the newest training snapshot, if any. */
    public void pollTraining() {
        training.poll();
    }

    /** Stops background work (the screen is going away). */
    public void dispose() {
        training.pause();
    }

    // ---- internals ----

    private void setTarget(Target t) {
        targetMessage.set("");
        edits.clear();
        target.set(t);
        training.reset(t, width.get());
        if (method.get() == Method.CONSTRUCTIVE) {
            refresh();
        }
        series.set(List.of());
        tasks.run(() -> ErrorSeries.constructive(t, SERIES_WIDTHS), s -> {
            if (target.get() == t) {
                series.set(s);
            }
        }, e -> targetMessage.set("error against N failed: " + e.getMessage()));
    }

    /** Rebuilds the network shown from the target, N, the method and the hand edits. */
    void refresh() {
        Target t = target.get();
        if (t == null) {
            return;
        }
        if (method.get() == Method.TRAINED) {
            handEdited.set(false);
            show(training.currentNetwork());
            return;
        }
        ReluNetwork net = Constructive.interpolant(t, width.get());
        for (Map.Entry<Integer, Hinge> e : edits.entrySet()) {
            net = net.withHinge(e.getKey(), e.getValue());
        }
        handEdited.set(!edits.isEmpty());
        show(net);
    }

    private void showTrained() {
        if (method.get() == Method.TRAINED && target.get() != null) {
            show(training.currentNetwork());
        }
    }

    private void show(ReluNetwork net) {
        error.set(ApproxError.of(target.get(), net));
        network.set(net);
    }

    /** An interval as the text field shows it: multiples of pi as such, else plain numbers. */
    static String formatInterval(Interval iv) {
        return formatEnd(iv.a()) + ":" + formatEnd(iv.b());
    }

    static String formatEnd(double v) {
        double k = v / Math.PI;
        long r = Math.round(k);
        if (r != 0 && Math.abs(k - r) < 1e-12) {
            return r == 1 ? "pi" : r == -1 ? "-pi" : r + "*pi";
        }
        return new java.math.BigDecimal(v).round(new java.math.MathContext(12)).stripTrailingZeros().toPlainString();
    }
}
