package org.activationlab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import com.google.gson.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.activationlab.app.control.PlotView;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.Screen;
import org.activationlab.app.shell.SessionParticipant;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.session.SessionFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Issue 8's acceptance, driven through the real window with every registered screen. */
@ExtendWith(ApplicationExtension.class)
class ClassroomTest {
    @TempDir
    static Path home;
    private MainView view;
    private AppContext ctx;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        ctx = new AppContext(new AppSettings(home.resolve("settings")), new StatusModel(), TaskRunner.synchronous());
        org.activationlab.app.shell.ScreenCatalog.registerAll(ctx);
        view = new MainView(ctx);
        Scene scene = new Scene(view, 1280, 800);
        MainView.installStyles(scene);
        view.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    private PlotView firstPlot() {
        return (PlotView) view.lookupAll(".plot-view").stream().filter(n -> n instanceof PlotView).findFirst()
                .orElseGet(() -> view.lookupAll("*").stream().filter(n -> n instanceof PlotView).map(PlotView.class::cast)
                        .findFirst().orElseThrow());
    }

    @Test
    void presenterModeEnlargesTextAndThickensPlotLines(FxRobot robot) {
        robot.clickOn("#menu-bar").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        Label any = (Label) view.lookup("#status-text");
        double fontBefore = any.getFont().getSize();
        double lineBefore = firstPlot().lineScaleProperty().get();
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(any.getFont().getSize() > fontBefore * 1.3,
                "font " + fontBefore + " -> " + any.getFont().getSize());
        assertEquals(2 * lineBefore, firstPlot().lineScaleProperty().get(), 1e-9);
        // the plot's own text (drawn on a canvas, outside CSS) grows as much as the window's
        assertEquals(any.getFont().getSize() / fontBefore, firstPlot().textScaleProperty().get(), 1e-9);
        robot.press(KeyCode.F5).release(KeyCode.F5);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(fontBefore, any.getFont().getSize(), 1e-9);
        assertEquals(1, firstPlot().textScaleProperty().get(), 1e-9);
    }

