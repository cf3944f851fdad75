package org.activationlab.app.explorer;

import org.activationlab.app.control.TexImages;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;

/**
 * The explorer screen's view: controls on the left, the plot in the middle, and below it the
 * formula, the strengths and weaknesses, and the derivative check. Binds to an
 * {@link ExplorerViewModel}; exports go through {@link #exportPng}, {@link #exportSvg} and
 * {@link #exportCsv}, which report success or failure in the status bar.
 */
public final class ExplorerView extends BorderPane {
    private final ExplorerViewModel vm;
    private final StatusModel status;
    private final PlotView plot = new PlotView();
    private final ControlsPanel controls;
    private final FormulaPanel formula = new FormulaPanel(new TexImages());
    private final NotesPanel notes = new NotesPanel();
    private final CheckPanel check;
    /** GELU shows two forms and the post's formula: its formula card gets more room. */
    private final javafx.beans.property.DoubleProperty formulaShare = new javafx.beans.property.SimpleDoubleProperty(0.40);
    private final javafx.beans.property.DoubleProperty bottomShare = new javafx.beans.property.SimpleDoubleProperty(0.33);

    /** The formulas are typeset {@code k} times larger: the app's text scale (presenter mode, zoom). */
    public void setFormulaScale(double k) {
        formula.setScale(k);
    }

    public ExplorerView(ExplorerViewModel vm, StatusModel status) {
        this.vm = Objects.requireNonNull(vm);
        this.status = Objects.requireNonNull(status);
        getStyleClass().add("explorer");
        setId("explorer");
        plot.setId("explorer-plot");
        new PlotBinder(vm, plot);
        check = new CheckPanel(vm);
        controls = new ControlsPanel(vm, check);
        createView();
        vm.selectedProperty().addListener((o, was, k) -> showTexts(k));
        showTexts(vm.selectedProperty().get());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
    }

    private void createView() {
        ScrollPane leftScroll = new ScrollPane(controls);
        leftScroll.setFitToWidth(true);
        leftScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        leftScroll.setPrefWidth(335);
        leftScroll.setMinWidth(260);
        leftScroll.getStyleClass().add("explorer-left");
        setLeft(leftScroll);

        ScrollPane formulaScroll = card(formula);
        ScrollPane notesScroll = card(notes);
        formulaScroll.prefWidthProperty().bind(widthProperty().multiply(formulaShare));
        notesScroll.prefWidthProperty().bind(widthProperty().multiply(formulaShare.negate().add(0.66)));
        HBox.setHgrow(formulaScroll, Priority.ALWAYS);
        HBox.setHgrow(notesScroll, Priority.ALWAYS);
        HBox bottom = new HBox(8, formulaScroll, notesScroll);
        bottom.setMinHeight(150);
        bottom.prefHeightProperty().bind(heightProperty().multiply(bottomShare));
        plot.setMinSize(300, 240);
        VBox.setVgrow(plot, Priority.ALWAYS);
        VBox center = new VBox(6, toolbar(), plot, bottom);
        center.getStyleClass().add("explorer-center");
        center.setMinWidth(0);
        setCenter(center);
    }

    private static ScrollPane card(javafx.scene.Node content) {
        ScrollPane s = new ScrollPane(content);
        s.setFitToWidth(true);
        s.setHbarPolicy(ScrollPane.ScrollBarPolicy.AS_NEEDED);
        s.setMinWidth(0);
        s.getStyleClass().add("explorer-card");
        return s;
    }

    private HBox toolbar() {
        Label hint = new Label("Wheel: zoom · drag: pan · R: reset");
        hint.getStyleClass().add("explorer-caption");
        hint.setMinWidth(0);
        javafx.scene.layout.Region gap = new javafx.scene.layout.Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        Button reset = new Button("Reset zoom");
        reset.setId("reset-zoom");
        reset.setOnAction(e -> plot.resetView());
        reset.disableProperty().bind(plot.viewRangeProperty().isNull());
        reset.setTooltip(Tips.of("Back to x in [−6, 6] (also R or a double-click on the plot)"));
        Button png = new Button("PNG…");
        png.setId("export-png");
        png.setOnAction(e -> choose("PNG image", "png").ifPresent(this::exportPng));
        png.setTooltip(Tips.of("Save the plot as a PNG image (Ctrl+E)"));
        Button svg = new Button("SVG…");
        svg.setId("export-svg");
        svg.setOnAction(e -> choose("SVG drawing", "svg").ifPresent(this::exportSvg));
        svg.setTooltip(Tips.of("Save the plot as an SVG drawing, sharp at any size (for slides)"));
        Button csv = new Button("CSV…");
        csv.setId("export-csv");
        csv.setOnAction(e -> choose("CSV data", "csv").ifPresent(this::exportCsv));
        csv.setTooltip(Tips.of("Save the plotted numbers: x, then f and f′ of every shown function (Ctrl+Shift+E)"));
        Label export = new Label("Export");
        for (javafx.scene.control.Control c : List.of(reset, export, png, svg, csv)) {
            c.setMinWidth(USE_PREF_SIZE);
        }
        HBox bar = new HBox(8, hint, gap, reset, export, png, svg, csv);
        bar.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        return bar;
    }

    private void showTexts(ActivationKind k) {
        boolean gelu = k == ActivationKind.GELU || k == ActivationKind.GELU_TANH;
        formulaShare.set(gelu ? 0.47 : 0.40);
        bottomShare.set(gelu ? 0.5 : 0.33);
        formula.show(k);
        notes.show(k);
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.E) {
            if (e.isShiftDown()) {
                choose("CSV data", "csv").ifPresent(this::exportCsv);
            } else {
                choose("PNG image", "png").ifPresent(this::exportPng);
            }
            e.consume();
        } else if (typing || e.isShortcutDown() || e.isAltDown()) {
            return;
        } else if (e.getCode() == KeyCode.R) {
            plot.resetView();
            e.consume();
        } else if (e.getCode() == KeyCode.LEFT || e.getCode() == KeyCode.RIGHT) {
            vm.nudgeAlpha((e.getCode() == KeyCode.LEFT ? -1 : 1) * (e.isShiftDown() ? 10 : 1));
            e.consume();
        }
    }

    private java.util.Optional<Path> choose(String what, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save " + what);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        fc.setInitialFileName(vm.function().name() + "." + ext);
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return java.util.Optional.ofNullable(f).map(File::toPath);
    }

    /** Saves the plot as PNG (twice its size on screen, crisp on slides). @return whether it worked */
    public boolean exportPng(Path file) {
        return save(file, () -> plot.writePng(file, 2.0));
    }

    /** Saves the plot as SVG. @return whether it worked */
    public boolean exportSvg(Path file) {
        return save(file, () -> plot.writeSvg(file));
    }

    /** Saves the data (x, then f and f′ per function) as CSV. @return whether it worked */
    public boolean exportCsv(Path file) {
        return save(file, () -> vm.writeCsv(file));
    }

    private interface Write {
        void run() throws IOException;
    }

    private boolean save(Path file, Write w) {
        try {
            w.run();
            status.show("Saved " + file.toAbsolutePath());
            return true;
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            status.show("Could not save " + file.getFileName() + ": " + why);
            return false;
        }
    }

    public ExplorerViewModel viewModel() {
        return vm;
    }

    public PlotView plot() {
        return plot;
    }
}
