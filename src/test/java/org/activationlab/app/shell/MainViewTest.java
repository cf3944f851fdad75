package org.activationlab.app.shell;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class MainViewTest {
    @TempDir
    static Path home;
    private MainView view;

    @Start
    void start(Stage stage) {
        AppContext ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        view = new MainView(ctx);
        Scene scene = new Scene(view, 1000, 700);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void f1TogglesTheHelpOverlayAndEscapeClosesIt(FxRobot robot) {
        assertFalse(view.helpOverlay().isShowing());
        robot.clickOn("#menu-bar").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        robot.press(KeyCode.F1).release(KeyCode.F1);
        assertTrue(view.helpOverlay().isShowing(), "F1 should show the shortcut list");
        robot.press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        assertFalse(view.helpOverlay().isShowing(), "Esc should close the shortcut list");
    }
}
