package org.activationlab.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real training screen headless: start, pause, resume, stop, save, load, draw. */
@ExtendWith(ApplicationExtension.class)
class TrainingViewTest {
    @TempDir
    Path dir;
    private TrainingView view;
    private TrainingViewModel vm;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        vm = new TrainingViewModel();
        view = new TrainingView(vm, new StatusModel());
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close() {
        fx(() -> {
            view.dispose();
            return null;
        });
    }

    private static <T> T fx(Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, c);
    }

    private static void waitUntil(String what, Callable<Boolean> condition) throws Exception {
        try {
            WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> fx(condition));
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("timed out waiting until " + what, e);
        }
    }

    private void smallSetup(String share, String epochs) {
        fx(() -> {
            SetupViewModel s = vm.setup();
            s.layersProperty().set("784-32-10");
            s.selectOnly(List.of(ActivationChoice.of(ActivationKind.SIGMOID), ActivationChoice.of(ActivationKind.RELU)));
            s.shareProperty().set(share);
            s.epochsProperty().set(epochs);
            s.threadsProperty().set("1");
            return null;
        });
    }

    private boolean hasCurve(List<PlotSeries> series, String label) {
        return series.stream().anyMatch(p -> label.equals(p.label()) && p.size() > 0);
    }

    @Test
    void twoActivationsTrainPauseResumeAndFillTheConfusionMatrix(FxRobot robot) throws Exception {
        smallSetup("20", "1");
        fx(() -> {
            view.start(); // what the Start button does
            vm.pause();   // at once: the first run is still loading its data
            return null;
        });
        waitUntil("the first run started", () -> vm.runs().size() == 2 && vm.runs().get(0).status() == Run.Status.RUNNING);
        WaitForAsyncUtils.waitForFxEvents(5);
        var held = vm.runs().get(0).latest();
        WaitForAsyncUtils.waitForFxEvents(20);
        assertTrue(vm.runs().get(0).latest() == held, "a paused run trains no further batch");
        assertNull(held, "paused before its first batch");
        assertEquals("Resume", robot.lookup("#pause").queryButton().getText());
        robot.clickOn("#pause");
        waitUntil("both runs finished", () -> vm.runs().stream().allMatch(r -> r.status() == Run.Status.COMPLETED));
        waitUntil("both loss curves drawn", () -> hasCurve(view.lossPlot().getSeries(), "Sigmoid")
                && hasCurve(view.lossPlot().getSeries(), "ReLU"));
        // the charts redraw one per refresh tick
        waitUntil("the accuracy curves drawn", () -> hasCurve(view.accuracyPlot().getSeries(), "ReLU"));
        waitUntil("per-layer gradient norms drawn", () -> !view.gradientPlot().getSeries().isEmpty());
        waitUntil("the confusion matrix filled", () -> view.digits().counts() != null
                && Arrays.stream(view.digits().counts()).flatMapToInt(Arrays::stream).sum() == 2000);
        double before = vm.runs().get(1).epochs().get(0).testAccuracy();
        double after = vm.runs().get(1).epochs().get(1).testAccuracy();
        assertTrue(after > before + 0.1, "ReLU learns in one short epoch: " + before + " -> " + after);

        Path file = dir.resolve("runs.json");
        assertTrue(fx(() -> view.files().saveRunsTo(file)));
        assertTrue(fx(() -> view.files().loadRunsFrom(file)));
        assertEquals(4, (int) fx(() -> vm.runs().size()));
        assertTrue(fx(() -> vm.runs().get(3).isLoaded()));
        waitUntil("loaded curves drawn", () -> view.lossPlot().getSeries().stream()
                .filter(p -> "ReLU".equals(p.label())).count() == 2);
    }

    @Test
    void stopEndsTheRunningRunAndDropsTheQueue(FxRobot robot) throws Exception {
        smallSetup("100", "20");
        robot.clickOn("#start");
        waitUntil("some batches trained", () -> vm.runs().get(0).latest() != null && vm.runs().get(0).latest().batch() > 3);
        robot.clickOn("#stop");
        waitUntil("both runs ended", () -> vm.runs().stream().allMatch(r -> r.status().finished()));
        assertEquals(Run.Status.CANCELLED, vm.runs().get(0).status());
        assertEquals(Run.Status.CANCELLED, vm.runs().get(1).status());
        waitUntil("the screen is idle", () -> !vm.busyProperty().get()
                && vm.progressTextProperty().get().startsWith("Done"));
    }

    @Test
    void aDrawnDigitGetsClassProbabilities(FxRobot robot) throws Exception {
        smallSetup("25", "1");
        fx(() -> {
            vm.setup().selectOnly(List.of(ActivationChoice.of(ActivationKind.RELU)));
            return null;
        });
        robot.clickOn("#start");
        waitUntil("the run finished", () -> vm.runs().get(0).status() == Run.Status.COMPLETED);
        fx(() -> {
            view.digitTabs().getSelectionModel().select(3);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        robot.moveTo("#drawing-pad").moveBy(0, -60).press(MouseButton.PRIMARY).moveBy(0, 60).moveBy(0, 60)
                .release(MouseButton.PRIMARY);
        waitUntil("probabilities shown", () -> vm.probabilitiesProperty().get() != null);
        double[] p = fx(() -> vm.probabilitiesProperty().get());
        assertEquals(10, p.length);
        assertEquals(1.0, Arrays.stream(p).sum(), 1e-6);
        assertNotNull(view.digits().digit());
    }
}
