package org.activationlab.app.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.activation.ActivationKind;
import org.activationlab.core.chain.ChainPreset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Drives the real chain screen headless at 1280×800. */
@ExtendWith(ApplicationExtension.class)
class ChainViewTest {
    @TempDir
    static Path home;
    private ChainScreen screen;
    private ChainView view;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        screen = new ChainScreen(ctx);
        view = (ChainView) screen.createView();
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private String text(FxRobot robot, String id) {
        return ChainFx.call(() -> robot.lookup(id).queryAs(Label.class).getText());
    }

    @Test
    void explodingPresetSteppedToTheEndReads343Point98(FxRobot robot) throws Exception {
        robot.clickOn("#preset-exploding");
        assertEquals("0", ChainFx.call(() -> Integer.toString(view.viewModel().step())));
        for (int k = 0; k < 4; k++) {
            robot.clickOn("#chain-next");
        }
        assertEquals("343.98", text(robot, "#running-product"));
        assertEquals("dC/db₁ =", text(robot, "#running-name"));
        assertTrue(text(robot, "#b1-update").endsWith("= −170.43"), text(robot, "#b1-update"));
        assertTrue(text(robot, "#sign-slip").contains("173.55"), text(robot, "#sign-slip"));
        assertTrue(text(robot, "#chain-caption").contains("343.98"));
        assertTrue(text(robot, "#factor-label").startsWith("▼"), "f'(z1) = 0.13 shrinks: " + text(robot, "#factor-label"));
        ChainFx.snapshot(view, "chain-exploding.png");
        robot.clickOn("#chain-back");
        assertTrue(text(robot, "#factor-label").startsWith("▲"), text(robot, "#factor-label"));
    }

    @Test
    void arrowKeysAndSpaceDriveStepMode(FxRobot robot) {
        robot.clickOn("#preset-exploding");
        robot.clickOn("#chain-caption");
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        robot.press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertEquals(2, (int) ChainFx.call(() -> view.viewModel().step()));
        robot.press(KeyCode.LEFT).release(KeyCode.LEFT);
        assertEquals(1, (int) ChainFx.call(() -> view.viewModel().step()));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertTrue(ChainFx.call(() -> view.viewModel().playingProperty().get()));
        robot.press(KeyCode.SPACE).release(KeyCode.SPACE);
        assertFalse(ChainFx.call(() -> view.viewModel().playingProperty().get()));
    }

