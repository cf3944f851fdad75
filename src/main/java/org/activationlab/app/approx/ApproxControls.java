package org.activationlab.app.approx;

import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Duration;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.core.approx.Preset;

/**
 * The left column of the approximation screen: target, width N, method and hand editing. Every
 * control is bound to {@link ApproxViewModel}; the training controls are in {@link TrainingControls}.
 */
final class ApproxControls extends VBox {
    private final ApproxViewModel vm;
    private final ComboBox<Preset> preset = new ComboBox<>();
    private final TextField expression = new TextField();
    private final TextField interval = new TextField();
    private final Label targetMessage = new Label();
    private final Slider width = new Slider(0, 8, 3);
    private final TextField widthField = new TextField();
    private final ToggleButton constructive = new ToggleButton(Method.CONSTRUCTIVE.toString());
    private final ToggleButton trained = new ToggleButton(Method.TRAINED.toString());
    private final Button clearEdits = new Button("Undo hand edits");
    private boolean syncing;

    ApproxControls(ApproxViewModel vm, Node trainingControls) {
        this.vm = vm;
        getStyleClass().add("approx-controls");
        setSpacing(8);
        setPadding(new Insets(12));
        setFillWidth(true);
        buildTarget();
        buildWidth();
        buildMethod();
        getChildren().addAll(heading("Training"), trainingControls);
    }

    static Label heading(String text) {
        Label l = new Label(text);
        l.getStyleClass().add("approx-heading");
        return l;
    }

    static <T extends Control> T tip(T control, String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(420);
        t.setShowDelay(Duration.millis(400));
        control.setTooltip(t);
        return control;
    }

    /** A label that keeps its whole text when space runs short (the field next to it shrinks instead). */
    static Label fixed(Label l) {
        l.setMinWidth(Region.USE_PREF_SIZE);
        return l;
    }

    private void buildTarget() {
        preset.setId("approx-preset");
        preset.getItems().setAll(Preset.values());
        preset.setConverter(new StringConverter<>() {
            @Override
            public String toString(Preset p) {
                return p == null ? "typed expression" : p.displayName();
            }

            @Override
            public Preset fromString(String s) {
                return null;
            }
        });
        preset.setPromptText("typed expression");
        preset.setMaxWidth(Double.MAX_VALUE);
        preset.setValue(vm.presetProperty().get());
        preset.valueProperty().addListener((o, was, now) -> {
            if (!syncing && now != null) {
                vm.choosePreset(now);
            }
        });
        vm.presetProperty().addListener((o, was, now) -> sync(() -> preset.setValue(now)));
        tip(preset, "A ready-made target on its own interval: sin on [−π, π], |x|, x², a smooth step σ(10x), "
                + "or Nielsen's wiggly function on [0, 1].");
        expression.setId("approx-expression");
        expression.textProperty().bindBidirectional(vm.expressionTextProperty());
        tip(expression, "Type any function of x, e.g. sin(3*x) + 0.5*x^2. Functions: sin, cos, tan, exp, log, "
                + "sqrt, abs, …; constants pi and e. Press Enter to apply.");
        interval.setId("approx-interval");
        interval.textProperty().bindBidirectional(vm.intervalTextProperty());
        interval.setPrefColumnCount(8);
        tip(interval, "The interval [a, b] written a:b, e.g. -1:1 or -pi:pi. Press Enter to apply.");
        Button apply = tip(new Button("Apply"), "Use the typed function and interval as the target.");
        apply.setId("approx-apply");
        apply.setOnAction(e -> vm.applyTypedTarget());
        expression.setOnAction(e -> vm.applyTypedTarget());
        interval.setOnAction(e -> vm.applyTypedTarget());
        targetMessage.setId("approx-target-message");
        targetMessage.getStyleClass().add("approx-error");
        targetMessage.setWrapText(true);
        targetMessage.textProperty().bind(vm.targetMessageProperty());
        targetMessage.managedProperty().bind(targetMessage.textProperty().isNotEmpty());
        targetMessage.visibleProperty().bind(targetMessage.managedProperty());
        apply.setMinWidth(Region.USE_PREF_SIZE);
        HBox intervalRow = new HBox(6, fixed(new Label("on")), interval, apply);
        intervalRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(interval, Priority.ALWAYS);
        HBox exprRow = new HBox(6, fixed(new Label("f(x) =")), expression);
        exprRow.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(expression, Priority.ALWAYS);
        getChildren().addAll(heading("Target"), preset, exprRow, intervalRow, targetMessage);
    }

