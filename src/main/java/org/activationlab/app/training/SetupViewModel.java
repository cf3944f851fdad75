package org.activationlab.app.training;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.nn.Initializer;
import org.activationlab.core.nn.ModelSpec;
import org.activationlab.core.train.TrainConfig;

/**
 * The set-up panel's state: every field as text or a choice, checked on each change. Each field
 * has an error text ("" when fine) shown beside it; {@link #setupProperty()} holds the checked
 * {@link TrainingSetup}, or null while any field is wrong. No nodes here.
 */
public final class SetupViewModel {
    /** The fields that can be wrong. */
    public enum Field { LAYERS, DROPOUT, ACTIVATIONS, LEARNING_RATE, MOMENTUM, BATCH, EPOCHS, CLIP, SEED, THREADS, SHARE }

    /** The two model families. */
    public enum ModelKind { MLP, POST_CNN }

    /** The initialiser choice; AUTO lets the core pick (Glorot, LeCun for SELU). */
    public enum InitChoice { AUTO, GLOROT_UNIFORM, HE_NORMAL, HE_UNIFORM, LECUN_NORMAL }

    private final ObjectProperty<DataChoice> data = new SimpleObjectProperty<>(this, "data", DataChoice.EMBEDDED);
    private final ObjectProperty<ModelKind> model = new SimpleObjectProperty<>(this, "model", ModelKind.MLP);
    private final StringProperty layers = new SimpleStringProperty(this, "layers", "784-128-10");
    private final StringProperty dropout = new SimpleStringProperty(this, "dropout", "0");
    private final Map<ActivationKind, BooleanProperty> selected = new EnumMap<>(ActivationKind.class);
    private final Map<ActivationKind, StringProperty> alphas = new EnumMap<>(ActivationKind.class);
    private final ObjectProperty<TrainConfig.OptimizerKind> optimizer =
            new SimpleObjectProperty<>(this, "optimizer", TrainConfig.OptimizerKind.ADAM);
    private final StringProperty learningRate = new SimpleStringProperty(this, "learningRate", "0.001");
    private final StringProperty momentum = new SimpleStringProperty(this, "momentum", "0.9");
    private final StringProperty batch = new SimpleStringProperty(this, "batch", "128");
    private final StringProperty epochs = new SimpleStringProperty(this, "epochs", "2");
    private final ObjectProperty<GradientClip.Mode> clipMode = new SimpleObjectProperty<>(this, "clip", GradientClip.Mode.NONE);
    private final StringProperty clipThreshold = new SimpleStringProperty(this, "clipThreshold", "0.5");
    private final ObjectProperty<InitChoice> init = new SimpleObjectProperty<>(this, "init", InitChoice.AUTO);
    private final StringProperty seed = new SimpleStringProperty(this, "seed", "1");
    private final StringProperty threads = new SimpleStringProperty(this, "threads",
            Integer.toString(Runtime.getRuntime().availableProcessors()));
    private final StringProperty share = new SimpleStringProperty(this, "share", "100");
    private final Map<Field, ReadOnlyStringWrapper> errors = new EnumMap<>(Field.class);
    private final ReadOnlyObjectWrapper<TrainingSetup> setup = new ReadOnlyObjectWrapper<>(this, "setup");
    private final ReadOnlyStringWrapper caption = new ReadOnlyStringWrapper(this, "caption", "");

    public SetupViewModel() {
        for (Field f : Field.values()) {
            errors.put(f, new ReadOnlyStringWrapper(this, f.name(), ""));
        }
        List<Observable> deps = new ArrayList<>(List.of(data, model, layers, dropout, optimizer, learningRate, momentum, batch,
                epochs, clipMode, clipThreshold, init, seed, threads, share));
        for (ActivationKind k : ActivationKind.values()) {
            BooleanProperty b = new SimpleBooleanProperty(this, k.cliName(), k == ActivationKind.SIGMOID || k == ActivationKind.RELU);
            selected.put(k, b);
            deps.add(b);
            if (k.hasParameter()) {
                StringProperty a = new SimpleStringProperty(this, k.cliName() + "Alpha",
                        ActivationChoice.trim(k.parameter().orElseThrow().defaultValue()));
                alphas.put(k, a);
                deps.add(a);
            }
        }
        deps.forEach(o -> o.addListener(x -> validate()));
        validate();
    }

