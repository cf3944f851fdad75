package org.activationlab.app.training;

import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.nn.GradientClip;
import org.activationlab.core.train.TrainConfig;

/**
 * The set-up form: preset, data, model, activations, optimiser and training settings. Every
 * field has a tooltip; a wrong value shows its reason in red right under it.
 */
final class SetupPanel extends VBox {
    private final SetupViewModel vm;
    private final DataPanel data;

    SetupPanel(SetupViewModel vm, DataPanel data) {
        this.vm = vm;
        this.data = data;
        getStyleClass().add("training-setup");
        setSpacing(8);
        getChildren().addAll(presets(), section("Data", data), section("Model", model()),
                section("Activations to compare", activations()), section("Training", training()));
    }

    private Node presets() {
        ComboBox<Preset> box = new ComboBox<>();
        box.getItems().addAll(Preset.values());
        box.setPromptText("Presets…");
        box.setId("preset");
        box.setMaxWidth(Double.MAX_VALUE);
        box.setTooltip(new Tooltip("Fill the set-up with a ready-made lecture experiment"));
        box.setOnAction(e -> {
            if (box.getValue() != null) {
                box.getValue().applyTo(vm);
            }
        });
        Label caption = new Label();
        caption.setWrapText(true);
        caption.getStyleClass().add("training-caption");
        caption.textProperty().bind(vm.captionProperty());
        caption.managedProperty().bind(vm.captionProperty().isNotEmpty());
        return new VBox(4, box, caption);
    }

    private static TitledPane section(String title, Node content) {
        TitledPane t = new TitledPane(title, content);
        t.setCollapsible(true);
        return t;
    }

    private Node model() {
        GridPane g = grid();
        ComboBox<SetupViewModel.ModelKind> kind = combo(vm.modelProperty(), SetupViewModel.ModelKind.values(),
                "An MLP with the sizes you type, or the post's CNN (two conv layers, max-pool, dropout)");
        kind.setId("model-kind");
        TextField layers = field(vm.layersProperty(), "Layer sizes from input to output, e.g. 784-128-10 (784 pixels in, 10 classes out)");
        layers.setId("layers");
        layers.disableProperty().bind(vm.modelProperty().isEqualTo(SetupViewModel.ModelKind.POST_CNN));
        TextField drop = field(vm.dropoutProperty(), "Share of hidden units switched off in each training step (0 = none; AlphaDropout for SELU)");
        drop.disableProperty().bind(layers.disableProperty());
        ComboBox<SetupViewModel.InitChoice> init = combo(vm.initProperty(), SetupViewModel.InitChoice.values(),
                "How the first weights are drawn; AUTO = Glorot uniform, LeCun normal for SELU");
        int r = 0;
        r = row(g, r, "Model", kind, null);
        r = row(g, r, "Layers", layers, SetupViewModel.Field.LAYERS);
        r = row(g, r, "Dropout", drop, SetupViewModel.Field.DROPOUT);
        row(g, r, "Initialiser", init, null);
        return g;
    }

    private Node activations() {
        FlowPane flow = new FlowPane(10, 6);
        for (ActivationKind k : ActivationKind.values()) {
            CheckBox cb = new CheckBox(k.displayName());
            cb.setId("act-" + k.cliName());
            cb.selectedProperty().bindBidirectional(vm.selectedProperty(k));
            cb.setTooltip(new Tooltip("Train one run with " + k.displayName() + " in every hidden layer"));
            if (k.hasParameter()) {
                TextField a = field(vm.alphaProperty(k), "α of " + k.displayName() + ": "
                        + k.parameter().orElseThrow().description());
                a.setPrefColumnCount(3);
                a.disableProperty().bind(cb.selectedProperty().not());
                flow.getChildren().add(new HBox(4, cb, new Label("α"), a));
            } else {
                flow.getChildren().add(cb);
            }
        }
        return new VBox(4, flow, error(SetupViewModel.Field.ACTIVATIONS));
    }

