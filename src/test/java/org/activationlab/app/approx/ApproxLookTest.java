package org.activationlab.app.approx;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotExport;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The screen inside the real shell: a session round trip through the controls, and 1280×800 snapshots (normal and presenter mode) in target/snapshots. */
@ExtendWith(ApplicationExtension.class)
class ApproxLookTest {
    @TempDir
    static Path home;
    private MainView main;
    private ApproxScreen screen;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        screen = new ApproxScreen(ctx);
        ctx.addScreen(screen);
        main = new MainView(ctx);
        Scene scene = new Scene(main, 1280, 800);
        MainView.installStyles(scene);
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void sessionRoundTripPutsTheControlsBack(FxRobot robot) {
        ApproxViewTest.fx(() -> {
            main.show(screen);
            return null;
        });
        robot.doubleClickOn("#approx-width-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write("20").type(javafx.scene.input.KeyCode.ENTER);
        robot.clickOn("#approx-method-trained");
        com.google.gson.JsonObject saved = ApproxViewTest.fx(screen::saveState);
        robot.clickOn("#approx-method-constructive");
        robot.doubleClickOn("#approx-width-field").push(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.A)
                .write("5").type(javafx.scene.input.KeyCode.ENTER);
        org.junit.jupiter.api.Assertions.assertEquals(5, screen.viewModel().width());
        ApproxViewTest.fx(() -> {
            screen.restoreState(saved);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        org.junit.jupiter.api.Assertions.assertEquals("20", robot.lookup("#approx-width-field").queryTextInputControl().getText());
        assertTrue(robot.lookup("#approx-method-trained").queryAs(javafx.scene.control.ToggleButton.class).isSelected());
        assertTrue(!robot.lookup("#approx-start").query().isDisabled(), "training controls are enabled again");
        org.junit.jupiter.api.Assertions.assertEquals(20, screen.viewModel().networkProperty().get().outputUnits());
    }

    @Test
    void screenInTheShellFitsAt1280x800(FxRobot robot) throws Exception {
        ApproxViewTest.fx(() -> {
            main.show(screen);
            screen.viewModel().setWidth(12);
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents(5);
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        PlotExport.writePng(ApproxViewTest.fx(() -> main.snapshot(null, null)), dir.resolve("approx-shell.png"));
        HingePlot plot = robot.lookup("#approx-hinge-plot").queryAs(HingePlot.class);
        assertTrue(plot.getWidth() >= 380 && plot.getHeight() >= 300, plot.getWidth() + " x " + plot.getHeight());
        robot.press(javafx.scene.input.KeyCode.F5).release(javafx.scene.input.KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents(5);
        PlotExport.writePng(ApproxViewTest.fx(() -> main.snapshot(null, null)), dir.resolve("approx-shell-presenter.png"));
    }
}