    public ObjectProperty<DataChoice> dataProperty() { return data; }
    public ObjectProperty<ModelKind> modelProperty() { return model; }
    public StringProperty layersProperty() { return layers; }
    public StringProperty dropoutProperty() { return dropout; }
    public ObjectProperty<TrainConfig.OptimizerKind> optimizerProperty() { return optimizer; }
    public StringProperty learningRateProperty() { return learningRate; }
    /** SGD's momentum (0 = plain SGD, as Nielsen); Adam ignores it. */
    public StringProperty momentumProperty() { return momentum; }
    public StringProperty batchProperty() { return batch; }
    public StringProperty epochsProperty() { return epochs; }
    public ObjectProperty<GradientClip.Mode> clipModeProperty() { return clipMode; }
    public StringProperty clipThresholdProperty() { return clipThreshold; }
    public ObjectProperty<InitChoice> initProperty() { return init; }
    public StringProperty seedProperty() { return seed; }
    public StringProperty threadsProperty() { return threads; }
    /** Percent of the training set per epoch, 1–100. */
    public StringProperty shareProperty() { return share; }

    /** Whether an activation is among those compared. */
    public BooleanProperty selectedProperty(ActivationKind k) {
        return selected.get(k);
    }

    /** The alpha text of a function with a parameter (ELU, Leaky ReLU), else null. */
    public StringProperty alphaProperty(ActivationKind k) {
        return alphas.get(k);
    }

    /** "" when the field is fine, else why not. */
    public ReadOnlyStringProperty errorProperty(Field f) {
        return errors.get(f).getReadOnlyProperty();
    }

    /** The checked set-up, null while a field is wrong. */
    public ReadOnlyObjectProperty<TrainingSetup> setupProperty() {
        return setup.getReadOnlyProperty();
    }

    /** The caption of the last preset applied ("" after a hand edit is fine too). */
    public ReadOnlyStringProperty captionProperty() {
        return caption.getReadOnlyProperty();
    }

    void setCaption(String text) {
        caption.set(text);
    }

    /** The first error message, or "" when the set-up is fine. */
    public String firstError() {
        for (Field f : Field.values()) {
            if (!errors.get(f).get().isEmpty()) {
                return errors.get(f).get();
            }
        }
        return "";
    }

    /** Selects exactly these activations (with these alphas). */
    public void selectOnly(List<ActivationChoice> choices) {
        for (ActivationKind k : ActivationKind.values()) {
            selected.get(k).set(false);
        }
        for (ActivationChoice c : choices) {
            selected.get(c.kind()).set(true);
            if (c.kind().hasParameter()) {
                alphas.get(c.kind()).set(ActivationChoice.trim(c.alpha()));
            }
        }
    }

