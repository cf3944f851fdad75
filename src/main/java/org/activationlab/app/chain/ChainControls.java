package org.activationlab.app.chain;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.Chain;
import org.activationlab.core.chain.ChainPreset;
import org.activationlab.core.chain.Clipping;
import org.activationlab.core.chain.CostFunction;

/**
 * The chain screen's left column: the presets, then every global setting (activation and alpha,
 * depth, all weights, all biases, a_0, y, cost, η, clipping). Each refuses a bad value inline,
 * with the core's reason.
 */
final class ChainControls extends VBox {
    private final ChainViewModel vm;
    final ComboBox<ActivationKind> activation = new ComboBox<>();
    final ComboBox<CostFunction> cost = new ComboBox<>();
    final ComboBox<Clipping.Mode> clipMode = new ComboBox<>();
    final Slider depthSlider = new Slider(0, 4, 0);
    final Slider weightSlider = new Slider(-10, 10, 1);
    final Label choiceError = new Label();
    final Field alpha;
    final Field depth;
    final Field weight;
    final Field bias;
    final Field input;
    final Field target;
    final Field eta;
    final Field threshold;
    private final List<Field> fields;
    private boolean syncing;
    /** The weight a mouse drag asked for, applied once at the start of the next pulse (NaN: none). */
    private double pendingWeight = Double.NaN;
    private final Runnable applyPendingWeight = this::applyPendingWeight;

    ChainControls(ChainViewModel vm) {
        super(8);
        this.vm = vm;
        setPadding(new Insets(10, 12, 12, 12));
        getStyleClass().add("chain-controls");
        alpha = new Field("chain-alpha", "alpha", "The activation's parameter (Leaky ReLU: slope for z ≤ 0; ELU: −alpha is its floor)",
                () -> vm.chain().activation().kind().hasParameter() ? Numbers.input(vm.chain().activation().alpha()) : "",
                t -> vm.setAlpha(Numbers.parse("alpha", t)));
        depth = new Field("chain-depth", "Depth L (layers, 1–10,000)", "Number of layers; new layers copy the last one",
                () -> Integer.toString(vm.chain().depth()),
                t -> vm.setDepth(Numbers.parseInt("depth", t, 1, Chain.MAX_DEPTH)));
        weight = new Field("chain-weight", "Set every weight w_j", "Sets w_1 … w_L to one value (the slider above does it live)",
                () -> uniformWeight(), t -> vm.setAllWeights(Numbers.parse("weight", t)));
        bias = new Field("chain-bias", "Set every bias b_j", "Sets b_1 … b_L to one value",
                () -> uniformBias(), t -> vm.setAllBiases(Numbers.parse("bias", t)));
        input = new Field("chain-input", "Input a₀", "The input to the first layer: z₁ = w₁·a₀ + b₁",
                () -> Numbers.input(vm.chain().input()), t -> vm.setInput(Numbers.parse("input a₀", t)));
        target = new Field("chain-target", "Target y", "What the output a_L should be; the cost measures the miss",
                () -> Numbers.input(vm.chain().target()), t -> vm.setTarget(Numbers.parse("target y", t)));
        eta = new Field("chain-eta", "Learning rate η", "Step size of gradient descent: b_j ← b_j − η·dC/db_j",
                () -> Numbers.input(vm.learningRate()), t -> vm.setLearningRate(Numbers.parse("learning rate η", t)));
        threshold = new Field("chain-threshold", "Clipping threshold t", "By value: each gradient into [−t, t]; "
                + "by norm: the whole gradient scaled to length ≤ t",
                () -> vm.clipping().isNone() ? "0.5" : Numbers.input(vm.clipping().threshold()),
                t -> vm.setClipping(clipMode.getValue(), Numbers.parse("threshold t", t)));
        fields = List.of(alpha, depth, weight, bias, input, target, eta, threshold);
        choiceError.setId("chain-choice-error");
        choiceError.getStyleClass().add("chain-error");
        choiceError.setWrapText(true);
        getChildren().addAll(presets(), heading("Chain"), activationBox(), alpha, choiceError, depthBox(),
                weightBox(), bias, input, target, heading("Learning"), costBox(), eta, clipBox(), threshold);
        vm.stateProperty().addListener((o, was, s) -> refresh());
        refresh();
    }

