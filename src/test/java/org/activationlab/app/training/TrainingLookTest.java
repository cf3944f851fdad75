package org.activationlab.app.training;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotExport;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1280×800 during a live comparison, written to target/snapshots/ for a
 * human to look at (the README screenshot comes from here).
 */
@ExtendWith(ApplicationExtension.class)
class TrainingLookTest {
    @TempDir
    static Path home;
    private MainView main;
    private AppContext ctx;
    private TrainingScreen screen;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        screen = new TrainingScreen(ctx);
        ctx.addScreen(screen);
        main = new MainView(ctx);
        Scene scene = new Scene(main, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
        main.show(screen);
    }

    @AfterEach
    void close() {
        fx(() -> {
            ctx.close();
            return null;
        });
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    private Path write(Node node, String name) throws Exception {
        // charts refresh once a second, one chart per tick: let the latest figures arrive
        Thread.sleep(TrainingViewModel.CHART_PERIOD_NANOS / 1_000_000 + 2 * TrainingView.TICK_MILLIS);
        TrainingView view = (TrainingView) node.lookup("#training");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> fx(view::chartsSettled));
        WaitForAsyncUtils.waitForFxEvents();
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        Path file = dir.resolve(name);
        PlotExport.writePng(fx(() -> node.snapshot(new SnapshotParameters(), null)), file);
        return file;
    }

    @Test
    void aLiveVanishingGradientComparisonIsReadable(FxRobot robot) throws Exception {
        TrainingViewModel vm = screen.viewModel();
        fx(() -> {
            Preset.VANISHING.applyTo(vm.setup());
            vm.setup().epochsProperty().set("3");
            vm.setup().threadsProperty().set("1");
            return null;
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> fx(() -> vm.runs().size() == 2
                && vm.runs().get(1).latest() != null && vm.runs().get(1).latest().epoch() == 2
                && vm.runs().get(1).latest().batch() > 200));
        WaitForAsyncUtils.waitForFxEvents(10);
        Path a = write(main, "training-vanishing.png");
        fx(() -> {
            vm.selectedProperty().set(vm.runs().get(0));
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(20);
        Path b = write(main, "training-vanishing-sigmoid.png");
        fx(() -> {
            vm.stop();
            return null;
        });
        assertTrue(Files.size(a) > 10_000 && Files.size(b) > 10_000);
    }

    @Test
    void sixActivationsSideBySide(FxRobot robot) throws Exception {
        TrainingViewModel vm = screen.viewModel();
        fx(() -> {
            Preset.REPRODUCE_POST.applyTo(vm.setup());
            vm.setup().modelProperty().set(SetupViewModel.ModelKind.MLP);
            vm.setup().layersProperty().set("784-128-64-10");
            vm.setup().epochsProperty().set("4");
            vm.setup().shareProperty().set("100");
            return null;
        });
        robot.clickOn("#start");
        WaitForAsyncUtils.waitFor(300, TimeUnit.SECONDS, () -> fx(() -> vm.runs().size() == 6
                && vm.runs().get(5).latest() != null && vm.runs().get(5).latest().epoch() == 3));
        fx(() -> {
            vm.selectedProperty().set(vm.runs().get(5));
            ((TrainingView) robot.lookup("#training").query()).digitTabs().getSelectionModel().select(1);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(20);
        Path a = write(main, "training-six.png");
        fx(() -> {
            ((TrainingView) robot.lookup("#training").query()).digitTabs().getSelectionModel().select(2);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(20);
        Path b = write(main, "training-six-weights.png");
        fx(() -> {
            vm.stop();
            return null;
        });
        assertTrue(Files.size(a) > 10_000 && Files.size(b) > 10_000);
    }
}
