package org.activationlab.app.chain;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.activationlab.app.control.AxisScale;
import org.activationlab.app.control.LegendPosition;
import org.activationlab.app.control.Palette;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.signal.Initializer;
import org.activationlab.core.signal.LayerStats;
import org.activationlab.core.signal.SignalConfig;
import org.activationlab.core.signal.SignalReport;

/**
 * The "Signal propagation" tab: a wide random network's per-layer mean and standard deviation of
 * the activations (forward) and the gradients (backward). Runs in the background with a spinner
 * and Cancel; SELU with LeCun-normal weights stays at mean ≈ 0, std ≈ 1, which the verdict line
 * and the dashed reference lines make visible.
 */
final class SignalView extends BorderPane {
    private final SignalViewModel vm;
    private final StatusModel status;
    final PlotView activations = new PlotView();
    final PlotView gradients = new PlotView();
    final Label verdict = new Label();
    final Button run = new Button("Run");
    final Button cancel = new Button("Cancel");
    private boolean ranOnce;
    private List<Field> fields = List.of();

    SignalView(SignalViewModel vm, StatusModel status) {
        this.vm = vm;
        this.status = status;
        setId("signal-view");
        activations.setId("signal-activations");
        gradients.setId("signal-gradients");
        activations.setTitle("Forward: activations a_l per layer");
        activations.setXLabel("layer l");
        activations.setYLabel("mean and std of a_l");
        activations.legendPositionProperty().set(LegendPosition.TOP_RIGHT);
        gradients.setTitle("Backward: gradients dC/da_l per layer");
        gradients.setXLabel("layer l");
        gradients.setYLabel("std of dC/da_l (log scale)");
        gradients.yScaleProperty().set(AxisScale.LOG10);
        gradients.legendPositionProperty().set(LegendPosition.TOP_RIGHT);
        VBox.setVgrow(activations, Priority.ALWAYS);
        VBox.setVgrow(gradients, Priority.ALWAYS);
        VBox plots = new VBox(8, activations, gradients);
        plots.setPadding(new Insets(8));
        setCenter(plots);
        ScrollPane left = new ScrollPane(controls());
        vm.configProperty().addListener((o, was, c) -> fields.forEach(f -> f.sync(false)));
        left.setFitToWidth(true);
        left.setPrefWidth(290);
        setLeft(left);
        vm.reportProperty().addListener((o, was, r) -> show(r));
    }

    /** Runs once the first time the tab is shown, so the plots are never empty. */
    void autoRun() {
        if (!ranOnce && vm.reportProperty().get() == null) {
            ranOnce = true;
            vm.run();
        }
    }

    private VBox controls() {
        ComboBox<ActivationKind> f = new ComboBox<>();
        f.setId("signal-activation");
        f.getItems().setAll(ActivationKind.values());
        f.setConverter(converter(ActivationKind::displayName));
        f.setValue(vm.config().activation().kind());
        f.setMaxWidth(Double.MAX_VALUE);
        f.setTooltip(new Tooltip("The activation of every layer (default parameter)"));
        f.valueProperty().addListener((o, was, k) -> vm.setActivation(k));
        ComboBox<Initializer> init = new ComboBox<>();
        init.setId("signal-init");
        init.getItems().setAll(Initializer.values());
        init.setConverter(converter(Initializer::displayName));
        init.setValue(vm.config().init());
        init.setMaxWidth(Double.MAX_VALUE);
        init.setTooltip(new Tooltip("Weights ~ N(0, std²): Glorot std = √(2/(fan_in+fan_out)), "
                + "He std = √(2/fan_in), LeCun std = √(1/fan_in)"));
        init.valueProperty().addListener((o, was, i) -> vm.setInit(i));
        SignalConfig c = vm.config();
        Field scale = new Field("signal-scale", "Scale of the weights' std", "Multiplies the initialiser's std "
                + "(1 = as published; try 1.5 with ReLU)", () -> Numbers.input(vm.config().scale()),
                t -> vm.setScale(Numbers.parse("scale", t)));
        Field depth = new Field("signal-depth", "Depth (layers, 1–" + SignalConfig.MAX_DEPTH + ")", "How many layers",
                () -> Integer.toString(vm.config().depth()),
                t -> vm.setDepth(Numbers.parseInt("depth", t, 1, SignalConfig.MAX_DEPTH)));
        Field width = new Field("signal-width", "Width (units per layer)", "Units per layer: wider gives smoother statistics",
                () -> Integer.toString(vm.config().width()),
                t -> vm.setWidth(Numbers.parseInt("width", t, 1, SignalConfig.MAX_WIDTH)));
        Field seed = new Field("signal-seed", "Seed", "The same seed gives the same network and the same plots",
                () -> Long.toString(vm.config().seed()), t -> vm.setSeed(parseSeed(t)));
        fields = List.of(scale, depth, width, seed);
        run.setId("signal-run");
        run.setTooltip(new Tooltip("Push a batch of random inputs forward and a random gradient back, "
                + "and measure every layer"));
        run.setOnAction(e -> {
            if (List.of(scale, depth, width, seed).stream().allMatch(Field::commit)) {
                vm.run();
            }
        });
        cancel.setId("signal-cancel");
        cancel.setTooltip(new Tooltip("Stop the run in progress"));
        cancel.setOnAction(e -> vm.cancel());
        cancel.disableProperty().bind(vm.runningProperty().not());
        run.disableProperty().bind(vm.runningProperty());
        ProgressIndicator spin = new ProgressIndicator();
        spin.setId("signal-spinner");
        spin.setPrefSize(28, 28);
        spin.visibleProperty().bind(vm.runningProperty());
        verdict.setId("signal-verdict");
        verdict.setWrapText(true);
        verdict.getStyleClass().add("chain-body");
        verdict.textProperty().bind(vm.messageProperty());
        Button png = new Button("Plots PNG…");
        png.setId("signal-export-png");
        png.setTooltip(new Tooltip("Save both plots as PNG images (the second gets \"-gradients\" in its name)"));
        png.setOnAction(e -> choosePng());
        HBox buttons = new HBox(8, run, cancel, spin);
        buttons.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        Label hint = new Label("Try SELU + LeCun normal (stays at mean 0, std 1), then sigmoid (fades) "
                + "and ReLU + He with scale 1.5 (blows up).");
        hint.setWrapText(true);
        hint.getStyleClass().add("chain-caption");
        VBox box = new VBox(8, new Label("Activation"), f, new Label("Initialisation"), init, scale, depth, width,
                seed, buttons, verdict, png, hint);
        box.setPadding(new Insets(10, 12, 12, 12));
        return box;
    }

