package org.activationlab.app.chain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Labeled;
import javafx.scene.control.OverrunStyle;
import javafx.stage.Stage;
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

/** The chain screen inside the real main window at 1280×800: snapshots for a human to look at, and text checks. */
@ExtendWith(ApplicationExtension.class)
class ChainLookTest {
    @TempDir
    static Path home;
    private MainView main;
    private ChainScreen screen;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        screen = new ChainScreen(ctx);
        ctx.addScreen(screen);
        main = new MainView(ctx);
        Scene scene = new Scene(main, 1280, 800);
        MainView.installStyles(scene);
        main.installShortcuts(scene);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void explodingMidWalkInTheMainWindowHasNoCutOffLabels(FxRobot robot) throws Exception {
        robot.clickOn("#preset-exploding");
        robot.clickOn("#chain-next");
        robot.clickOn("#chain-next");
        ChainFx.snapshot(main, "chain-main-1280x800.png");
        List<String> cut = ChainFx.call(() -> {
            List<String> out = new java.util.ArrayList<>();
            collectCut(main.getScene().getRoot(), out);
            return out;
        });
        assertEquals(List.of(), cut, "labels shown with an ellipsis");
        double smallest = ChainFx.call(() -> smallestFont(main.getScene().getRoot()));
        assertTrue(smallest >= 13.9, "smallest font " + smallest);
    }

    @Test
    void deepChainSnapshot(FxRobot robot) throws Exception {
        ChainFx.run(() -> {
            screen.viewModel().setActivation(org.activationlab.core.activation.ActivationKind.SIGMOID, Double.NaN);
            screen.viewModel().setDepth(1000);
            screen.viewModel().goToStep(996);
        });
        ChainFx.snapshot(main, "chain-main-depth1000.png");
    }

    private static void collectCut(Node n, List<String> out) {
        if (!n.isVisible()) {
            return;
        }
        if (n instanceof Labeled l && l.getText() != null && !l.getText().isEmpty() && n.getScene() != null
                && l.getTextOverrun() != OverrunStyle.CLIP) {
            for (Node c : l.getChildrenUnmodifiable()) {
                if (c instanceof javafx.scene.text.Text tx && !tx.getText().equals(l.getText())
                        && tx.getText().contains(l.getEllipsisString())) {
                    out.add(l.getId() + ": " + tx.getText());
                }
            }
        }
        if (n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                collectCut(c, out);
            }
        }
    }

    private static double smallestFont(Node n) {
        double min = Double.MAX_VALUE;
        if (n.isVisible() && n instanceof Labeled l && l.getText() != null && !l.getText().isBlank()) {
            min = l.getFont().getSize();
        }
        if (n.isVisible() && n instanceof Parent p) {
            for (Node c : p.getChildrenUnmodifiable()) {
                min = Math.min(min, smallestFont(c));
            }
        }
        return min;
    }
}
