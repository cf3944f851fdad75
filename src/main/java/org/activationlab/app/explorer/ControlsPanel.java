package org.activationlab.app.explorer;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.Slider;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.core.activation.ActivationKind;

/**
 * The explorer's left column: function choice, alpha (slider and text field with an inline
 * message), the comparison checklist and what to show.
 */
final class ControlsPanel extends VBox {
    private final ExplorerViewModel vm;
    final ComboBox<ActivationKind> function = new ComboBox<>();
    final Slider slider = new Slider();
    final TextField alphaField = new TextField();
    final Label alphaError = new Label();
    private final Label alphaHint = new Label();
    private boolean syncing;

    ControlsPanel(ExplorerViewModel vm, javafx.scene.Node... more) {
        super(12);
        this.vm = vm;
        getStyleClass().add("explorer-controls");
        setPadding(new Insets(10, 12, 12, 12));
        getChildren().addAll(functionBox(), alphaBox(), compareBox(), showBox());
        getChildren().addAll(more);
        vm.selectedProperty().addListener((o, was, k) -> onSelected(k));
        onSelected(vm.selectedProperty().get());
    }

    private VBox functionBox() {
        function.setId("explorer-function");
        function.getItems().setAll(ActivationKind.values());
        function.setCellFactory(l -> new KindCell());
        function.setButtonCell(new KindCell());
        function.setMaxWidth(Double.MAX_VALUE);
        function.valueProperty().bindBidirectional(vm.selectedProperty());
        function.setTooltip(Tips.of("The activation function to plot: f solid, its derivative f′ dashed"));
        return section("Function", function);
    }

    private VBox alphaBox() {
        slider.setId("explorer-alpha-slider");
        slider.setShowTickMarks(true);
        slider.setShowTickLabels(true);
        slider.setBlockIncrement(0.01);
        HBox.setHgrow(slider, Priority.ALWAYS);
        slider.valueProperty().addListener((o, was, v) -> {
            if (!syncing && vm.hasAlphaProperty().get()) {
                double step = (slider.getMax() - slider.getMin()) / 1000;
                vm.setAlpha(Math.rint(v.doubleValue() / step) * step);
            }
        });
        vm.alphaProperty().addListener((o, was, v) -> syncSlider());
        alphaField.setId("explorer-alpha-field");
        alphaField.setPrefColumnCount(6);
        alphaField.textProperty().bindBidirectional(vm.alphaTextProperty());
        alphaField.disableProperty().bind(vm.hasAlphaProperty().not());
        slider.disableProperty().bind(vm.hasAlphaProperty().not());
        slider.setTooltip(Tips.of("Drag to change alpha: the slope (Leaky ReLU) or the floor −alpha (ELU) for x ≤ 0. ← / → nudge it"));
        alphaField.setTooltip(Tips.of("Type alpha and press Enter; a value outside the allowed range is refused and the last good one kept"));
        alphaError.setId("explorer-alpha-error");
        alphaError.getStyleClass().add("explorer-error");
        alphaError.setWrapText(true);
        alphaError.textProperty().bind(vm.alphaErrorProperty());
        alphaError.visibleProperty().bind(vm.alphaErrorProperty().isNotEmpty());
        alphaError.managedProperty().bind(alphaError.visibleProperty());
        alphaHint.setWrapText(true);
        alphaHint.getStyleClass().add("explorer-caption");
        HBox row = new HBox(8, slider, alphaField);
        row.setAlignment(Pos.CENTER_LEFT);
        row.visibleProperty().bind(vm.hasAlphaProperty());
        row.managedProperty().bind(vm.hasAlphaProperty());
        return section("Parameter α", row, alphaError, alphaHint);
    }

    private VBox compareBox() {
        GridPane grid = new GridPane();
        grid.setHgap(10);
        grid.setVgap(5);
        int i = 0;
        for (ActivationKind k : ActivationKind.values()) {
            CheckBox c = new CheckBox(k.displayName());
            c.setId("compare-" + k.cliName());
            c.selectedProperty().bindBidirectional(vm.comparedProperty(k));
            c.disableProperty().bind(vm.selectedProperty().isEqualTo(k));
            c.setTooltip(Tips.of("Overlay " + k.displayName() + " (and its derivative) in its own colour"));
            grid.add(c, i % 2, i / 2);
            i++;
        }
        Label note = new Label();
        note.getStyleClass().add("explorer-error");
        note.setWrapText(true);
        note.textProperty().bind(vm.comparisonNoteProperty());
        note.managedProperty().bind(vm.comparisonNoteProperty().isNotEmpty());
        return section("Compare with", grid, note);
    }

    private VBox showBox() {
        CheckBox df = new CheckBox("f′(x), dashed");
        df.setId("show-derivative");
        df.selectedProperty().bindBidirectional(vm.showDerivativeProperty());
        df.setTooltip(Tips.of("Show the derivative f′(x) as a dashed line: the factor backpropagation multiplies by"));
        CheckBox sat = new CheckBox("saturated: |f′| < " + ExplorerViewModel.SATURATION);
        sat.setId("show-saturation");
        sat.selectedProperty().bindBidirectional(vm.showSaturationProperty());
        sat.setTooltip(Tips.of("Shade where |f′(x)| < 0.01: a neuron there passes back less than 1% of the gradient"));
        CheckBox dead = new CheckBox("dead: f′ = 0");
        dead.setId("show-dead");
        dead.selectedProperty().bindBidirectional(vm.showDeadProperty());
        dead.setTooltip(Tips.of("Shade where f′(x) = 0: no gradient passes at all (a dead ReLU)"));
        javafx.scene.layout.FlowPane flow = new javafx.scene.layout.FlowPane(14, 6, df, sat, dead);
        return section("Show", flow);
    }

    private void onSelected(ActivationKind k) {
        ActivationKind.Parameter p = k.parameter().orElse(null);
        syncing = true;
        try {
            if (p != null) {
                slider.setMin(p.min());
                slider.setMax(p.max());
                slider.setMajorTickUnit((p.max() - p.min()) / 4);
                slider.setMinorTickCount(4);
                slider.setBlockIncrement((p.max() - p.min()) / 100);
                slider.setValue(vm.getAlpha());
                alphaHint.setText("From " + AlphaInput.format(p.min()) + " to " + AlphaInput.format(p.max())
                        + ", default " + AlphaInput.format(p.defaultValue()) + ".");
            } else {
                alphaHint.setText(k == ActivationKind.SELU
                        ? "SELU's α and λ are fixed constants (see the formula)."
                        : "This function has no parameter.");
            }
        } finally {
            syncing = false;
        }
    }

    private void syncSlider() {
        if (!vm.hasAlphaProperty().get() || Double.isNaN(vm.getAlpha())) {
            return;
        }
        syncing = true;
        try {
            slider.setValue(vm.getAlpha());
        } finally {
            syncing = false;
        }
    }

    private static VBox section(String title, javafx.scene.Node... content) {
        Label l = new Label(title);
        l.getStyleClass().add("explorer-heading");
        VBox box = new VBox(6, l);
        box.getChildren().addAll(content);
        return box;
    }

    /** Shows a function by its display name. */
    private static final class KindCell extends ListCell<ActivationKind> {
        @Override
        protected void updateItem(ActivationKind k, boolean empty) {
            super.updateItem(k, empty);
            setText(empty || k == null ? null : k.displayName());
        }
    }
}
