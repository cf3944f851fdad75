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
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
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

    @Test
    void f5TogglesPresenterModeWhichEnlargesTheFontAndThickensLines(FxRobot robot) {
        robot.clickOn("#menu-bar").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        double before = view.getScene().getRoot().getStyle().contains("14.0") ? 14 : -1;
        org.junit.jupiter.api.Assertions.assertEquals(14, before, "normal mode uses 14 px: " + view.getScene().getRoot().getStyle());
        double lineBefore = ctx.appearance().lineScale().get();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertTrue(ctx.appearance().isPresenter());
        assertTrue(view.getScene().getRoot().getStyle().contains("20.0px"), view.getScene().getRoot().getStyle());
        assertTrue(view.getScene().getRoot().getStyleClass().contains("presenter"));
        org.junit.jupiter.api.Assertions.assertEquals(2 * lineBefore, ctx.appearance().lineScale().get(), 1e-12);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        assertFalse(ctx.appearance().isPresenter());
        assertFalse(view.getScene().getRoot().getStyleClass().contains("presenter"));
    }
}
