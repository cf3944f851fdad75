package org.activationlab.app.explorer;

import org.activationlab.app.control.TexImages;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.activationlab.app.control.PlotSeries;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.StatusModel;
import org.activationlab.core.activation.ActivationKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

/** Drives the real explorer headless: choose, drag, type, export. */
@ExtendWith(ApplicationExtension.class)
class ExplorerViewTest {
    private ExplorerView view;
    private ExplorerViewModel vm;
    private StatusModel status;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(new atlantafx.base.theme.PrimerLight().getUserAgentStylesheet());
        status = new StatusModel();
        vm = new ExplorerViewModel();
        view = new ExplorerView(vm, status);
        Scene scene = new Scene(view, 1090, 720);
        MainView.installStyles(scene);
        stage.setScene(scene);
        stage.show();
    }

    /** f of the selected function as the plot draws it (the solid series of curve 0). */
    private PlotSeries plottedF() {
        return Snapshots.call(() -> view.plot().getSeries().stream()
                .filter(s -> !s.isDashed() && s.size() > 0).findFirst().orElseThrow());
    }

    private static int differingPixels(WritableImage a, WritableImage b) {
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int n = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                if (ra.getArgb(x, y) != rb.getArgb(x, y)) {
                    n++;
                }
            }
        }
        return n;
    }

    /** The height of the first typeset formula in the formula panel, once typesetting is done. */
    private double firstFormulaHeight() throws Exception {
        java.util.concurrent.Callable<java.util.Optional<javafx.scene.image.ImageView>> first = () -> view
                .lookup(".explorer-formula").lookupAll("*").stream().filter(n -> n instanceof javafx.scene.image.ImageView)
                .map(javafx.scene.image.ImageView.class::cast).findFirst();
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> org.activationlab.app.control.TexImages.idle() && Snapshots.call(first).isPresent());
        org.testfx.util.WaitForAsyncUtils.waitForFxEvents();
        return Snapshots.call(first).orElseThrow().getImage().getHeight();
    }

    @Test
    void formulasAreTypesetLargerWithTheTextScale() throws Exception {
        Snapshots.run(() -> vm.select(ActivationKind.SIGMOID));
        double normal = firstFormulaHeight();
        Snapshots.run(() -> view.setFormulaScale(1.5));
        org.testfx.util.WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS, () -> {
            try {
                return firstFormulaHeight() > 1.3 * normal;
            } catch (Exception e) {
                return false;
            }
        });
        double larger = firstFormulaHeight();
        Snapshots.run(() -> view.setFormulaScale(1));
        assertTrue(larger > 1.3 * normal && larger < 1.7 * normal, normal + " px → " + larger + " px");
    }

    @Test
    void choosingAFunctionInTheListReplotsIt(FxRobot robot) {
        robot.clickOn("#explorer-function");
        Node cell = robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("ReLU")).query();
        robot.clickOn(cell);
        assertEquals(ActivationKind.RELU, vm.selectedProperty().get());
        PlotSeries f = plottedF();
        assertEquals("ReLU", f.label());
        assertEquals(0.0, f.interpolate(-3), 0.0);
        assertEquals(2.5, f.interpolate(2.5), 1e-9);
        assertFalse(Snapshots.call(() -> view.plot().getBands().isEmpty()), "ReLU's dead side is shaded");
    }

    @Test
    void draggingTheAlphaSliderChangesTheCurveAndThePixels(FxRobot robot) {
        Snapshots.run(() -> vm.select(ActivationKind.LEAKY_RELU));
        double before = vm.getAlpha();
        double fBefore = plottedF().interpolate(-4);
        WritableImage imgBefore = Snapshots.take(view.plot());
        Node thumb = robot.lookup("#explorer-alpha-slider .thumb").query();
        robot.drag(thumb, MouseButton.PRIMARY).moveBy(60, 0).moveBy(60, 0).release(MouseButton.PRIMARY);
        double after = vm.getAlpha();
        assertTrue(after > before + 0.1, "alpha went from " + before + " to " + after);
        assertEquals(-4 * after, plottedF().interpolate(-4), 0.02);
        assertNotEquals(fBefore, plottedF().interpolate(-4));
        int changed = differingPixels(imgBefore, Snapshots.take(view.plot()));
        assertTrue(changed > 500, "only " + changed + " pixels changed");
        assertEquals(after, Snapshots.call(() -> ((Slider) thumb.getParent()).getValue()), 1e-3);
    }

    @Test
    void arrowKeysOnTheSliderStepAlpha(FxRobot robot) {
        Snapshots.run(() -> vm.select(ActivationKind.ELU));
        robot.clickOn("#explorer-alpha-slider .thumb");
        double start = vm.getAlpha();
        robot.type(KeyCode.RIGHT, 3);
        assertEquals(start + 0.3, vm.getAlpha(), 1e-9);
    }

    @Test
    void typingABadAlphaShowsAMessageAndKeepsTheValue(FxRobot robot) {
        Snapshots.run(() -> vm.select(ActivationKind.LEAKY_RELU));
        PlotSeries before = plottedF();
        robot.doubleClickOn("#explorer-alpha-field").push(KeyCode.CONTROL, KeyCode.A).write("abc");
        Label error = robot.lookup("#explorer-alpha-error").queryAs(Label.class);
        assertTrue(error.isVisible());
        assertTrue(error.getText().contains("not a number") && error.getText().contains("0 to 1"), error.getText());
        assertEquals(0.2, vm.getAlpha());
        assertEquals(before, plottedF(), "the plot keeps the last good alpha");
        robot.push(KeyCode.CONTROL, KeyCode.A).write("3");
        assertTrue(error.getText().contains("between 0 and 1"), error.getText());
        assertEquals(0.2, vm.getAlpha());
        robot.push(KeyCode.CONTROL, KeyCode.A).write("0.6");
        assertFalse(error.isVisible());
        assertEquals(0.6, vm.getAlpha());
        assertEquals(-2.4, plottedF().interpolate(-4), 1e-9);
    }

    @Test
    void exportedPngAndCsvReadBack(@TempDir Path dir) throws Exception {
        Snapshots.run(() -> {
            vm.select(ActivationKind.TANH);
            vm.comparedProperty(ActivationKind.SIGMOID).set(true);
        });
        Path png = dir.resolve("plot.png");
        Path csv = dir.resolve("plot.csv");
        assertTrue(Snapshots.call(() -> view.exportPng(png)));
        assertTrue(Snapshots.call(() -> view.exportCsv(csv)));
        assertTrue(status.messageProperty().get().startsWith("Saved"));

        BufferedImage img = ImageIO.read(png.toFile());
        assertNotNull(img);
        assertEquals(2 * (int) Math.ceil(view.plot().getWidth()), img.getWidth());
        assertTrue(countNear(img, 0x0072B2) > 500, "tanh's blue line is in the image");
        assertTrue(countNear(img, 0xD55E00) > 500, "sigmoid's vermillion line is in the image");

        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,f tanh,df tanh,f sigmoid,df sigmoid", lines.get(0));
        assertEquals(ExplorerViewModel.DEFAULT_SAMPLES + 1, lines.size());
        String[] mid = lines.get(1000).split(",");
        double x = Double.parseDouble(mid[0]);
        assertEquals(Math.tanh(x), Double.parseDouble(mid[1]), 1e-15);
        assertEquals(1 / (1 + Math.exp(-x)), Double.parseDouble(mid[3]), 1e-15);
    }

    @Test
    void svgExportDrawsTheSameCurves(@TempDir Path dir) throws Exception {
        Path svg = dir.resolve("plot.svg");
        assertTrue(Snapshots.call(() -> view.exportSvg(svg)));
        String text = Files.readString(svg);
        assertTrue(text.startsWith("<?xml") && text.trim().endsWith("</svg>"));
        assertTrue(text.contains("<polyline") && text.contains("stroke=\"#0072b2\""));
        assertTrue(text.contains(">Sigmoid</text>"));
    }

    @Test
    void aFailedExportIsReportedInTheStatusBar(@TempDir Path dir) throws Exception {
        Path blocker = dir.resolve("not-a-folder");
        Files.writeString(blocker, "x");
        assertFalse(Snapshots.call(() -> view.exportCsv(blocker.resolve("out.csv"))));
        assertTrue(status.messageProperty().get().startsWith("Could not save out.csv"), status.messageProperty().get());
    }

    @Test
    void wheelZoomsResamplesAndRKeyResets(FxRobot robot) {
        robot.moveTo(view.plot()).scroll(3, javafx.geometry.VerticalDirection.UP);
        assertNotNull(view.plot().viewRangeProperty().get());
        double span = vm.xMaxProperty().get() - vm.xMinProperty().get();
        assertTrue(span < 11.9 || span > 12.1, "sampling follows the zoom, span " + span);
        assertEquals(vm.xMinProperty().get(), view.plot().viewRangeProperty().get().xMin(), 1e-12);
        robot.type(KeyCode.R);
        assertEquals(null, view.plot().viewRangeProperty().get());
        assertEquals(-6.0, vm.xMinProperty().get());
    }

    @Test
    void crosshairMovesTheDerivativeCheck(FxRobot robot) {
        robot.moveTo(view.plot()).moveBy(-100, 0);
        double x = vm.checkXProperty().get();
        assertTrue(Double.isFinite(view.plot().crosshairXProperty().get()));
        assertEquals(view.plot().crosshairXProperty().get(), x, 1e-12);
        Label analytic = robot.lookup("#check-analytic").queryAs(Label.class);
        assertFalse(analytic.getText().isEmpty());
    }

    @Test
    void everyFormulaIsTypesetByTheMathRenderer() {
        TexImages tex = new TexImages();
        for (ActivationKind k : ActivationKind.values()) {
            FunctionNotes n = FunctionNotes.of(k);
            for (String source : List.of(n.valueTex(), n.derivativeTex())) {
                var img = Snapshots.call(() -> tex.render(source, 20f));
                assertNotNull(img, k + " did not typeset: " + source);
                assertTrue(img.getWidth() > 40 && img.getHeight() > 15);
            }
        }
        assertNotNull(Snapshots.call(() -> tex.render(FunctionNotes.GELU_ROUNDED_TEX, 16f)));
        assertEquals(Snapshots.call(() -> tex.render("x^2", 20f)), Snapshots.call(() -> tex.render("x^2", 20f)),
                "cached");
    }

    @Test
    void shortcutsAreListedForTheHelpOverlay() {
        var shortcuts = new ExplorerScreen(new org.activationlab.app.shell.AppContext(
                new org.activationlab.app.shell.AppSettings(Path.of("target", "test-home-explorer")), status,
                org.activationlab.app.shell.TaskRunner.synchronous())).shortcuts();
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().contains("Ctrl+E")));
        assertTrue(shortcuts.stream().anyMatch(s -> s.keys().startsWith("R")));
    }

    private static int countNear(BufferedImage img, int rgb) {
        int n = 0;
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                int p = img.getRGB(x, y);
                if (Math.abs(((p >> 16) & 255) - ((rgb >> 16) & 255)) < 12 && Math.abs(((p >> 8) & 255) - ((rgb >> 8) & 255)) < 12
                        && Math.abs((p & 255) - (rgb & 255)) < 12) {
                    n++;
                }
            }
        }
        return n;
    }
}