    private static Label heading(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("chain-heading");
        return l;
    }

    private VBox presets() {
        FlowPane flow = new FlowPane(6, 6);
        for (ChainPreset p : ChainPreset.values()) {
            Button b = new Button(p.title());
            b.setId("preset-" + p.cliName());
            b.setTooltip(new Tooltip(p.caption()));
            b.setOnAction(e -> vm.loadPreset(p));
            flow.getChildren().add(b);
        }
        return new VBox(4, heading("The post's examples"), flow);
    }

    private VBox activationBox() {
        activation.setId("chain-activation");
        activation.getItems().setAll(ActivationKind.values());
        activation.setConverter(new StringConverter<>() {
            @Override
            public String toString(ActivationKind k) {
                return k == null ? "" : k.displayName();
            }

            @Override
            public ActivationKind fromString(String s) {
                return ActivationKind.require(s);
            }
        });
        activation.setMaxWidth(Double.MAX_VALUE);
        activation.setTooltip(new Tooltip("The activation f of every neuron: a_j = f(z_j); its slope f′ enters each factor"));
        activation.valueProperty().addListener((o, was, k) -> {
            if (!syncing && k != null) {
                choose(() -> vm.setActivation(k, k.parameter().map(ActivationKind.Parameter::defaultValue)
                        .orElse(Double.NaN)));
            }
        });
        return new VBox(2, label("Activation f"), activation);
    }

    private VBox depthBox() {
        depthSlider.setId("chain-depth-slider");
        depthSlider.setTooltip(new Tooltip("Depth on a log scale: 1, 10, 100, 1,000, 10,000 layers"));
        depthSlider.setMajorTickUnit(1);
        depthSlider.setShowTickMarks(true);
        depthSlider.valueProperty().addListener((o, was, v) -> {
            if (!syncing) {
                int d = (int) Math.round(Math.pow(10, v.doubleValue()));
                choose(() -> vm.setDepth(Math.max(1, Math.min(Chain.MAX_DEPTH, d))));
            }
        });
        depth.getChildren().add(2, depthSlider);
        return depth;
    }

