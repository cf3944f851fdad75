package org.activationlab.app.training;

import java.util.List;
import java.util.Objects;
import java.util.Collections;
import java.util.Set;
import java.util.WeakHashMap;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.control.TextInputControl;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.shell.StatusModel;

/**
 * The training screen: the set-up on the left; Start/Pause/Stop, the live learning rate and the
 * progress on top; four live charts (loss, accuracy, per-layer gradient norms on a log axis,
 * dead and saturated units) in the middle; the runs, their digits, confusion matrix, weights and
 * the drawing pad on the right. Eight times a second a {@link FrameClock} tick hands the FX thread
 * to {@link TrainingViewModel#frame}, which picks up what the trainer published (nothing is
 * pushed from the trainer thread); only the shown digit tab is filled, and while training at
 * most one chart redraws per frame.
 */
public final class TrainingView extends BorderPane {
    private final TrainingViewModel vm;
    private final ChartGrid charts = new ChartGrid();
    private final ToggleButton showSetup = new ToggleButton("Set-up");
    private final ScrollPane left;
    private final DigitsPanel digits = new DigitsPanel();
    private final DataPanel data;
    private final RunFilesActions files;
    private final FrameClock clock;
    private final ListView<Run> runList = new ListView<>();
    private final Set<RunCell> cells = Collections.newSetFromMap(new WeakHashMap<>());
    private final TabPane digitTabs;
    /** What the digit tabs show now (identity), so a hidden tab is filled only when it is selected. */
    private Object shownCounts;
    private Object shownSamples;
    private Object shownWeights;
    /** The screen refreshes from the ViewModel this often (see {@link FrameClock}). */
    static final long TICK_MILLIS = FrameClock.TICK_MILLIS;
    /** While training, charts redraw at most this often, one at a time (four per chart period). */
    static final long CHART_SPACING_NANOS = TrainingViewModel.CHART_PERIOD_NANOS / 4;
    private long lastChartDrawn;
    /** The ViewModel has new digits (evaluation or weights) that the next suitable tick shows. */
    private boolean digitsDue;

    public TrainingView(TrainingViewModel vm, StatusModel status) {
        this.vm = Objects.requireNonNull(vm);
        setId("training");
        getStyleClass().add("training");
        data = new DataPanel(vm.setup());
        files = new RunFilesActions(vm, this, charts.all());
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
        setCenter(charts);
        digitTabs = buildDigitTabs();
        setRight(right());
        vm.chartsProperty().addListener((o, was, c) -> charts.show(c, vm.runs().size()));
        vm.listVersionProperty().addListener((o, was, v) -> cells.forEach(RunCell::reread));
        vm.evaluationProperty().addListener(o -> digitsDue = true);
        vm.weightsProperty().addListener(o -> digitsDue = true);
        digitTabs.getSelectionModel().selectedIndexProperty().addListener(o -> showDigits());
        vm.probabilitiesProperty().addListener((o, was, p) -> digits.setProbabilities(p));
        vm.setup().dataProperty().addListener((o, was, d) -> digits.setClassNames(classNames(d)));
        vm.messageProperty().addListener((o, was, m) -> status.show(m));
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        clock = new FrameClock(this, this::tick, vm::holdTraining);
    }

    /**
     * One refresh (FX thread): the ViewModel picks up the trainer's figures, and charts with new
     * curves redraw. While training, one chart every {@link #CHART_SPACING_NANOS}, so the four
     * charts of a chart period fall on four frames, two of them the progress refresh's: every
     * frame stays light (a chart is about 2 ms of CPU in the software pipeline, and every frame
     * holds the trainer). When nothing trains, a run's last curves also come one chart a frame
     * (eight frames a second), and what the user asked for (a new selection, loaded runs) all at once.
     * @return whether anything may have changed on screen
     */
    private boolean tick() {
        long now = System.nanoTime();
        boolean refreshed = vm.frame(now);
        data.frame();
        int drawn = 0;
        if (!vm.busyProperty().get()) {
            // the user's own request at once; a run's last figures (the run has just ended) one
            // chart a frame, as while training: four at once were that run's longest frame
            drawn = charts.drawNext(vm.chartsAsked() ? charts.all().size() : 1);
        } else if (now - lastChartDrawn >= CHART_SPACING_NANOS - FrameClock.TICK_MILLIS * 500_000L) {
            drawn = charts.drawNext(1);
        }
        if (drawn > 0) {
            lastChartDrawn = now;
        }
        boolean digits = digitsDue && (vm.busyProperty().get() ? !refreshed && (drawn > 0 || charts.settled())
                : vm.chartsAsked() || drawn == 0);
        if (digits) {
            // while training not in the progress refresh's frame (it also rebuilds the charts) but
            // with the next chart: the frames stay even
            digitsDue = false;
            showDigits();
        }
        return drawn > 0 | refreshed | digits;
    }