    @Test
    void onTheDarkThemeWhatIsDrawnInDarkInkKeepsAWhitePage(FxRobot robot) throws Exception {
        robot.clickOn("#menu-bar").press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        for (org.activationlab.app.shell.Screen s : ctx.screens()) {
            if (s instanceof org.activationlab.app.chain.ChainScreen) {
                WaitForAsyncUtils.asyncFx(() -> view.show(s)).get();
            }
        }
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.layout.Region bar = (javafx.scene.layout.Region) view.lookup("#chain-product-bar");
        assertTrue(pageOf(bar) == null || !pageOf(bar).equals(javafx.scene.paint.Color.WHITE), "light theme: as it was");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        try {
            assertTrue(view.getStyleClass().contains("dark") || view.getScene().getRoot().getStyleClass().contains("dark"));
            assertEquals(javafx.scene.paint.Color.WHITE, pageOf(bar), "the product bar's dark labels stay on white");
        } finally {
            robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.D).release(KeyCode.D, KeyCode.SHIFT, KeyCode.CONTROL);
            WaitForAsyncUtils.waitForFxEvents();
        }
        assertTrue(pageOf(bar) == null || !pageOf(bar).equals(javafx.scene.paint.Color.WHITE), "back to the light theme");
    }

    private static javafx.scene.paint.Paint pageOf(javafx.scene.layout.Region r) {
        r.applyCss();
        var b = r.getBackground();
        return b == null || b.getFills().isEmpty() ? null : b.getFills().get(0).getFill();
    }

    @Test
    void everyScreenStateSurvivesSaveAndReopen(FxRobot robot) throws Exception {
        Path file = home.resolve("lesson-prep.alsession");
        robot.interact(() -> assertTrue(view.sessions().save(file)));
        JsonObject saved = SessionFile.readSession(file);
        int participants = 0;
        for (Screen s : ctx.screens()) {
            if (s instanceof SessionParticipant p) {
                participants++;
                assertTrue(saved.getAsJsonObject("screens").has(p.sessionKey()), "missing " + p.sessionKey());
            }
        }
        assertTrue(participants >= 1);
        // change the explorer, reopen, compare every screen's state with what was saved
        robot.interact(() -> ((org.activationlab.app.explorer.ExplorerScreen) ctx.screens().get(0)).viewModel()
                .select(org.activationlab.core.activation.ActivationKind.MISH));
        robot.interact(() -> assertTrue(view.sessions().open(file)));
        JsonObject again = view.sessions().capture();
        for (Screen s : ctx.screens()) {
            if (s instanceof SessionParticipant p) {
                assertEquals(saved.getAsJsonObject("screens").get(p.sessionKey()),
                        again.getAsJsonObject("screens").get(p.sessionKey()), p.sessionKey());
            }
        }
    }

    @Test
    void aCorruptSessionFileIsReportedAndChangesNothing(FxRobot robot) throws Exception {
        Path file = home.resolve("broken.alsession");
        Files.writeString(file, "{\"format\":\"activation-lab-session\",\"version\":1,\"screens\":{\"explorer\":{\"function\":");
        JsonObject before = view.sessions().capture();
        robot.interact(() -> assertFalse(view.sessions().open(file)));
        assertEquals(before, view.sessions().capture());
        assertTrue(ctx.status().messageProperty().get().contains("not valid JSON"), ctx.status().messageProperty().get());
    }

    @Test
    void aLessonIsSteppedWithPageDownAndPageUp(FxRobot robot) throws Exception {
        var explorer = ((org.activationlab.app.explorer.ExplorerScreen) ctx.screens().get(0)).viewModel();
        Path lesson = home.resolve("vanishing.allesson");
        robot.interact(() -> {
            view.lessons().startDraft("Why ReLU");
            explorer.select(org.activationlab.core.activation.ActivationKind.SIGMOID);
            view.lessons().addCurrentAsStep("1: sigmoid saturates", "look at the shaded tails");
            explorer.select(org.activationlab.core.activation.ActivationKind.RELU);
            view.lessons().addCurrentAsStep("2: ReLU keeps a slope of 1", "");
            assertTrue(view.lessons().saveDraft(lesson));
            explorer.select(org.activationlab.core.activation.ActivationKind.TANH);
            assertTrue(view.lessons().open(lesson));
        });
        assertEquals(org.activationlab.core.activation.ActivationKind.SIGMOID, explorer.selectedProperty().get());
        Label title = (Label) view.lookup("#lesson-bar .lesson-title");
        assertTrue(title.getText().contains("step 1 of 2"), title.getText());
        robot.clickOn("#status-text");
        robot.press(KeyCode.PAGE_DOWN).release(KeyCode.PAGE_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.activationlab.core.activation.ActivationKind.RELU, explorer.selectedProperty().get());
        assertTrue(title.getText().contains("step 2 of 2"), title.getText());
        robot.press(KeyCode.PAGE_UP).release(KeyCode.PAGE_UP);
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(org.activationlab.core.activation.ActivationKind.SIGMOID, explorer.selectedProperty().get());
    }

    @Test
    void everyControlOnEveryScreenHasATooltip(FxRobot robot) {
        java.util.List<String> missing = new java.util.ArrayList<>();
        for (Screen s : ctx.screens()) {
            robot.interact(() -> view.show(s));
            WaitForAsyncUtils.waitForFxEvents();
            for (javafx.scene.Node n : view.lookupAll(".button, .toggle-button, .check-box, .combo-box, .slider, .text-field, .spinner, .radio-button")) {
                if (n instanceof javafx.scene.control.Control c && c.isVisible() && c.getTooltip() == null
                        && !(c.getParent() instanceof javafx.scene.control.Spinner)
                        && !(c.getParent() instanceof javafx.scene.control.ComboBoxBase)) {
                    String what = c.getClass().getSimpleName() + (c.getId() == null ? "" : "#" + c.getId())
                            + (c instanceof javafx.scene.control.Labeled l ? " '" + l.getText() + "'" : "");
                    missing.add(s.title() + ": " + what);
                }
            }
        }
        assertTrue(missing.isEmpty(), "controls without a tooltip:\n" + String.join("\n", missing));
    }
}