    /** Re-checks every field; updates the errors and the set-up. */
    public void validate() {
        errors.values().forEach(e -> e.set(""));
        Parsed p = new Parsed();
        String arch = model.get() == ModelKind.POST_CNN ? ModelSpec.POST_CNN : "mlp:" + layers.get().trim();
        p.dropout = model.get() == ModelKind.POST_CNN ? 0 : p.real(Field.DROPOUT, dropout.get(), "dropout", 0, 0.95);
        if (model.get() == ModelKind.MLP) {
            checkLayers(arch);
        }
        List<ActivationChoice> acts = activations(p);
        double lr = p.real(Field.LEARNING_RATE, learningRate.get(), "learning rate", 1e-7, 100);
        double mom = optimizer.get() == TrainConfig.OptimizerKind.SGD
                ? p.real(Field.MOMENTUM, momentum.get(), "momentum", 0, 0.999) : TrainConfig.DEFAULT_SGD_MOMENTUM;
        int b = p.integer(Field.BATCH, batch.get(), "batch", 1, 8192);
        int ep = p.integer(Field.EPOCHS, epochs.get(), "epochs", 1, 1000);
        GradientClip clip = GradientClip.NONE;
        if (clipMode.get() != GradientClip.Mode.NONE) {
            double t = p.real(Field.CLIP, clipThreshold.get(), "clip threshold", 1e-6, 1e6);
            clip = p.ok(Field.CLIP) ? new GradientClip(clipMode.get(), t) : GradientClip.NONE;
        }
        long sd = p.integer(Field.SEED, seed.get(), "seed", 0, Integer.MAX_VALUE);
        int th = p.integer(Field.THREADS, threads.get(), "threads", 1, 64);
        double sh = p.real(Field.SHARE, share.get(), "training share (%)", 0.1, 100);
        if (errors.values().stream().anyMatch(e -> !e.get().isEmpty())) {
            setup.set(null);
            return;
        }
        TrainConfig cfg = new TrainConfig(ep, b, sd, optimizer.get(), lr, mom, clip, th,
                TrainConfig.DEFAULT_STATS_EVERY, true);
        Initializer in = init.get() == InitChoice.AUTO ? null : Initializer.valueOf(init.get().name());
        setup.set(new TrainingSetup(data.get(), arch, p.dropout, acts, in, cfg, sh / 100.0));
    }

    private void checkLayers(String arch) {
        try {
            new ModelSpec(arch, ActivationKind.RELU, Double.NaN, 0, null);
            String[] parts = layers.get().trim().split("-");
            if (!parts[0].trim().equals("784")) {
                errors.get(Field.LAYERS).set("the first size must be 784 (28×28 pixels)");
            } else if (!parts[parts.length - 1].trim().equals("10")) {
                errors.get(Field.LAYERS).set("the last size must be 10 (one per class)");
            }
        } catch (IllegalArgumentException e) {
            errors.get(Field.LAYERS).set("write sizes like 784-128-10: " + e.getMessage());
        }
    }

    private List<ActivationChoice> activations(Parsed p) {
        List<ActivationChoice> acts = new ArrayList<>();
        for (ActivationKind k : ActivationKind.values()) {
            if (!selected.get(k).get()) {
                continue;
            }
            if (k.hasParameter()) {
                ActivationKind.Parameter par = k.parameter().orElseThrow();
                double a = p.real(Field.ACTIVATIONS, alphas.get(k).get(), k.displayName() + " alpha", par.min(), par.max());
                if (p.ok(Field.ACTIVATIONS)) {
                    acts.add(new ActivationChoice(k, a));
                }
            } else {
                acts.add(new ActivationChoice(k, Double.NaN));
            }
        }
        if (acts.isEmpty() && p.ok(Field.ACTIVATIONS)) {
            errors.get(Field.ACTIVATIONS).set("tick at least one activation to train");
        }
        return acts;
    }

    /** Parses numbers and records the first error per field. */
    private final class Parsed {
        double dropout;

        boolean ok(Field f) {
            return errors.get(f).get().isEmpty();
        }

        double real(Field f, String text, String what, double min, double max) {
            try {
                double v = Double.parseDouble(text.trim());
                if (v >= min && v <= max) {
                    return v;
                }
                fail(f, what + " must be between " + fmt(min) + " and " + fmt(max) + ", got " + text.trim());
            } catch (NumberFormatException e) {
                fail(f, what + ": '" + text.trim() + "' is not a number");
            }
            return Double.NaN;
        }

        int integer(Field f, String text, String what, int min, int max) {
            try {
                int v = Integer.parseInt(text.trim());
                if (v >= min && v <= max) {
                    return v;
                }
                fail(f, what + " must be a whole number from " + min + " to " + max + ", got " + v);
            } catch (NumberFormatException e) {
                fail(f, what + ": '" + text.trim() + "' is not a whole number");
            }
            return min;
        }

        private void fail(Field f, String msg) {
            if (ok(f)) {
                errors.get(f).set(msg);
            }
        }

        private String fmt(double v) {
            return v >= 1e-3 ? ActivationChoice.trim(v) : String.format(Locale.ROOT, "%.0e", v);
        }
    }
}