    private VBox weightBox() {
        weightSlider.setId("chain-weight-slider");
        weightSlider.setTooltip(new Tooltip("Drag to set every weight at once, live (−10 … 10; type larger values below)"));
        weightSlider.setMajorTickUnit(5);
        weightSlider.setShowTickMarks(true);
        weightSlider.setShowTickLabels(true);
        weightSlider.valueProperty().addListener((o, was, v) -> {
            if (!syncing) {
                setAllWeights(Math.rint(v.doubleValue() * 100) / 100);
            }
        });
        weightSlider.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                applyPendingWeight();
            }
        });
        weightSlider.sceneProperty().addListener((o, old, scene) -> {
            if (old != null) {
                old.removePreLayoutPulseListener(applyPendingWeight);
            }
            if (scene != null) {
                scene.addPreLayoutPulseListener(applyPendingWeight);
            }
        });
        weight.getChildren().add(1, weightSlider);
        return weight;
    }

    private VBox costBox() {
        cost.setId("chain-cost");
        cost.getItems().setAll(CostFunction.values());
        cost.setConverter(converter(CostFunction::formula));
        cost.setMaxWidth(Double.MAX_VALUE);
        cost.setTooltip(new Tooltip("Quadratic: dC/da_L = 2(a_L − y). Cross-entropy: dC/da_L = (a_L − y)/(a_L(1 − a_L))"));
        cost.valueProperty().addListener((o, was, c) -> {
            if (!syncing && c != null) {
                choose(() -> vm.setCost(c));
            }
        });
        return new VBox(2, label("Cost C"), cost);
    }

    private VBox clipBox() {
        clipMode.setId("chain-clipping");
        clipMode.getItems().setAll(Clipping.Mode.values());
        clipMode.setConverter(converter(m -> switch (m) {
            case NONE -> "no clipping";
            case BY_VALUE -> "clip by value";
            case BY_NORM -> "clip by norm";
        }));
        clipMode.setMaxWidth(Double.MAX_VALUE);
        clipMode.setTooltip(new Tooltip("Caps large steps: by value clips each gradient to [−t, t]; by norm rescales "
                + "the whole gradient to length ≤ t. Neither helps a vanishing gradient."));
        clipMode.valueProperty().addListener((o, was, m) -> {
            if (!syncing && m != null) {
                choose(() -> vm.setClipping(m, Numbers.parse("threshold t", threshold.input.getText())));
            }
        });
        return new VBox(2, label("Gradient clipping"), clipMode);
    }

    private static <T> StringConverter<T> converter(java.util.function.Function<T, String> f) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : f.apply(t);
            }

            @Override
            public T fromString(String s) {
                throw new UnsupportedOperationException();
            }
        };
    }

    private static Label label(String s) {
        Label l = new Label(s);
        l.getStyleClass().add("chain-label");
        return l;
    }

    /**
     * While the mouse drags the thumb, a mouse can report many moves per frame; each would
     * re-evaluate the whole chain and update every view. So during a drag only the latest value
     * is kept and applied once, just before the next pulse lays out and renders. Other changes
     * (keys, typed values, code) apply at once.
     */
    private void setAllWeights(double w) {
        if (weightSlider.isValueChanging() && weightSlider.getScene() != null) {
            pendingWeight = w;
            javafx.application.Platform.requestNextPulse();
        } else {
            pendingWeight = Double.NaN;
            choose(() -> vm.setAllWeights(w));
        }
    }

    private void applyPendingWeight() {
        double w = pendingWeight;
        if (!Double.isNaN(w)) {
            pendingWeight = Double.NaN;
            choose(() -> vm.setAllWeights(w));
        }
    }

    /** Runs a command from a combo box or slider; a refusal shows below the activation choice. */
    private void choose(Runnable r) {
        try {
            r.run();
            choiceError.setText("");
        } catch (IllegalArgumentException e) {
            choiceError.setText(e.getMessage());
            refresh();
        }
    }

    private String uniformWeight() {
        return uniform(vm.chain()::weight);
    }

    private String uniformBias() {
        return uniform(vm.chain()::bias);
    }

    /** The value every layer shares, as typed input, or "" when they differ (no array copy: this runs every drag frame). */
    private String uniform(java.util.function.IntToDoubleFunction layerValue) {
        double first = layerValue.applyAsDouble(1);
        for (int j = 2; j <= vm.chain().depth(); j++) {
            if (layerValue.applyAsDouble(j) != first) {
                return "";
            }
        }
        return Numbers.input(first);
    }

    /** Shows the model's values in every control (without feeding them back). */
    void refresh() {
        syncing = true;
        try {
            Chain c = vm.chain();
            activation.setValue(c.activation().kind());
            cost.setValue(c.cost());
            clipMode.setValue(vm.clipping().mode());
            alpha.setDisable(!c.activation().kind().hasParameter());
            threshold.setDisable(vm.clipping().isNone());
            if (!depthSlider.isValueChanging()) {
                depthSlider.setValue(Math.log10(c.depth()));
            }
            String w = uniformWeight();
            if (!w.isEmpty() && !weightSlider.isValueChanging()) {
                weightSlider.setValue(Double.parseDouble(w));
            }
            fields.forEach(f -> f.sync(false));
        } finally {
            syncing = false;
        }
    }
}