    private Node training() {
        GridPane g = grid();
        ComboBox<TrainConfig.OptimizerKind> opt = combo(vm.optimizerProperty(), TrainConfig.OptimizerKind.values(),
                "Adam adapts the step per weight; SGD takes plain gradient steps (with momentum if set)");
        TextField lr = field(vm.learningRateProperty(), "Step size of the optimiser (Adam: about 0.001; SGD: 0.01–1)");
        lr.setId("learning-rate");
        TextField mom = field(vm.momentumProperty(), "SGD only: how much of the last step is kept (0 = plain SGD)");
        mom.disableProperty().bind(vm.optimizerProperty().isEqualTo(TrainConfig.OptimizerKind.ADAM));
        TextField batch = field(vm.batchProperty(), "Digits per step");
        TextField epochs = field(vm.epochsProperty(), "Passes over the training digits");
        epochs.setId("epochs");
        ComboBox<GradientClip.Mode> clip = combo(vm.clipModeProperty(), GradientClip.Mode.values(),
                "Clip the gradient: each component to [−t, t] (VALUE) or its total length to t (NORM)");
        TextField t = field(vm.clipThresholdProperty(), "The clipping threshold t (the post uses 0.5 by value)");
        t.disableProperty().bind(vm.clipModeProperty().isEqualTo(GradientClip.Mode.NONE));
        TextField seed = field(vm.seedProperty(), "Seeds the first weights, dropout and batch order: same seed, same run");
        TextField threads = field(vm.threadsProperty(), "CPU threads for the maths (1 = bit-identical reruns)");
        TextField share = field(vm.shareProperty(), "Percent of the training digits used per epoch (smaller = quicker demo)");
        share.setId("share");
        int r = 0;
        r = row(g, r, "Optimiser", opt, null);
        r = row(g, r, "Learning rate", lr, SetupViewModel.Field.LEARNING_RATE);
        r = row(g, r, "Momentum", mom, SetupViewModel.Field.MOMENTUM);
        r = row(g, r, "Batch", batch, SetupViewModel.Field.BATCH);
        r = row(g, r, "Epochs", epochs, SetupViewModel.Field.EPOCHS);
        r = row(g, r, "Clipping", new HBox(6, clip, new Label("t"), t), SetupViewModel.Field.CLIP);
        r = row(g, r, "Seed", seed, SetupViewModel.Field.SEED);
        r = row(g, r, "Threads", threads, SetupViewModel.Field.THREADS);
        row(g, r, "Training %", share, SetupViewModel.Field.SHARE);
        return g;
    }

    private static GridPane grid() {
        GridPane g = new GridPane();
        g.setHgap(8);
        g.setVgap(4);
        return g;
    }

    private int row(GridPane g, int r, String label, Node control, SetupViewModel.Field f) {
        Label l = new Label(label);
        l.setMinWidth(Label.USE_PREF_SIZE);
        g.add(l, 0, r);
        g.add(control, 1, r);
        GridPane.setHgrow(control, Priority.ALWAYS);
        if (f == null) {
            return r + 1;
        }
        g.add(error(f), 0, r + 1, 2, 1);
        return r + 2;
    }

    private Label error(SetupViewModel.Field f) {
        Label e = new Label();
        e.getStyleClass().add("training-error");
        e.setId("error-" + f.name().toLowerCase(java.util.Locale.ROOT));
        e.setWrapText(true);
        e.textProperty().bind(vm.errorProperty(f));
        e.managedProperty().bind(vm.errorProperty(f).isNotEmpty());
        e.visibleProperty().bind(e.managedProperty());
        return e;
    }

    private static TextField field(StringProperty p, String tip) {
        TextField t = new TextField();
        t.textProperty().bindBidirectional(p);
        t.setPrefColumnCount(8);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    private static <T> ComboBox<T> combo(ObjectProperty<T> p, T[] values, String tip) {
        ComboBox<T> c = new ComboBox<>();
        c.getItems().addAll(values);
        c.valueProperty().bindBidirectional(p);
        c.setTooltip(new Tooltip(tip));
        return c;
    }

    /** Runs {@code r} now and whenever the set-up changes. */
    void onChange(Consumer<TrainingSetup> r) {
        vm.setupProperty().addListener((o, was, s) -> r.accept(s));
        r.accept(vm.setupProperty().get());
    }
}