    private void buildWidth() {
        width.setId("approx-width");
        width.setShowTickMarks(true);
        width.setShowTickLabels(true);
        width.setMajorTickUnit(1);
        width.setMinorTickCount(0);
        width.setBlockIncrement(0.25);
        width.setLabelFormatter(new StringConverter<>() {
            @Override
            public String toString(Double v) {
                long e = Math.round(v);
                return e % 2 == 0 ? Long.toString(1L << e) : "";
            }

            @Override
            public Double fromString(String s) {
                return Math.log(Double.parseDouble(s)) / Math.log(2);
            }
        });
        tip(width, "N, the number of hidden ReLU units (1 to 256, on a doubling scale). "
                + "output = c + Σ v_i·relu(w_i x + b_i): each unit adds one hinge.");
        widthField.setId("approx-width-field");
        widthField.setPrefColumnCount(4);
        tip(widthField, "N typed exactly (1 to 256); press Enter.");
        width.valueProperty().addListener((o, was, now) -> {
            if (!syncing) {
                vm.setWidth((int) Math.round(Math.pow(2, now.doubleValue())));
            }
        });
        widthField.setOnAction(e -> commitWidth());
        widthField.focusedProperty().addListener((o, was, now) -> {
            if (!now) {
                commitWidth();
            }
        });
        vm.widthProperty().addListener((o, was, now) -> showWidth(now));
        showWidth(vm.width());
        widthField.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(6, width, fixed(new Label("N =")), widthField);
        row.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        HBox.setHgrow(width, Priority.ALWAYS);
        getChildren().addAll(heading("Hidden units"), row);
    }

    private void commitWidth() {
        try {
            vm.setWidth(Integer.parseInt(widthField.getText().trim()));
        } catch (NumberFormatException e) {
            // not a whole number: show the current N again
        }
        showWidth(vm.width());
    }

    private void showWidth(int n) {
        sync(() -> {
            widthField.setText(Integer.toString(n));
            if ((int) Math.round(Math.pow(2, width.getValue())) != n) {
                width.setValue(Math.log(n) / Math.log(2));
            }
        });
    }

    private void buildMethod() {
        ToggleGroup group = new ToggleGroup();
        constructive.setId("approx-method-constructive");
        trained.setId("approx-method-trained");
        constructive.setToggleGroup(group);
        trained.setToggleGroup(group);
        constructive.setMaxWidth(Double.MAX_VALUE);
        trained.setMaxWidth(Double.MAX_VALUE);
        tip(constructive, "Weights written down: the straight-line interpolant of f through N + 1 evenly "
                + "spaced knots, exactly as a sum of hinges. Drag its breakpoints to edit it by hand.");
        tip(trained, "Weights learnt: Adam fits the network to f at 512 points, starting from random "
                + "hinges; use the training buttons below.");
        Consumer<Method> select = m -> sync(() -> group.selectToggle(m == Method.TRAINED ? trained : constructive));
        select.accept(vm.methodProperty().get());
        vm.methodProperty().addListener((o, was, now) -> select.accept(now));
        group.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                group.selectToggle(was);
            } else if (!syncing) {
                vm.methodProperty().set(now == trained ? Method.TRAINED : Method.CONSTRUCTIVE);
            }
        });
        HBox row = new HBox(6, constructive, trained);
        HBox.setHgrow(constructive, Priority.ALWAYS);
        HBox.setHgrow(trained, Priority.ALWAYS);
        clearEdits.setId("approx-clear-edits");
        clearEdits.setMaxWidth(Double.MAX_VALUE);
        tip(clearEdits, "Put every hinge you dragged back where the construction placed it.");
        clearEdits.setOnAction(e -> vm.clearEdits());
        clearEdits.disableProperty().bind(vm.handEditedProperty().not());
        Label hint = new Label("By hand: drag an orange dot sideways to move its kink, up or down to change its slope.");
        hint.setWrapText(true);
        hint.getStyleClass().add("approx-caption");
        hint.visibleProperty().bind(vm.methodProperty().isEqualTo(Method.CONSTRUCTIVE));
        hint.managedProperty().bind(hint.visibleProperty());
        getChildren().addAll(heading("Method"), row, hint, clearEdits);
    }

    private void sync(Runnable r) {
        boolean was = syncing;
        syncing = true;
        try {
            r.run();
        } finally {
            syncing = was;
        }
    }
}
