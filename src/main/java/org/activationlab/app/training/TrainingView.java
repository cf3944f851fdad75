package org.activationlab.app.training;

import java.util.List;
import java.util.Objects;
import javafx.animation.AnimationTimer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import org.activationlab.app.control.LegendPosition;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputControl;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;
import org.activationlab.app.control.AxisScale;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.shell.StatusModel;

/**
 * The training screen: the set-up on the left; Start/Pause/Stop, the live learning rate and the
 * progress on top; four live charts (loss, accuracy, per-layer gradient norms on a log axis,
 * dead and saturated units) in the middle; the runs, their digits, confusion matrix, weights and
 * the drawing pad on the right. An {@link AnimationTimer} hands each pulse to
 * {@link TrainingViewModel#frame}; nothing is pushed from the trainer thread.
 */
public final class TrainingView extends BorderPane {
    private final TrainingViewModel vm;
    private final PlotView loss = plot("training-loss", "Loss", "loss", LegendPosition.TOP_RIGHT);
    private final PlotView accuracy = plot("training-accuracy", "Test accuracy", "accuracy", LegendPosition.BOTTOM_RIGHT);
    private final PlotView gradients = plot("training-gradients", "Gradient size per layer", "gradient norm (log)",
            LegendPosition.BOTTOM_RIGHT);
    private final PlotView health = plot("training-health", "Dead / saturated units", "share of units", LegendPosition.TOP_RIGHT);
    private final ToggleButton showSetup = new ToggleButton("Set-up");
    private final ScrollPane left;
    private final DigitsPanel digits = new DigitsPanel();
    private final DataPanel data;
    private final RunFilesActions files;
    private final AnimationTimer timer;
    private final ListView<Run> runList = new ListView<>();
    /** With more runs than this, the run list is the charts' legend. */
    static final int MAX_LEGEND_RUNS = 3;

