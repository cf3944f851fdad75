package org.activationlab.app.approx;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.FileChooser;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.control.NiceTicks;
import org.activationlab.app.control.PlotExport;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.approx.ApproxError;
import org.activationlab.core.settings.AtomicFiles;

/**
 * The approximation screen: controls on the left; in the middle the hinge picture (target,
 * output, hinges, breakpoints) with the sup-norm error above it and the error curve below; on the
 * right the max error against N (log-log) and the training loss.
 *
 * <p>Updates are coalesced: ViewModel changes only set a dirty flag, and an {@link AnimationTimer}
 * picks up the newest training snapshot and redraws at most once per frame.
 */
public final class ApproxView extends BorderPane {
    private final ApproxViewModel vm;
    private final StatusModel status;
    private final HingePlot hingePlot = new HingePlot();
    private final ApproxPlots plots = new ApproxPlots();
    private final Label readout = new Label();
    /** Where the largest error is: its own label, so a narrow header wraps between the phrases, never inside one. */
    private final Label readoutAt = new Label();
    private final Label detail = new Label();
    private final HBox center;
    private final AnimationTimer timer;
    private boolean dirty = true;

    public ApproxView(ApproxViewModel vm, StatusModel status) {
        this.vm = Objects.requireNonNull(vm);
        this.status = Objects.requireNonNull(status);
        getStyleClass().add("approx");
        var css = ApproxView.class.getResource("approx.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        ApproxControls controls = new ApproxControls(vm, new TrainingControls(vm));
        ScrollPane scroll = new ScrollPane(controls);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setPrefWidth(320);
        scroll.setMinWidth(300);
        scroll.getStyleClass().add("approx-left");
        setLeft(scroll);

        readout.setId("approx-max-error");
        readout.getStyleClass().add("approx-readout");
        readoutAt.setId("approx-worst-x");
        readoutAt.getStyleClass().add("approx-readout");
        for (Label l : new Label[] {readout, readoutAt}) {
            l.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE); // a phrase is never cut or broken
        }
        detail.setId("approx-detail");
        detail.getStyleClass().add("approx-caption");
        detail.setWrapText(true);
        detail.setPrefWidth(200);
        detail.setMaxWidth(Double.MAX_VALUE);
        detail.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        hingePlot.setId("approx-hinge-plot");
        javafx.scene.control.Tooltip.install(hingePlot, new javafx.scene.control.Tooltip(
                "output = c + Σ v_i·relu(w_i x + b_i). Each faint line is one unit's hinge v_i·relu(w_i x + b_i); "
                        + "their sum plus c is the blue output. Orange dots mark the breakpoints x = −b_i/w_i: "
                        + "drag one sideways to move it, up or down to change its slope (constructive method)."));
        for (Label l : new Label[] {readout, readoutAt}) {
            ApproxControls.tip(l, "The sup-norm error: the largest |output(x) − f(x)| over 10,001 evenly spaced "
                    + "points of the interval, and the x where it occurs (red dashed line); mean = average |error|.");
        }
        hingePlot.setOnEdit(vm::editHinge);
        // a flow: on a narrow window (presenter mode's large type) the phrases and the buttons go
        // onto the next line whole, where a wrapping label broke "0.0704" into "0.0" and "704"
        javafx.scene.layout.FlowPane header = new javafx.scene.layout.FlowPane(12, 4, readout, readoutAt, exportButtons());
        header.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        VBox middle = new VBox(6, header, detail, legend(), hingePlot);
        VBox.setVgrow(hingePlot, Priority.ALWAYS);
        VBox right = new VBox(8, plots.seriesPlot(), plots.seriesLegend(), plots.lossPlot());
        VBox.setVgrow(plots.seriesPlot(), Priority.ALWAYS);
        VBox.setVgrow(plots.lossPlot(), Priority.ALWAYS);
        right.setPrefWidth(350);
        right.setPadding(new Insets(0, 16, 0, 0));
        right.setMinWidth(280);
        center = new HBox(10, middle, right);
        HBox.setHgrow(middle, Priority.ALWAYS);
        center.setPadding(new Insets(10));
        center.setStyle("-fx-background-color: white;");
        center.getStyleClass().add("paper"); // white in both themes: its text stays dark on the dark theme
        setCenter(center);

        vm.networkProperty().addListener(o -> dirty = true);
        vm.seriesProperty().addListener(o -> dirty = true);
        vm.methodProperty().addListener(o -> dirty = true);
        vm.training().lossesProperty().addListener(o -> dirty = true);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                frame();
            }
        };
        timer.start();
        frame();
    }

    /** One frame: the newest training snapshot, then one redraw if anything changed. */
    void frame() {
        vm.pollTraining();
        if (!dirty || vm.networkProperty().get() == null) {
            return;
        }
        dirty = false;
        ApproxError err = vm.errorProperty().get();
        boolean constructive = vm.methodProperty().get() == Method.CONSTRUCTIVE;
        hingePlot.setEditable(constructive);
        hingePlot.show(vm.targetProperty().get(), vm.networkProperty().get(), err);
        plots.showSeries(vm.seriesProperty().get(), vm.width(), err);
        plots.showLoss(vm.training().lossesProperty().get(), vm.training().stepsProperty().get());
        readout.setText("max |error| = " + NiceTicks.formatValue(err.maxError(), 3));
        readoutAt.setText("at x = " + NiceTicks.formatValue(err.worstX(), 4));
        detail.setText(detailText(constructive));
    }

    /** The hinge plot's legend, as a row above it (a legend inside would hide part of the curves). */
    private static javafx.scene.layout.FlowPane legend() {
        javafx.scene.shape.Circle dot = new javafx.scene.shape.Circle(6, HingePlotPainter.HANDLE);
        Label breakpoint = new Label("breakpoint", dot);
        breakpoint.setGraphicTextGap(6);
        javafx.scene.layout.FlowPane row = new javafx.scene.layout.FlowPane(14, 2,
                ApproxPlots.entry(new Label("target f"), HingePlotPainter.TARGET, false),
                ApproxPlots.entry(new Label("output"), HingePlotPainter.OUTPUT, false),
                ApproxPlots.entry(new Label("one hinge per unit"), HingePlotPainter.HINGE, false),
                breakpoint,
                ApproxPlots.entry(new Label("largest error"), HingePlotPainter.WORST, true));
        row.setId("approx-legend");
        row.setPrefWrapLength(300);
        return row;
    }

    private String detailText(boolean constructive) {
        int n = vm.width();
        String mean = "mean |error| " + NiceTicks.formatValue(vm.errorProperty().get().meanError(), 3) + "  ·  ";
        String target = vm.targetProperty().get().function().formula() + " on "
                + ApproxViewModel.formatInterval(vm.targetProperty().get().interval()).replace(":", " … ");
        if (constructive) {
            return mean + "f(x) = " + target + "  ·  N = " + n + " hinges: straight lines through " + (n + 1)
                    + " knots" + (vm.handEditedProperty().get() ? ", edited by hand" : "");
        }
        return mean + "f(x) = " + target + "  ·  N = " + n + " hinges trained by Adam, step "
                + vm.training().stepProperty().get();
    }

    private HBox exportButtons() {
        Button png = ApproxControls.tip(new Button("PNG…"), "Save the plots as a PNG picture (twice the screen resolution).");
        png.setId("approx-export-png");
        png.setOnAction(e -> choose("PNG image", "*.png", "approximation.png", this::exportPng));
        Button csv = ApproxControls.tip(new Button("CSV…"),
                "Save x, target, output, error and every unit's contribution as a CSV table (1,001 rows).");
        csv.setId("approx-export-csv");
        csv.setOnAction(e -> choose("CSV table", "*.csv", "approximation.csv", this::exportCsv));
        png.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        csv.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        return new HBox(6, png, csv);
    }

    private interface Export {
        void write(Path file) throws IOException;
    }

    private void choose(String kind, String pattern, String name, Export export) {
        FileChooser chooser = new FileChooser();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(kind, pattern));
        chooser.setInitialFileName(name);
        File f = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (f == null) {
            return;
        }
        try {
            export.write(f.toPath());
            status.show("Saved " + f.getName());
        } catch (IOException ex) {
            status.show("Could not save " + f.getName() + ": " + ex.getMessage());
        }
    }

    /** Writes the plots (everything right of the controls) as PNG at twice the screen resolution. */
    void exportPng(Path file) throws IOException {
        frame();
        layout();
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        p.setTransform(javafx.scene.transform.Transform.scale(2, 2));
        WritableImage img = center.snapshot(p, null);
        PlotExport.writePng(img, file);
    }

    /** Writes the table of x, target, output, error and unit contributions. */
    void exportCsv(Path file) throws IOException {
        AtomicFiles.writeString(file, ApproxCsv.csv(vm.targetProperty().get(), vm.networkProperty().get(),
                ApproxCsv.POINTS));
    }

    /** Line widths follow the app's appearance (thicker in presenter mode). */
    public void bindLineScale(javafx.beans.value.ObservableDoubleValue scale) {
        plots.seriesPlot().lineScaleProperty().bind(scale);
        plots.lossPlot().lineScaleProperty().bind(scale);
        hingePlot.setLineScale(scale.get());
        scale.addListener((o, was, now) -> hingePlot.setLineScale(now.doubleValue()));
    }

    /** Plot text follows the app's appearance (larger in presenter mode and when zoomed). */
    public void bindTextScale(javafx.beans.value.ObservableDoubleValue scale) {
        plots.seriesPlot().textScaleProperty().bind(scale);
        plots.lossPlot().textScaleProperty().bind(scale);
        hingePlot.setTextScale(scale.get());
        scale.addListener((o, was, now) -> hingePlot.setTextScale(now.doubleValue()));
    }

    HingePlot hingePlot() {
        return hingePlot;
    }

    ApproxPlots plots() {
        return plots;
    }

    /** The node that is exported as PNG. */
    Node plotArea() {
        return center;
    }

    /** Stops the frame timer and any training. */
    public void dispose() {
        timer.stop();
        vm.dispose();
    }
}