    @Test
    void sigmoidAtDepthFiftyMakesTheChartSlopeDown(FxRobot robot) throws Exception {
        robot.clickOn("#chain-activation");
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("Sigmoid")).query();
        robot.clickOn(cell);
        robot.doubleClickOn("#chain-depth").eraseText(6).write("50").type(KeyCode.ENTER);
        assertEquals(50, (int) ChainFx.call(() -> view.viewModel().chain().depth()));
        PlotSeries main = ChainFx.call(() -> view.chart.getSeries().stream()
                .filter(s -> GradientChart.MAIN.equals(s.label())).findFirst().orElseThrow());
        assertEquals(50, main.size());
        for (int i = 1; i < 50; i++) {
            assertTrue(main.y()[i - 1] < main.y()[i], "earlier layers have smaller gradients: layer " + i);
        }
        assertTrue(main.y()[49] - main.y()[0] > 20, "about 30 decades between layer 1 and layer 50");
        ChainFx.snapshot(view, "chain-sigmoid-50.png");
    }

    @Test
    void aBadWeightInTheTableShowsWhyAndKeepsTheValue(FxRobot robot) {
        ChainFx.run(() -> view.lower.getSelectionModel().select(1));
        double before = ChainFx.call(() -> view.viewModel().chain().weight(2));
        robot.doubleClickOn(weightCell(robot, 1));
        robot.eraseText(8).write("12abc").type(KeyCode.ENTER);
        String msg = text(robot, "#chain-table-message");
        assertTrue(msg.contains("w of layer 2 must be a number, got '12abc'"), msg);
        assertEquals(before, ChainFx.call(() -> view.viewModel().chain().weight(2)));
        robot.doubleClickOn(weightCell(robot, 1));
        robot.eraseText(8).write("2.5").type(KeyCode.ENTER);
        assertEquals(2.5, ChainFx.call(() -> view.viewModel().chain().weight(2)));
        assertFalse(ChainFx.call(() -> view.table.message.isVisible()));
    }

    private static Node weightCell(FxRobot robot, int row) {
        return ChainFx.call(() -> robot.lookup(".table-cell").match(n -> n instanceof TableCell<?, ?> c
                && c.getTableColumn() != null && "chain-col-w".equals(c.getTableColumn().getId())
                && c.getIndex() == row && c.getScene() != null && c.isVisible()).query());
    }

    @Test
    void theDiagramGrowsWithTheTextScaleAndItsEdgesStillAnswerTheMouse(FxRobot robot) {
        robot.clickOn("#preset-healthy");
        double[] before = ChainFx.call(() -> new double[] {view.diagram.nodeY(), view.diagram.nodeX(2) - view.diagram.nodeX(1),
                view.diagram.prefHeight(-1)});
        ChainFx.run(() -> view.diagram.setScale(1.5));
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        try {
            double[] after = ChainFx.call(() -> new double[] {view.diagram.nodeY(), view.diagram.nodeX(2) - view.diagram.nodeX(1),
                    view.diagram.prefHeight(-1)});
            for (int i = 0; i < 3; i++) {
                assertEquals(1.5 * before[i], after[i], 1e-9, "measure " + i);
            }
            int edge = ChainFx.call(() -> view.diagram.edgeAt((view.diagram.nodeX(1) + view.diagram.nodeX(2)) / 2,
                    view.diagram.nodeY() - 30));
            assertEquals(2, edge, "the edge into layer 2, found where it is drawn at the larger scale");
        } finally {
            ChainFx.run(() -> view.diagram.setScale(1));
        }
    }

    @Test
    void draggingAnEdgeUpRaisesThatWeight(FxRobot robot) {
        robot.clickOn("#preset-healthy");
        javafx.geometry.Point2D p = ChainFx.call(() -> view.diagram.localToScreen(
                (view.diagram.nodeX(1) + view.diagram.nodeX(2)) / 2, view.diagram.nodeY() - 20));
        robot.moveTo(p).press(javafx.scene.input.MouseButton.PRIMARY).moveBy(0, -15).moveBy(0, -15)
                .release(javafx.scene.input.MouseButton.PRIMARY);
        assertEquals(1.3, ChainFx.call(() -> view.viewModel().chain().weight(2)), 0.06, "0.01 per pixel for 30 px");
        assertEquals(1.0, ChainFx.call(() -> view.viewModel().chain().weight(1)));
    }

    @Test
    void aBadDepthIsRefusedInline(FxRobot robot) {
        robot.doubleClickOn("#chain-depth").eraseText(6).write("20000").type(KeyCode.ENTER);
        assertEquals("depth must be between 1 and 10000, got 20000", text(robot, "#chain-depth-error"));
        assertEquals(4, (int) ChainFx.call(() -> view.viewModel().chain().depth()));
    }

    @Test
    void sessionSaveAndRestoreRoundTripsTheScreen(FxRobot robot) {
        robot.clickOn("#preset-exploding");
        robot.clickOn("#chain-next");
        robot.clickOn("#chain-next");
        JsonObject saved = ChainFx.call(() -> screen.saveState());
        robot.clickOn("#preset-healthy");
        assertEquals(0, (int) ChainFx.call(() -> view.viewModel().step()));
        ChainFx.run(() -> screen.restoreState(saved));
        assertEquals(2, (int) ChainFx.call(() -> view.viewModel().step()));
        assertEquals(ChainPreset.EXPLODING.chain(), ChainFx.call(() -> view.viewModel().chain()));
        assertEquals("step 2 of 4", text(robot, "#chain-step-label"));
        JsonObject bad = saved.deepCopy();
        bad.addProperty("learningRate", -3);
        IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> screen.restoreState(bad));
        assertTrue(e.getMessage().contains("learning rate"), e.getMessage());
        assertEquals(saved, ChainFx.call(() -> screen.saveState()));
    }

    @Test
    void exportsWriteTheChainCsvAndTheChartPng(@TempDir Path dir) throws Exception {
        ChainFx.run(() -> view.viewModel().loadPreset(ChainPreset.EXPLODING));
        Path csv = dir.resolve("chain.csv");
        Path png = dir.resolve("chart.png");
        assertTrue(ChainFx.call(() -> view.exportCsv(csv)));
        assertTrue(ChainFx.call(() -> view.exportChartPng(png)));
        List<String> lines = Files.readAllLines(csv);
        assertEquals(5, lines.size());
        assertTrue(lines.get(1).contains("3.43980000000000e+2"), lines.get(1));
        assertTrue(Files.size(png) > 1000);
    }

    @Test
    void signalTabShowsSeluStayingNormalised(FxRobot robot) throws Exception {
        ChainFx.run(() -> {
            view.signal.activations.getParent();
            screen.signalViewModel().setWidth(128);
            screen.signalViewModel().setDepth(50);
        });
        robot.clickOn("Signal propagation");
        String v = ChainFx.call(() -> view.signal.verdict.getText());
        assertTrue(v.startsWith("Every one of the 50 layers"), v);
        assertEquals(4, (int) ChainFx.call(() -> view.signal.activations.getSeries().size()));
        ChainFx.snapshot(view, "chain-signal.png");
    }

    @Test
    void everyButtonAndFieldHasATooltip(FxRobot robot) {
        for (String id : List.of("#chain-next", "#chain-back", "#chain-play", "#chain-depth", "#chain-weight",
                "#chain-weight-slider", "#chain-eta", "#chain-threshold", "#chain-activation", "#chain-cost",
                "#chain-clipping", "#preset-exploding", "#chain-export-csv", "#chain-export-png")) {
            javafx.scene.control.Control c = robot.lookup(id).queryAs(javafx.scene.control.Control.class);
            assertTrue(c.getTooltip() != null && !c.getTooltip().getText().isBlank(), id);
        }
        assertEquals(ActivationKind.RELU, ChainFx.call(() -> view.controls.activation.getValue()));
    }
}
