package org.activationlab.app.approx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.activationlab.app.approx.ApproxViewModel.Method;
import org.activationlab.app.control.PlotExport;
import org.activationlab.app.shell.FxTaskRunner;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.approx.Preset;
import org.activationlab.core.approx.Target;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;
import org.testfx.util.WaitForAsyncUtils;

/** Drives the real approximation screen headless: preset, width slider, bad input, hand drag, live training, export. */
@ExtendWith(ApplicationExtension.class)
class ApproxViewTest {
    private ApproxView view;
    private ApproxViewModel vm;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        tasks = new FxTaskRunner(1);
        vm = new ApproxViewModel(tasks);
        view = new ApproxView(vm, new StatusModel());
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void stop() {
        fx(() -> {
            view.dispose();
            return null;
        });
        tasks.close();
    }

    static <T> T fx(Callable<T> work) {
        return WaitForAsyncUtils.waitForAsyncFx(20_000, work);
    }

    /** The number after "max |error| = " in the read-out above the plot. */
    private double displayedMaxError(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        String text = robot.lookup("#approx-max-error").queryAs(Label.class).getText();
        String number = text.substring("max |error| = ".length()).replace('\u2212', '-');
        return Double.parseDouble(number);
    }

    private void pickPreset(FxRobot robot, String name) {
        robot.clickOn("#approx-preset");
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText(name)).query();
        robot.clickOn(cell);
    }

    @Test
    void pickingAPresetAndMovingTheWidthSliderMakesTheErrorFall(FxRobot robot) {
        pickPreset(robot, "square");
        assertEquals(Preset.SQUARE, vm.presetProperty().get());
        robot.clickOn("#approx-width .thumb");
        robot.type(KeyCode.HOME);
        assertEquals(1, vm.width());
        robot.type(KeyCode.RIGHT, 8);
        assertEquals(4, vm.width());
        double e4 = displayedMaxError(robot);
        assertEquals(vm.errorProperty().get().maxError(), e4, 1e-3 * e4);
        assertEquals(0.0625, e4, 1e-4, "x^2 with h = 0.5 misses by h^2/8 * 2");
        robot.type(KeyCode.RIGHT, 12);
        assertEquals(32, vm.width());
        assertEquals("32", robot.lookup("#approx-width-field").queryTextInputControl().getText());
        double e32 = displayedMaxError(robot);
        assertTrue(e32 < e4 / 50, "N=4: " + e4 + ", N=32: " + e32);
        assertEquals(32, fx(() -> vm.networkProperty().get().outputUnits()));
    }

    @Test
    void everyControlExplainsItselfInATooltip(FxRobot robot) {
        var controls = robot.lookup(n -> n instanceof javafx.scene.control.ButtonBase
                || n instanceof javafx.scene.control.TextField || n instanceof javafx.scene.control.Slider
                || n instanceof javafx.scene.control.ComboBox).queryAll();
        assertTrue(controls.size() >= 16, "found " + controls.size());
        for (Node n : controls) {
            if (n.getId() != null && n.getId().startsWith("approx-")) {
                assertNotNull(((javafx.scene.control.Control) n).getTooltip(), n.getId() + " has a tooltip");
            }
        }
    }

    @Test
    void switchingToConstructivePausesTraining(FxRobot robot) throws Exception {
        robot.clickOn("#approx-method-trained");
        robot.clickOn("#approx-start");
        assertTrue(vm.training().runningProperty().get());
        robot.clickOn("#approx-method-constructive");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.training().runningProperty().get());
        assertEquals(Method.CONSTRUCTIVE, vm.methodProperty().get());
        assertEquals(vm.width(), vm.networkProperty().get().outputUnits());
    }

    @Test
    void typingNInTheFieldMovesTheSlider(FxRobot robot) {
        robot.doubleClickOn("#approx-width-field").push(KeyCode.CONTROL, KeyCode.A).write("100").type(KeyCode.ENTER);
        assertEquals(100, vm.width());
        double slider = fx(() -> ((javafx.scene.control.Slider) robot.lookup("#approx-width").query()).getValue());
        assertEquals(100, Math.round(Math.pow(2, slider)));
    }

    @Test
    void aBadExpressionShowsTheReasonAndKeepsTheOldTarget(FxRobot robot) {
        Target before = vm.targetProperty().get();
        double errorBefore = displayedMaxError(robot);
        robot.doubleClickOn("#approx-expression").push(KeyCode.CONTROL, KeyCode.A).write("sin(x").type(KeyCode.ENTER);
        Label message = robot.lookup("#approx-target-message").queryAs(Label.class);
        assertTrue(message.isVisible());
        assertTrue(message.getText().contains("sin(x"), message.getText());
        assertSame(before, vm.targetProperty().get());
        assertEquals(errorBefore, displayedMaxError(robot));
        robot.push(KeyCode.CONTROL, KeyCode.A).write("cos(2*x)").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents();
        assertFalse(message.isVisible());
        assertEquals("cos(2*x)", vm.targetProperty().get().function().formula());
    }

    @Test
    void theHingePlotMakesRoomForLargerTextAndItsHandlesFollow() {
        double[] before = fx(() -> new double[] {view.hingePlot().frame().left(), view.hingePlot().frame().width()});
        Point2D handle = fx(() -> view.hingePlot().handlePosition(3));
        fx(() -> {
            view.hingePlot().setTextScale(1.5);
            return null;
        });
        try {
            double[] after = fx(() -> new double[] {view.hingePlot().frame().left(), view.hingePlot().frame().width()});
            assertEquals(1.5 * before[0], after[0], 1e-9, "room for the larger tick labels and axis name");
            assertEquals(before[1] - 0.5 * before[0], after[1], 1e-9, "the data area gives it up");
            Point2D moved = fx(() -> view.hingePlot().handlePosition(3));
            assertTrue(Math.abs(moved.getX() - handle.getX()) > 1, "the handle is drawn, and found, in the new frame");
        } finally {
            fx(() -> {
                view.hingePlot().setTextScale(1);
                return null;
            });
        }
    }

    @Test
    void draggingABreakpointMovesThatHingeAndChangesTheError(FxRobot robot) throws Exception {
        double before = vm.errorProperty().get().maxError();
        double p = vm.networkProperty().get().hinges().get(3).breakpoint();
        Point2D at = fx(() -> view.hingePlot().localToScreen(view.hingePlot().handlePosition(3)));
        robot.drag(at, MouseButton.PRIMARY).moveBy(20, 0).moveBy(30, 0).release(MouseButton.PRIMARY);
        assertTrue(vm.edits().containsKey(3), "hinge 3 was edited");
        double moved = vm.networkProperty().get().hinges().get(3).breakpoint();
        assertTrue(moved > p + 0.1, "breakpoint " + p + " -> " + moved);
        assertNotEquals(before, vm.errorProperty().get().maxError());
        Files.createDirectories(Path.of("target", "snapshots"));
        write(Path.of("target", "snapshots", "approx-drag.png"));
        double slope = vm.networkProperty().get().hinges().get(5).slopeChange();
        Point2D at5 = fx(() -> view.hingePlot().localToScreen(view.hingePlot().handlePosition(5)));
        robot.drag(at5, MouseButton.PRIMARY).moveBy(0, -20).moveBy(0, -30).release(MouseButton.PRIMARY);
        assertTrue(vm.networkProperty().get().hinges().get(5).slopeChange() > slope + 0.1);
        robot.clickOn("#approx-clear-edits");
        assertEquals(before, vm.errorProperty().get().maxError(), 1e-15);
    }

    @Test
    void trainingLiveConvergesAndTheLossFalls(FxRobot robot) throws Exception {
        fx(() -> {
            vm.setWidth(16);
            return null;
        });
        robot.clickOn("#approx-method-trained");
        assertEquals(Method.TRAINED, vm.methodProperty().get());
        double startError = vm.errorProperty().get().maxError();
        robot.clickOn("#approx-step10");
        assertEquals(10, vm.training().stepProperty().get());
        double early = vm.training().lossesProperty().get()[0];
        robot.clickOn("#approx-fast");
        robot.clickOn("#approx-start");
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !vm.training().runningProperty().get()
                && vm.training().stepProperty().get() >= ApproxTraining.DEFAULT_STEPS);
        WaitForAsyncUtils.waitForFxEvents(3);
        double[] losses = vm.training().lossesProperty().get();
        assertEquals(ApproxTraining.DEFAULT_STEPS, losses.length);
        assertTrue(losses[losses.length - 1] < early / 100, "loss " + early + " -> " + losses[losses.length - 1]);
        double trainedError = displayedMaxError(robot);
        assertTrue(trainedError < startError / 5, "max error " + startError + " -> " + trainedError);
        assertEquals("Start", robot.lookup("#approx-start").queryButton().getText());
        assertTrue(fx(() -> view.plots().lossPlot().getSeries().get(0).size()) == ApproxTraining.DEFAULT_STEPS);
    }

    @Test
    void pauseStopsABackgroundRunAndStepThenWorks(FxRobot robot) throws Exception {
        robot.clickOn("#approx-method-trained");
        robot.clickOn("#approx-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> vm.training().stepProperty().get() >= 30);
        robot.clickOn("#approx-start");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !vm.training().runningProperty().get());
        int at = vm.training().stepProperty().get();
        assertTrue(at < ApproxTraining.DEFAULT_STEPS, "paused at " + at);
        robot.clickOn("#approx-step");
        assertEquals(at + 1, vm.training().stepProperty().get());
    }

    @Test
    void exportsWritePngAndCsv(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("a.png");
        Path csv = dir.resolve("a.csv");
        fx(() -> {
            view.exportPng(png);
            view.exportCsv(csv);
            return null;
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertTrue(img.getWidth() > 1000, "width " + img.getWidth());
        String text = Files.readString(csv);
        assertTrue(text.startsWith("x,target,output,error,unit_1,"), text.substring(0, 40));
        assertEquals(ApproxCsv.POINTS + 1, text.split("\n").length);
    }

    @Test
    void snapshotsForLooking() throws Exception {
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        fx(() -> {
            vm.choosePreset(Preset.SIN);
            vm.setWidth(8);
            view.frame();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        write(dir.resolve("approx-sin-8.png"));
        fx(() -> {
            vm.choosePreset(Preset.NIELSEN);
            vm.setWidth(24);
            vm.methodProperty().set(Method.TRAINED);
            vm.training().setSteps(3000);
            vm.training().step(3000);
            view.frame();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        write(dir.resolve("approx-nielsen-trained.png"));
        fx(() -> {
            vm.choosePreset(Preset.STEP);
            vm.setWidth(12);
            vm.training().setSteps(5000);
            vm.training().step(1500);
            view.frame();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        write(dir.resolve("approx-step-training.png"));
        fx(() -> {
            vm.methodProperty().set(Method.CONSTRUCTIVE);
            vm.choosePreset(Preset.NIELSEN);
            vm.setWidth(16);
            var h = vm.networkProperty().get().hinges().get(6);
            vm.editHinge(6, h.withSlopeChange(h.slopeChange() + 3));
            view.frame();
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        write(dir.resolve("approx-nielsen-hand.png"));
    }

    private void write(Path file) throws Exception {
        PlotExport.writePng(fx(() -> view.snapshot(null, null)), file);
    }
}