    private static long parseSeed(String t) {
        try {
            return Long.parseLong(t.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("seed must be a whole number, got '" + t.trim() + "'");
        }
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

    void show(SignalReport r) {
        if (r == null) {
            return;
        }
        int n = r.layers().size();
        double[] x = new double[n];
        double[] mean = new double[n];
        double[] std = new double[n];
        double[] gstd = new double[n];
        for (int i = 0; i < n; i++) {
            LayerStats s = r.layers().get(i);
            x[i] = s.layer();
            mean[i] = s.activationMean();
            std[i] = s.activationStd();
            gstd[i] = s.gradientStd();
        }
        double[] ends = {1, Math.max(1.0001, n)};
        activations.getSeries().setAll(
                PlotSeries.dashed("0 and 1 (self-normalised)", ends, new double[] {0, 0}, Colors.MUTED, 2),
                PlotSeries.dashed(null, ends, new double[] {1, 1}, Colors.MUTED, 2),
                PlotSeries.solid("mean", x, mean, Palette.color(0), 3),
                PlotSeries.solid("std", x, std, Palette.color(1), 3));
        gradients.getSeries().setAll(
                PlotSeries.dashed("1", ends, new double[] {1, 1}, Colors.MUTED, 2),
                PlotSeries.solid("std of dC/da_l", x, gstd, Palette.color(2), 3));
        double lo = 0;
        double hi = 1;
        for (int i = 0; i < n; i++) {
            lo = Math.min(lo, Math.min(mean[i], std[i]));
            hi = Math.max(hi, Math.max(mean[i], std[i]));
        }
        if (Double.isFinite(lo) && Double.isFinite(hi)) { // room above the data for the legend
            activations.defaultRangeProperty().set(new org.activationlab.app.control.PlotRange(1, Math.max(2, n),
                    lo - 0.05 * (hi - lo), hi + 0.45 * (hi - lo)));
        }
        String what = r.config().activation().label() + ", " + r.config().init().displayName()
                + (r.config().scale() == 1.0 ? "" : " × " + Numbers.format(r.config().scale(), 4));
        activations.setTitle("Forward: activations per layer (" + what + ")");
    }

    private void choosePng() {
        javafx.stage.FileChooser fc = new javafx.stage.FileChooser();
        fc.setTitle("Save PNG image");
        fc.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PNG image", "*.png"));
        fc.setInitialFileName("signal.png");
        java.io.File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f != null) {
            try {
                writePng(f.toPath());
            } catch (IOException | RuntimeException ex) {
                status.show("Could not save " + f.getName() + ": " + ex.getMessage());
            }
        }
    }

    /** Saves both plots as PNG (file and file with "-gradients"). */
    void writePng(Path file) throws IOException {
        activations.writePng(file, 2.0);
        String name = file.getFileName().toString().replaceFirst("\\.png$", "");
        gradients.writePng(file.resolveSibling(name + "-gradients.png"), 2.0);
        status.show("Saved " + file.toAbsolutePath());
    }
}