    /** Fills the shown digit tab with the latest figures (hidden tabs wait until they are shown). */
    private void showDigits() {
        int tab = digitTabs.getSelectionModel().getSelectedIndex();
        Evaluation.Result r = vm.evaluationProperty().get();
        float[] w = vm.weightsProperty().get();
        if (tab == 0 && shownCounts != r) {
            shownCounts = r;
            digits.setCounts(r == null ? null : r.confusion());
        } else if (tab == 1 && shownSamples != r) {
            shownSamples = r;
            digits.setSamples(r == null ? null : r.samples());
        } else if (tab == 2 && shownWeights != w) {
            shownWeights = w;
            Run sel = vm.selectedProperty().get();
            digits.setWeights(w, sel == null ? 0 : sel.firstUnits());
        }
    }

    /** The charts' text follows the app's appearance (larger in presenter mode and when zoomed). */
    public void bindTextScale(javafx.beans.value.ObservableDoubleValue scale) {
        charts.all().forEach(p -> p.textScaleProperty().bind(scale));
    }

    /** Whether every chart shows the ViewModel's latest curves (tests wait for it). */
    boolean chartsSettled() {
        return charts.settled();
    }

    public TrainingViewModel viewModel() { return vm; }
    PlotView lossPlot() { return charts.loss(); }
    PlotView accuracyPlot() { return charts.accuracy(); }
    PlotView gradientPlot() { return charts.gradients(); }
    DigitsPanel digits() { return digits; }
    TabPane digitTabs() { return digitTabs; }
    RunFilesActions files() { return files; }

    /** Fashion-MNIST's ten garments when the data is Fashion-MNIST, else the digits. */
    static List<String> classNames(DataChoice d) {
        return d.title().toLowerCase(java.util.Locale.ROOT).contains("fashion")
                ? List.of("T-shirt", "Trouser", "Pullover", "Dress", "Coat", "Sandal", "Shirt", "Sneaker", "Bag", "Boot")
                : List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
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

    private VBox right() {
        runList.setId("runs");
        runList.setItems(vm.runs());
        runList.setPrefHeight(150);
        runList.setMinHeight(120);
        runList.setTooltip(new Tooltip("Every run, newest last; pick one to see its layers, digits and confusion matrix"));
        runList.setCellFactory(l -> {
            RunCell c = new RunCell();
            cells.add(c);
            return c;
        });
        runList.getSelectionModel().selectedItemProperty().addListener((o, was, r) -> {
            if (r != null) {
                vm.selectedProperty().set(r);
            }
        });
        vm.selectedProperty().addListener((o, was, r) -> runList.getSelectionModel().select(r));
        VBox box = new VBox(6, new Label("Runs"), runList, files.bar(), digitTabs);
        box.setPrefWidth(336);
        box.setMinWidth(300);
        box.setPadding(new Insets(0, 6, 6, 0));
        VBox.setVgrow(digitTabs, Priority.ALWAYS);
        return box;
    }

    private TabPane buildDigitTabs() {
        TabPane tabs = new TabPane(tab("Confusion", digits.confusionView(), "Rows: true digit, columns: predicted digit (test set)"),
                tab("Test digits", digits.samplesView(), "The first test digits with the model's answer; mistakes in red"),
                tab("Weights", digits.weightsView(), "What the first layer's units look for: blue = positive, orange = negative weights"),
                tab("Draw", digits.drawingView(vm::predict), "Draw a digit and watch the selected model's class probabilities"));
        tabs.setId("digit-tabs");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        return tabs;
    }

    private static Tab tab(String title, javafx.scene.Node content, String tip) {
        Tab t = new Tab(title, content);
        t.setTooltip(new Tooltip(tip));
        return t;
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
        clock.close();
        vm.close();
    }
}
