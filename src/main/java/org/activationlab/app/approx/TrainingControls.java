package org.activationlab.app.approx;

import static org.activationlab.app.approx.ApproxControls.tip;

import java.util.function.Consumer;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.control.NiceTicks;

/**
 * Start / Pause, Step, Step ×10 and Reset, the learning rate, seed and length of a run, and a
 * one-line read-out of the step and loss. Enabled with the trained method only.
 */
final class TrainingControls extends VBox {
    private final ApproxTraining training;
    private final Label message = new Label();
    private final Label status = new Label();

    TrainingControls(ApproxViewModel vm) {
        training = vm.training();
        setSpacing(6);
        TextField lr = field("approx-lr", Double.toString(training.learningRateProperty().get()),
                "Adam's learning rate at the start of the run; it then decays by a cosine to 1% of it. "
                        + "Each step: θ ← θ − lr · m̂ / (√v̂ + ε).",
                t -> training.setLearningRate(Double.parseDouble(t)), training.learningRateProperty());
        TextField seed = field("approx-seed", Long.toString(training.seedProperty().get()),
                "Seed of the random starting hinges: the same seed gives the same run, step for step.",
                t -> training.setSeed(Long.parseLong(t)), training.seedProperty());
        TextField steps = field("approx-steps", Integer.toString(training.stepsProperty().get()),
                "Length of a run in Adam steps (the learning rate decays over it).",
                t -> training.setSteps(Integer.parseInt(t)), training.stepsProperty());
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        grid.addRow(0, new Label("learning rate"), lr);
        grid.addRow(1, new Label("seed"), seed);
        grid.addRow(2, new Label("steps"), steps);

        Button start = tip(new Button("Start"), "Train in the background and watch the hinges move; press again to pause.");
        start.setId("approx-start");
        start.textProperty().bind(Bindings.when(training.runningProperty()).then("Pause").otherwise("Start"));
        start.setOnAction(e -> {
            if (training.runningProperty().get()) {
                training.pause();
            } else {
                training.start();
            }
        });
        Button step = tip(new Button("Step"), "One Adam step on all training points.");
        step.setId("approx-step");
        step.setOnAction(e -> training.step(1));
        Button step10 = tip(new Button("×10"), "Ten Adam steps.");
        step10.setId("approx-step10");
        step10.setOnAction(e -> training.step(10));
        Button reset = tip(new Button("Reset"), "Back to step 0: fresh random hinges from the seed.");
        reset.setId("approx-reset");
        reset.setOnAction(e -> training.reset());
        step.disableProperty().bind(training.runningProperty());
        step10.disableProperty().bind(training.runningProperty());
        HBox buttons = new HBox(6, start, step, step10, reset);
        for (Button b : new Button[] {start, step, step10, reset}) {
            b.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(b, Priority.ALWAYS);
        }
        CheckBox fast = tip(new CheckBox("as fast as possible"),
                "Off: about 600 steps a second, slow enough to watch. On: full speed.");
        fast.setId("approx-fast");
        fast.selectedProperty().bindBidirectional(training.fastProperty());

        status.setId("approx-train-status");
        status.getStyleClass().add("approx-number");
        status.textProperty().bind(Bindings.createStringBinding(this::statusText,
                training.stepProperty(), training.lossesProperty()));
        message.setId("approx-train-message");
        message.getStyleClass().add("approx-error");
        message.setWrapText(true);
        message.textProperty().bind(training.messageProperty());
        message.managedProperty().bind(message.textProperty().isNotEmpty());
        message.visibleProperty().bind(message.managedProperty());
        getChildren().addAll(grid, buttons, fast, status, message);
        disableProperty().bind(vm.methodProperty().isNotEqualTo(Method.TRAINED));
    }

    private String statusText() {
        double[] losses = training.lossesProperty().get();
        String loss = losses.length == 0 ? "—" : NiceTicks.formatValue(losses[losses.length - 1], 3);
        return "step " + training.stepProperty().get() + "   loss " + loss;
    }

    /** A settings field: commits on Enter or when it loses focus; a bad value shows why and is put back. */
    private TextField field(String id, String text, String tipText, Consumer<String> commit,
            ObservableValue<? extends Number> value) {
        TextField f = tip(new TextField(text), tipText);
        f.setId(id);
        f.setPrefColumnCount(7);
        Runnable apply = () -> {
            String now = value.getValue().toString();
            if (f.getText().trim().equals(now)) {
                return;
            }
            try {
                commit.accept(f.getText().trim());
            } catch (IllegalArgumentException e) {
                training.showMessage(e instanceof NumberFormatException
                        ? "'" + f.getText().trim() + "' is not a number" : e.getMessage());
            }
            f.setText(value.getValue().toString());
        };
        f.setOnAction(e -> apply.run());
        f.focusedProperty().addListener((o, was, focused) -> {
            if (!focused) {
                apply.run();
            }
        });
        value.addListener((o, was, now) -> f.setText(now.toString()));
        return f;
    }
}
