package org.activationlab.app.training;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.FlowPane;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import org.activationlab.app.control.PlotView;
import org.activationlab.core.nn.ModelFile;
import org.activationlab.core.nn.Network;
import org.activationlab.core.settings.AtomicFiles;

/**
 * Keep and share: save and load run results (JSON, plus the per-epoch table as CSV beside it),
 * save the selected run's model and open a saved one (.almodel), export every chart as PNG and
 * its data as CSV. Each action reports success or the reason for failure as a message.
 */
final class RunFilesActions {
    private static final String[] CHART_NAMES = {"loss", "accuracy", "gradients", "units"};
    private final TrainingViewModel vm;
    private final Node owner;
    private final List<PlotView> plots;

    RunFilesActions(TrainingViewModel vm, Node owner, List<PlotView> plots) {
        this.vm = vm;
        this.owner = owner;
        this.plots = plots;
    }

    Node bar() {
        FlowPane p = new FlowPane(6, 6,
                button("Save runs…", "save-runs", "Save every run's curves and settings as JSON, with a CSV table beside it (Ctrl+S)",
                        this::saveRuns),
                button("Load runs…", "load-runs", "Load saved runs; they are drawn next to new ones for comparison (Ctrl+O)",
                        this::loadRuns),
                button("Save model…", "save-model", "Save the selected run's trained network as an .almodel file", this::saveModel),
                button("Open model…", "open-model", "Open a saved .almodel network to try it on the drawing pad", this::openModel),
                button("Export charts…", "export-charts", "Write each chart as PNG and its data as CSV into a folder", this::exportCharts));
        return p;
    }

    private static Button button(String text, String id, String tip, Runnable action) {
        Button b = new Button(text);
        b.setId(id);
        b.setTooltip(new Tooltip(tip));
        b.setOnAction(e -> action.run());
        return b;
    }

    void saveRuns() {
        choose(true, "Run results", "json", "training-runs.json").ifPresent(this::saveRunsTo);
    }

    void loadRuns() {
        choose(false, "Run results", "json", null).ifPresent(this::loadRunsFrom);
    }

    void saveModel() {
        Run r = vm.selectedProperty().get();
        String name = r == null ? "model" : r.activation().kind().cliName();
        choose(true, "Trained model", "almodel", name + ModelFile.EXTENSION).ifPresent(this::saveModelTo);
    }

    void openModel() {
        choose(false, "Trained model", "almodel", null).ifPresent(this::openModelFrom);
    }

    void exportCharts() {
        DirectoryChooser dc = new DirectoryChooser();
        dc.setTitle("Folder for the chart images and data");
        File f = dc.showDialog(window());
        if (f != null) {
            exportChartsTo(f.toPath());
        }
    }

    /** @return whether it worked */
    boolean saveRunsTo(Path file) {
        List<Run> runs = List.copyOf(vm.runs());
        try {
            RunFiles.save(runs, file);
            String name = file.getFileName().toString().replaceFirst("\\.json$", "");
            Path csv = file.resolveSibling(name + "-epochs.csv");
            AtomicFiles.writeString(csv, RunFiles.csv(runs));
            vm.say("Saved " + runs.size() + " runs to " + file.getFileName() + " and the epoch table to " + csv.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            vm.say("Could not save runs: " + e.getMessage());
            return false;
        }
    }

    boolean loadRunsFrom(Path file) {
        try {
            List<Run> runs = RunFiles.load(file, vm::takeColor);
            vm.addLoaded(runs);
            vm.say("Loaded " + runs.size() + " runs from " + file.getFileName() + "; they are drawn with the others");
            return true;
        } catch (IOException e) {
            vm.say("Could not load runs: " + e.getMessage());
            return false;
        }
    }

    boolean saveModelTo(Path file) {
        Run r = vm.selectedProperty().get();
        Network net = r == null ? null : r.trained();
        if (net == null) {
            vm.say("Select a finished run first: only trained models can be saved");
            return false;
        }
        try {
            ModelFile.save(net, file);
            vm.say("Saved the " + r.label() + " model to " + file.getFileName());
            return true;
        } catch (IOException | RuntimeException e) {
            vm.say("Could not save the model: " + e.getMessage());
            return false;
        }
    }

    boolean openModelFrom(Path file) {
        return vm.openModel(file);
    }

    boolean exportChartsTo(Path dir) {
        try {
            Files.createDirectories(dir);
            for (int i = 0; i < plots.size(); i++) {
                plots.get(i).writePng(dir.resolve("training-" + CHART_NAMES[i] + ".png"), 2.0);
                plots.get(i).writeCsv(dir.resolve("training-" + CHART_NAMES[i] + ".csv"));
            }
            AtomicFiles.writeString(dir.resolve("training-epochs.csv"), RunFiles.csv(List.copyOf(vm.runs())));
            vm.say("Exported " + plots.size() + " charts (PNG and CSV) and the epoch table to " + dir);
            return true;
        } catch (IOException | RuntimeException e) {
            vm.say("Could not export the charts: " + e.getMessage());
            return false;
        }
    }

    private Optional<Path> choose(boolean save, String what, String ext, String initial) {
        FileChooser fc = new FileChooser();
        fc.setTitle((save ? "Save " : "Open ") + what.toLowerCase(Locale.ROOT));
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(what, "*." + ext));
        if (initial != null) {
            fc.setInitialFileName(initial);
        }
        File f = save ? fc.showSaveDialog(window()) : fc.showOpenDialog(window());
        return Optional.ofNullable(f).map(File::toPath);
    }

    private javafx.stage.Window window() {
        return owner.getScene() == null ? null : owner.getScene().getWindow();
    }
}
