package org.activationlab.app.chain;

import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.Duration;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.control.WrappingLabel;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.chain.ChainExport;
import org.activationlab.core.settings.AtomicFiles;

/**
 * The gradient-chain screen: a "Gradient chain" tab (controls on the left; the chain drawing, step
 * mode, the b₁ update, and the per-layer chart and table in the middle) and a "Signal
 * propagation" tab ({@link SignalView}). Keys → / ← / Space / Home / End drive step mode.
 */
public final class ChainView extends BorderPane {
    private final ChainViewModel vm;
    private final StatusModel status;
    final ChainControls controls;
    final ChainDiagram diagram;
    final StepPanel steps;
    final UpdateBox update;
    final LayerTable table;
    final PlotView chart = new PlotView();
    final Label caption = new WrappingLabel();
    final TabPane tabs = new TabPane();
    final TabPane lower = new TabPane();
    final SignalView signal;
    private final GradientChart chartBinder = new GradientChart(chart);
    private final Timeline player = new Timeline();

    public ChainView(ChainViewModel vm, SignalViewModel signalVm, StatusModel status, TaskRunner tasks) {
        this.vm = Objects.requireNonNull(vm);
        this.status = Objects.requireNonNull(status);
        setId("chain-view");
        getStyleClass().add("chain");
        var css = ChainView.class.getResource("chain.css");
        if (css != null) {
            getStylesheets().add(css.toExternalForm());
        }
        controls = new ChainControls(vm);
        table = new LayerTable(vm);
        diagram = new ChainDiagram((layer, w) -> {
            try {
                vm.setWeight(layer, w);
                table.showMessage(null);
            } catch (IllegalArgumentException e) {
                status.show(e.getMessage());
            }
        });
        steps = new StepPanel(vm, tasks);
        update = new UpdateBox(vm, status::show);
        signal = new SignalView(signalVm, status);
        Tab chainTab = new Tab("Gradient chain", chainPane());
        chainTab.setId("chain-tab");
        Tab signalTab = new Tab("Signal propagation", signal);
        signalTab.setId("signal-tab");
        signalTab.selectedProperty().addListener((o, was, sel) -> {
            if (sel) {
                signal.autoRun();
            }
        });
        tabs.getTabs().addAll(chainTab, signalTab);
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        setCenter(tabs);
        vm.stateProperty().addListener((o, was, s) -> showState());
        vm.stepProperty().addListener((o, was, k) -> showStep());
        vm.playingProperty().addListener((o, was, p) -> play(p));
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        showState();
    }

    private Node chainPane() {
        ScrollPane left = uncached(new ScrollPane(controls));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(262);
        left.setMinWidth(240);
        caption.setId("chain-caption");
        caption.setWrapText(true);
        caption.getStyleClass().add("chain-caption");
        caption.setMinHeight(Region.USE_PREF_SIZE);
        VBox stepBox = new VBox(8, steps, update);
        stepBox.setMinWidth(360);
        lower.getTabs().addAll(new Tab("Per-layer |dC/db_j|", chart), new Tab("Table", table));
        lower.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        lower.getSelectionModel().selectedIndexProperty().addListener((o, was, i) -> {
            if (i.intValue() == 1) {
                table.show(vm.state());
            }
        });
        lower.setMinWidth(320);
        lower.setPrefWidth(320);
        HBox.setHgrow(lower, Priority.ALWAYS);
        HBox row = new HBox(10, stepBox, lower);
        stepBox.prefWidthProperty().bind(row.widthProperty().multiply(0.5));
        VBox.setVgrow(row, Priority.ALWAYS);
        VBox center = new VBox(8, header(), diagram, row);
        center.setPadding(new Insets(8));
        center.setMinWidth(0);
        ScrollPane centerScroll = uncached(new ScrollPane(center));
        centerScroll.setFitToWidth(true);
        centerScroll.setFitToHeight(true);
        centerScroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        BorderPane pane = new BorderPane(centerScroll);
        pane.setLeft(left);
        return pane;
    }