    public TrainingView(TrainingViewModel vm, StatusModel status) {
        this.vm = Objects.requireNonNull(vm);
        setId("training");
        getStyleClass().add("training");
        data = new DataPanel(vm.setup());
        files = new RunFilesActions(vm, this, List.of(loss, accuracy, gradients, health));
        gradients.yScaleProperty().set(AxisScale.LOG10);
        left = new ScrollPane(new SetupPanel(vm.setup(), data));
        left.setFitToWidth(true);
        left.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        left.setPrefWidth(310);
        setLeft(left);
        showSetup.setId("show-setup");
        showSetup.setMinWidth(Region.USE_PREF_SIZE);
        showSetup.setSelected(true);
        showSetup.setTooltip(new Tooltip("Show or hide the set-up panel (it hides itself on Start to give the charts room)"));
        showSetup.selectedProperty().addListener((o, was, on) -> setLeft(on ? left : null));
        setTop(controls());
        setCenter(charts());
        setRight(right());
        vm.chartsProperty().addListener((o, was, c) -> show(c));
        vm.listVersionProperty().addListener(o -> runList.refresh());
        vm.evaluationProperty().addListener((o, was, r) -> {
            digits.setCounts(r == null ? null : r.confusion());
            digits.setSamples(r == null ? null : r.samples());
        });
        vm.weightsProperty().addListener((o, was, w) -> {
            Run r = vm.selectedProperty().get();
            digits.setWeights(w, r == null ? 0 : r.firstUnits());
        });
        vm.probabilitiesProperty().addListener((o, was, p) -> digits.setProbabilities(p));
        vm.setup().dataProperty().addListener((o, was, d) -> digits.setClassNames(classNames(d)));
        vm.messageProperty().addListener((o, was, m) -> status.show(m));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        timer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                vm.frame(now);
                data.frame();
            }
        };
        timer.start();
    }

    public TrainingViewModel viewModel() { return vm; }
    PlotView lossPlot() { return loss; }
    PlotView accuracyPlot() { return accuracy; }
    PlotView gradientPlot() { return gradients; }
    DigitsPanel digits() { return digits; }
    TabPane digitTabs() { return (TabPane) lookup("#digit-tabs"); }
    RunFilesActions files() { return files; }

    /** Fashion-MNIST's ten garments when the data is Fashion-MNIST, else the digits. */
    static List<String> classNames(DataChoice d) {
        return d.title().toLowerCase(java.util.Locale.ROOT).contains("fashion")
                ? List.of("T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Boot")
                : List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    private static PlotView plot(String id, String title, String yLabel, LegendPosition legend) {
        PlotView p = new PlotView();
        p.legendPositionProperty().set(legend);
        p.setId(id);
        p.setTitle(title);
        p.setXLabel("epoch");
        p.setYLabel(yLabel);
        p.setMinSize(200, 150);
        p.setPrefSize(400, 300);
        return p;
    }

    private HBox controls() {
        Button start = button("Start", "start", "Train one run per ticked activation, one after another (Ctrl+Enter)");
        start.setDefaultButton(false);
        start.setOnAction(e -> start());
        start.disableProperty().bind(vm.setup().setupProperty().isNull());
        Button pause = button("Pause", "pause", "Pause or resume the running run (Space)");
        pause.textProperty().bind(vm.pausedProperty().map(p -> p ? "Resume" : "Pause"));
        pause.setOnAction(e -> vm.togglePause());
        pause.disableProperty().bind(vm.busyProperty().not());
        Button stop = button("Stop", "stop", "Stop the running run and drop the queued ones; what was learnt is kept (Esc)");
        stop.setOnAction(e -> vm.stop());
        stop.disableProperty().bind(vm.busyProperty().not());
        TextField lr = new TextField();
        lr.setId("live-lr");
        lr.setPrefColumnCount(5);
        lr.textProperty().bindBidirectional(vm.liveLearningRateProperty());
        lr.setTooltip(new Tooltip("A new learning rate for the running run; press Enter or Set"));
        lr.setOnAction(e -> vm.applyLearningRate());
        Button set = button("Set", "set-lr", "Send this learning rate to the running run, from its next batch");
        set.setOnAction(e -> vm.applyLearningRate());
        set.disableProperty().bind(vm.busyProperty().not());
        ProgressBar bar = new ProgressBar();
        bar.setId("training-progress");
        bar.progressProperty().bind(vm.progressProperty());
        bar.setPrefWidth(140);
        bar.setMinWidth(80);
        bar.setTooltip(new Tooltip("Progress of the running run"));
        Label text = new Label();
        text.setId("progress-text");
        text.getStyleClass().add("training-progress-text");
        text.textProperty().bind(vm.progressTextProperty());
        text.setMinWidth(0);
        HBox.setHgrow(text, Priority.ALWAYS);
        Label lrLabel = new Label("LR");
        lrLabel.setMinWidth(Region.USE_PREF_SIZE);
        HBox box = new HBox(8, showSetup, start, pause, stop, lrLabel, lr, set, bar, text);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(6, 8, 6, 8));
        return box;
    }

    /** Starts the set-up and hides the set-up panel so the charts get the room. */
    void start() {
        if (vm.start()) {
            showSetup.setSelected(false);
        }
    }

    private static Button button(String text, String id, String tip) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    private GridPane charts() {
        GridPane g = new GridPane();
        g.setHgap(6);
        g.setVgap(6);
        g.setPadding(new Insets(0, 6, 6, 6));
        g.add(loss, 0, 0);
        g.add(accuracy, 1, 0);
        g.add(gradients, 0, 1);
        g.add(health, 1, 1);
        for (PlotView p : List.of(loss, accuracy, gradients, health)) {
            GridPane.setHgrow(p, Priority.ALWAYS);
            GridPane.setVgrow(p, Priority.ALWAYS);
            p.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        return g;
    }

    private VBox right() {
        runList.setId("runs");
        runList.setItems(vm.runs());
        runList.setPrefHeight(150);
        runList.setMinHeight(120);
        runList.setTooltip(new Tooltip("Every run, newest last; pick one to see its layers, digits and confusion matrix"));
        runList.setCellFactory(l -> new RunCell());
        runList.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, was, r) -> runList.getSelectionModel().select(r));
        TabPane tabs = new TabPane(tab("Confusion", digits.confusionView(), "Rows: true digit, columns: predicted digit (test set)"),
                tab("Test digits", digits.samplesView(), "The first test digits with the model's answer; mistakes in red"),
                tab("Weights", digits.weightsView(), "What the first layer's units look for: blue = positive, orange = negative weights"),
                tab("Draw", digits.drawingView(vm::predict), "Draw a digit and watch the selected model's class probabilities"));
        tabs.setId("digit-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox box = new VBox(6, new Label("Runs"), runList, files.bar(), tabs);
        box.setPrefWidth(336);
        box.setMinWidth(300);
        box.setPadding(new Insets(0, 6, 6, 0));
        VBox.setVgrow(tabs, Priority.ALWAYS);
        return box;
    }

    private static Tab tab(String title, javafx.scene.Node content, String tip) {
        Tab t = new Tab(title, content);
        t.setTooltip(new Tooltip(tip));
        return t;
    }

    private void show(ChartBuilder.Charts c) {
        // many runs: their colours are listed in the run list; a legend that big would hide the curves
        boolean fewRuns = vm.runs().size() <= MAX_LEGEND_RUNS;
        loss.legendPositionProperty().set(fewRuns ? LegendPosition.TOP_RIGHT : LegendPosition.HIDDEN);
        accuracy.legendPositionProperty().set(fewRuns ? LegendPosition.BOTTOM_RIGHT : LegendPosition.HIDDEN);
        loss.getSeries().setAll(c.loss());
        accuracy.getSeries().setAll(c.accuracy());
        gradients.getSeries().setAll(c.gradients());
        health.getSeries().setAll(c.health());
        String who = c.selectedLabel().isEmpty() ? "" : " · " + c.selectedLabel();
        gradients.setTitle("Gradients" + who);
        health.setTitle("Dead / saturated" + who);
    }

    private void onKey(KeyEvent e) {
        boolean typing = e.getTarget() instanceof TextInputControl;
        if (e.isShortcutDown() && e.getCode() == KeyCode.ENTER) {
            start();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.S) {
            files.saveRuns();
            e.consume();
        } else if (e.isShortcutDown() && e.getCode() == KeyCode.O) {
            files.loadRuns();
            e.consume();
        } else if (!typing && e.getCode() == KeyCode.SPACE) {
            vm.togglePause();
            e.consume();
        } else if (!typing && e.getCode() == KeyCode.ESCAPE && vm.busyProperty().get()) {
            vm.stop();
            e.consume();
        }
    }

    /** Stops the frame timer (the screen is closing). */
    public void dispose() {
        timer.stop();
        vm.close();
    }

    /** A run in the list: its colour, name, status and best test accuracy. */
    private static final class RunCell extends ListCell<Run> {
        @Override
        protected void updateItem(Run r, boolean empty) {
            super.updateItem(r, empty);
            if (empty || r == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            Rectangle swatch = new Rectangle(14, 14, org.activationlab.app.control.Palette.color(r.colorIndex()));
            swatch.setStroke(Color.gray(0.3));
            var last = r.epochs().stream().filter(e -> e.epoch() > 0).reduce((a, b) -> b);
            String acc = last.map(e -> String.format(java.util.Locale.ROOT, " · test %.1f%%", e.testAccuracy() * 100)).orElse("");
            String st = r.status() == Run.Status.COMPLETED ? "" : " · " + r.status().name().toLowerCase(java.util.Locale.ROOT);
            setText(r.label() + (r.isLoaded() ? " (loaded)" : "") + st + acc);
            setGraphic(swatch);
            setTooltip(new Tooltip(r.setupText() + "\n" + r.message()));
        }
    }
}
