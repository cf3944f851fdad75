package org.activationlab.app.explorer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.AppSettings;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.app.shell.TaskRunner;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The whole window at 1280×800 as the app starts it (theme, stylesheet, shell), written to
 * target/snapshots/ for a human to look at; the README screenshot is taken from here.
 */
@ExtendWith(ApplicationExtension.class)
class ExplorerLookTest {
    @TempDir
    static Path home;
    private MainView main;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        AppContext ctx = new AppContext(new AppSettings(home), new StatusModel(), TaskRunner.synchronous());
        ctx.addScreen(new ExplorerScreen(ctx));
        main = new MainView(ctx);
        Scene scene = new Scene(main, 1280, 800);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    private ExplorerView explorer(FxRobot robot) {
        return robot.lookup("#explorer").queryAs(ExplorerView.class);
    }

    @Test
    void windowSnapshotsShowTheExplorer(FxRobot robot) throws Exception {
        ExplorerView view = explorer(robot);
        ExplorerViewModel vm = view.viewModel();
        Snapshots.run(() -> {
            vm.select(ActivationKind.SIGMOID);
            vm.comparedProperty(ActivationKind.RELU).set(true);
            vm.comparedProperty(ActivationKind.GELU).set(true);
        });
        robot.moveTo(view.plot()).moveBy(120, -40);
        WaitForAsyncUtils.waitForFxEvents();
        Path a = Snapshots.write(main, "explorer-sigmoid-relu-gelu.png");
        Snapshots.run(() -> {
            vm.comparedProperty(ActivationKind.RELU).set(false);
            vm.comparedProperty(ActivationKind.GELU).set(false);
            vm.select(ActivationKind.GELU_TANH);
            vm.comparedProperty(ActivationKind.GELU).set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path b = Snapshots.write(main, "explorer-gelu.png");
        Snapshots.run(() -> {
            vm.comparedProperty(ActivationKind.GELU).set(false);
            vm.select(ActivationKind.ELU);
            vm.alphaTextProperty().set("abc");
            vm.comparedProperty(ActivationKind.LEAKY_RELU).set(true);
            vm.comparedProperty(ActivationKind.SELU).set(true);
            vm.comparedProperty(ActivationKind.RELU).set(true);
        });
        WaitForAsyncUtils.waitForFxEvents();
        Path c = Snapshots.write(main, "explorer-elu.png");
        Snapshots.run(() -> {
            vm.comparedProperty(ActivationKind.LEAKY_RELU).set(false);
            vm.comparedProperty(ActivationKind.SELU).set(false);
            vm.comparedProperty(ActivationKind.RELU).set(false);
            vm.alphaTextProperty().set("1");
            vm.comparedProperty(ActivationKind.SIGMOID).set(true);
            vm.comparedProperty(ActivationKind.RELU).set(true);
        });
        robot.moveTo(view.plot()).moveBy(-150, 20);
        Path readme = Snapshots.write(main, "readme-explorer.png");
        assertTrue(readme.toFile().length() > 10_000);
        java.awt.image.BufferedImage img = javax.imageio.ImageIO.read(a.toFile());
        assertTrue(img.getWidth() == 1280 && img.getHeight() == 800, "the window is 1280x800");
        int blue = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                if ((img.getRGB(x, y) & 0xFFFFFF) == 0x0072B2) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 1000, "the selected function's thick blue line is visible: " + blue);
        assertTrue(a.toFile().length() > 10_000 && b.toFile().length() > 10_000 && c.toFile().length() > 10_000);
    }
}