    /**
     * A scroll pane whose viewport is not cached as a bitmap. The default skin caches it, so any
     * change inside (every frame of a drag: the diagram, the equation, the chart) re-rendered the
     * whole viewport into the cache before drawing it; without the cache only the dirty regions
     * are repainted.
     */
    static ScrollPane uncached(ScrollPane sp) {
        sp.skinProperty().addListener((o, was, skin) -> {
            if (skin != null) {
                Node viewport = sp.lookup(".viewport");
                if (viewport != null) {
                    viewport.setCache(false);
                }
            }
        });
        return sp;
    }

    private HBox header() {
        Button csv = new Button("Chain CSV…");
        csv.setId("chain-export-csv");
        csv.setTooltip(new Tooltip("Save every layer (w, b, z, a, f′, factor, dC/db, dC/dw, new b, new w) as CSV"));
        csv.setOnAction(e -> choose("CSV data", "csv").ifPresent(this::exportCsv));
        Button png = new Button("Chart PNG…");
        png.setId("chain-export-png");
        png.setTooltip(new Tooltip("Save the per-layer chart as a PNG image (twice the screen size)"));
        png.setOnAction(e -> choose("PNG image", "png").ifPresent(this::exportChartPng));
        csv.setMinWidth(Region.USE_PREF_SIZE);
        png.setMinWidth(Region.USE_PREF_SIZE);
        HBox.setHgrow(caption, Priority.ALWAYS);
        caption.setMaxWidth(Double.MAX_VALUE);
        HBox box = new HBox(8, caption, csv, png);
        box.setAlignment(Pos.TOP_LEFT);
        return box;
    }

    private void showState() {
        ChainState s = vm.state();
        Texts.set(caption, vm.caption());
        chartBinder.show(s.chart());
        if (lower.getSelectionModel().getSelectedIndex() == 1) {
            table.show(s); // the table is refreshed only while it is shown
        }
        update.show(s);
        showStep();
    }

    private void showStep() {
        ChainState s = vm.state();
        diagram.show(s, vm.step());
        steps.show(s, vm.step());
    }

    private void play(boolean on) {
        player.stop();
        if (!on) {
            return;
        }
        int depth = vm.chain().depth();
        int stride = Math.max(1, (int) Math.ceil(depth / 200.0));
        Duration every = depth <= 30 ? Duration.millis(700) : Duration.millis(40);
        player.getKeyFrames().setAll(new KeyFrame(every, e -> {
            for (int i = 0; i < stride; i++) {
                if (!vm.next()) {
                    break;
                }
            }
            if (vm.step() >= vm.chain().depth()) {
                vm.playingProperty().set(false);
            }
        }));
        player.setCycleCount(Timeline.INDEFINITE);
        player.play();
    }

    private void onKey(KeyEvent e) {
        if (tabs.getSelectionModel().getSelectedIndex() != 0 || e.isShortcutDown() || e.isAltDown()) {
            return;
        }
        Object t = e.getTarget();
        if (t instanceof TextInputControl || t instanceof Slider || t instanceof ComboBox || t instanceof TableView
                || t instanceof ScrollBar) {
            return;
        }
        switch (e.getCode()) {
            case RIGHT -> vm.next();
            case LEFT -> vm.back();
            case SPACE -> vm.togglePlay();
            case HOME -> vm.goToStep(0);
            case END -> vm.goToStep(vm.chain().depth());
            default -> {
                return;
            }
        }
        e.consume();
    }

    private Optional<Path> choose(String what, String ext) {
        FileChooser fc = new FileChooser();
        fc.setTitle("Save " + what);
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        fc.setInitialFileName("chain." + ext);
        File f = fc.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Saves the chain, its gradients and the update as CSV (atomically). @return whether it worked */
    public boolean exportCsv(Path file) {
        return save(file, () -> AtomicFiles.write(file, out -> {
            java.io.Writer w = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
            ChainExport.writeCsv(vm.state().update(), w);
            w.flush();
        }));
    }

    /** Saves the per-layer chart as PNG at twice its size. @return whether it worked */
    public boolean exportChartPng(Path file) {
        return save(file, () -> chart.writePng(file, 2.0));
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
            status.show("Could not save " + file.getFileName() + ": "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
            return false;
        }
    }

    public ChainViewModel viewModel() {
        return vm;
    }

    /** Stops Play and the signal run's listeners (called when the screen is disposed). */
    void dispose() {
        player.stop();
        vm.playingProperty().set(false);
    }
}
