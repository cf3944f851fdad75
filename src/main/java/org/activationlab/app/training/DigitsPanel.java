package org.activationlab.app.training;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.activationlab.app.digits.ConfusionMatrixView;
import org.activationlab.app.digits.DigitGridView;
import org.activationlab.app.digits.DigitSample;
import org.activationlab.app.digits.DrawingPad;
import org.activationlab.app.digits.ProbabilityBars;
import org.activationlab.app.digits.WeightGridView;

/**
 * The one place where the training screen uses the shared digit controls (package
 * {@code app.digits}): confusion matrix, first-layer weights, test digits with predictions, and
 * the drawing pad with class-probability bars. Converts the screen's own records to theirs.
 */
final class DigitsPanel {
    private final ConfusionMatrixView confusion = new ConfusionMatrixView();
    private final WeightGridView weights = new WeightGridView();
    private final DigitGridView samples = new DigitGridView();
    private final DrawingPad pad = new DrawingPad();
    private final ProbabilityBars bars = new ProbabilityBars();
    private int[][] counts;

    DigitsPanel() {
        confusion.setId("confusion-matrix");
        weights.setId("weight-grid");
        samples.setId("digit-grid");
        pad.setId("drawing-pad");
        bars.setId("probability-bars");
        weights.maxTilesProperty().set(36);
    }

    Node confusionView() { return confusion; }
    Node weightsView() { return weights; }
    Node samplesView() { return samples; }

    /** The pad, the bars beside it and a Clear button; {@code onDigit} gets 784 values (null when cleared). */
    Pane drawingView(Consumer<float[]> onDigit) {
        Button clear = new Button("Clear");
        clear.setId("clear-pad");
        clear.setTooltip(new Tooltip("Wipe the pad and draw another digit (or right-click the pad)"));
        clear.setOnAction(e -> pad.clear());
        pad.digitProperty().addListener((o, was, d) -> onDigit.accept(d));
        Tooltip.install(pad, new Tooltip("Draw a digit with the mouse; it is centred and scaled like MNIST"));
        bars.setPrefWidth(130);
        bars.setMinWidth(110);
        pad.setPrefSize(190, 230);
        HBox.setHgrow(pad, Priority.ALWAYS);
        VBox box = new VBox(6, new HBox(8, pad, bars), clear);
        VBox.setVgrow(box.getChildren().get(0), Priority.ALWAYS);
        return box;
    }

    /** The last drawn digit as 784 values, or null. */
    float[] digit() {
        float[] d = pad.digitProperty().get();
        return d == null ? null : d.clone();
    }

    int[][] counts() {
        return counts;
    }

    void setCounts(int[][] c) {
        counts = c;
        confusion.setCounts(c);
    }

    void setWeights(float[] w, int units) {
        if (w == null || units == 0) {
            weights.setWeights(new float[0], 0, 784, 28);
            return;
        }
        weights.setWeights(w, units, 784, 28);
    }

    void setSamples(List<Prediction> list) {
        samples.setSamples(list == null ? List.of() : list.stream()
                .map(p -> new DigitSample(p.pixels(), p.label(), p.predicted(), p.confidence())).toList());
    }

    /** Class names for every view ("0".."9", or Fashion-MNIST's garments). */
    void setClassNames(List<String> names) {
        confusion.setClassNames(names);
        samples.setClassNames(names);
        bars.setClassNames(names);
    }

    void setProbabilities(double[] p) {
        bars.setProbabilities(p);
    }
}
