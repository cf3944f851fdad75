package org.activationlab.app.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.geometry.VerticalDirection;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PlotViewTest {
    private PlotView plot;

    private static double[] grid(int n, double a, double b) {
        double[] x = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = a + (b - a) * i / (n - 1);
        }
        return x;
    }

    @Start
    void start(Stage stage) {
        plot = new PlotView();
        plot.setTitle("Test plot");
        plot.setXLabel("x");
        plot.setYLabel("y");
        double[] x = grid(500, -5, 5);
        double[] y = new double[x.length];
        double[] y2 = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            y[i] = Math.tanh(x[i]);
            y2[i] = 1 - y[i] * y[i];
        }
        plot.getSeries().setAll(PlotSeries.solid("tanh", x, y, Palette.color(0), 3),
                PlotSeries.dashed("tanh'", x, y2, Palette.color(1), 3));
        plot.getBands().setAll(new PlotBand(Double.NEGATIVE_INFINITY, -3, Color.web("#E69F00", 0.25), "flat"));
        stage.setScene(new Scene(new StackPane(plot), 800, 500));
        stage.show();
    }

    private long redraws() {
        return WaitForAsyncUtils.waitForAsyncFx(5000, () -> ((PlotViewSkin) plot.getSkin()).redrawCount());
    }

    private static <T> T fx(java.util.concurrent.Callable<T> c) {
        return WaitForAsyncUtils.waitForAsyncFx(10_000, c);
    }

    @Test
    void manyChangesInOnePulseCauseOneRedraw() {
        WaitForAsyncUtils.waitForFxEvents();
        long before = redraws();
        WaitForAsyncUtils.waitForAsyncFx(5000, () -> {
            plot.setTitle("A");
            plot.setXLabel("B");
            plot.getBands().clear();
            plot.yScaleProperty().set(AxisScale.LOG10);
            plot.getSeries().setAll(plot.getSeries().get(1));
            plot.setTitle("C");
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, redraws());
    }

    @Test
    void wheelZoomsAroundTheCursorAndDoubleClickResets(FxRobot robot) {
        robot.moveTo(plot);
        double under = plot.crosshairXProperty().get();
        robot.scroll(2, VerticalDirection.DOWN);
        PlotRange r = plot.viewRangeProperty().get();
        assertNotNull(r);
        assertTrue(Math.abs((r.xMax() - r.xMin()) - 10) > 1, "zoomed: " + r);
        assertEquals(under, plot.crosshairXProperty().get(), 1e-6, "the point under the mouse stays put");
        robot.doubleClickOn(plot);
        assertNull(plot.viewRangeProperty().get());
    }

    @Test
    void dragPansTheView(FxRobot robot) {
        robot.drag(plot).moveBy(-100, 0).release(javafx.scene.input.MouseButton.PRIMARY);
        PlotRange r = plot.viewRangeProperty().get();
        assertNotNull(r);
        assertTrue(r.xMin() > -5 && Math.abs((r.xMax() - r.xMin()) - 10) < 1e-9, "moved right, same width: " + r);
    }

    @Test
    void crosshairReportsTheDataXUnderTheMouse(FxRobot robot) {
        robot.moveTo(plot);
        double x = plot.crosshairXProperty().get();
        assertTrue(Math.abs(x) < 1.0, "near the middle: " + x);
        robot.moveTo(plot).moveBy(0, 400);
        assertTrue(Double.isNaN(plot.crosshairXProperty().get()));
    }

    @Test
    void exportsPngSvgAndCsv(@TempDir Path dir) throws Exception {
        Path png = dir.resolve("p.png");
        Path svg = dir.resolve("p.svg");
        Path csv = dir.resolve("p.csv");
        fx(() -> {
            plot.writePng(png, 1.0);
            plot.writeSvg(svg);
            plot.writeCsv(csv);
            return null;
        });
        BufferedImage img = ImageIO.read(png.toFile());
        assertEquals((int) Math.ceil(plot.getWidth()), img.getWidth());
        assertEquals((int) Math.ceil(plot.getHeight()), img.getHeight());
        assertEquals(0xFFFFFFFF, img.getRGB(1, 1), "white background");
        String s = Files.readString(svg);
        assertTrue(s.contains("<polyline") && s.contains("stroke-dasharray") && s.contains(">Test plot</text>"));
        assertTrue(s.contains("fill=\"#e69f00\" fill-opacity=\"0.25\""), "the band is drawn");
        List<String> lines = Files.readAllLines(csv);
        assertEquals("x,tanh,tanh'", lines.get(0));
        assertEquals(501, lines.size());
        String[] last = lines.get(500).split(",");
        assertEquals(5.0, Double.parseDouble(last[0]));
        assertEquals(Math.tanh(5.0), Double.parseDouble(last[1]));
    }

    @Test
    void logAxisShowsDecadesAndSkipsValuesItCannotShow() throws Exception {
        String svg = fx(() -> {
            double[] x = grid(200, 0, 20);
            double[] y = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                y[i] = i == 0 ? 0.0 : Math.exp(-x[i]);
            }
            plot.getBands().clear();
            plot.getSeries().setAll(PlotSeries.solid("e^-x", x, y, Palette.color(2), 3));
            plot.yScaleProperty().set(AxisScale.LOG10);
            plot.resetView();
            return plot.toSvg();
        });
        assertTrue(svg.contains(">10⁻⁸</text>") || svg.contains(">10⁻⁶</text>"), "decade labels");
        assertTrue(svg.contains(">1</text>"));
        java.nio.file.Files.createDirectories(Path.of("target", "snapshots"));
        fx(() -> {
            plot.writePng(Path.of("target", "snapshots", "plot-log-axis.png"), 1.0);
            return null;
        });
        PlotRange r = fx(plot::effectiveRange);
        assertTrue(r.yMin() > 0 && r.yMin() < Math.exp(-19.9), "fits the positive values: " + r);
    }

    @Test
    void csvFallsBackToLongFormWhenXDiffers() {
        String csv = PlotExport.csv(List.of(
                PlotSeries.solid("a, b", new double[] {0, 1}, new double[] {2, 3}, Color.BLACK, 1),
                PlotSeries.solid(null, new double[] {5}, new double[] {6}, Color.BLACK, 1)));
        assertEquals("series,x,y\n\"a, b\",0.0,2.0\n\"a, b\",1.0,3.0\nseries 2,5.0,6.0\n", csv);
    }

    @Test
    void curvePixelsAppearInTheSeriesColour() {
        javafx.scene.image.WritableImage img = fx(() -> plot.renderImage(1.0));
        BufferedImage b = PlotExport.toBufferedImage(img);
        int blue = 0;
        for (int y = 0; y < b.getHeight(); y++) {
            for (int x = 0; x < b.getWidth(); x++) {
                if ((b.getRGB(x, y) & 0xFFFFFF) == 0x0072B2) {
                    blue++;
                }
            }
        }
        assertTrue(blue > 300, "tanh's line should be drawn in blue: " + blue + " pixels");
    }
}
