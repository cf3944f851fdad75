package org.activationlab.app.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The four read-only views render what they are given, readably; PNGs go to target/snapshots. */
@ExtendWith(ApplicationExtension.class)
class DigitViewsTest {
    private ConfusionMatrixView matrix;
    private WeightGridView weights;
    private DigitGridView digits;
    private ProbabilityBars bars;
    private StackPane root;

    @Start
    void start(Stage stage) {
        matrix = new ConfusionMatrixView();
        weights = new WeightGridView();
        digits = new DigitGridView();
        bars = new ProbabilityBars();
        root = new StackPane();
        // the headless screen is 1280×800: a larger window breaks rendering
        stage.setScene(new Scene(root, 620, 620));
        stage.show();
    }

    /** Shows one control (at the size a side panel of the training screen would give it). */
    private void show(javafx.scene.control.Control c) {
        Fx.run(() -> root.getChildren().setAll(c));
    }

    private static <S> S skin(javafx.scene.control.Control c, Class<S> type) {
        return Fx.call(() -> type.cast(c.getSkin()));
    }

    @Test
    void confusionMatrixShowsCountsWithTheDiagonalFramed() throws Exception {
        show(matrix);
        Fx.run(() -> matrix.setCounts(TestData.confusion()));
        WritableImage img = Fx.write(matrix, "confusion-matrix.png");
        assertTrue(Fx.nonWhite(img, 0, 0, img.getWidth(), img.getHeight()) > 20_000);
        ConfusionMatrixSkin s = skin(matrix, ConfusionMatrixSkin.class);
        double[] diag = Fx.call(() -> s.cellBounds(1, 1));
        assertTrue(diag[2] >= 36, "cells big enough for a 4-digit count: " + diag[2]);
        // a diagonal cell is dark with white digits in its middle; its frame is near-black
        int white = Fx.count(img, diag[0] + 6, diag[1] + 6, diag[2] - 12, diag[2] - 12, c -> c.getBrightness() > 0.9);
        assertTrue(white > 20, "count text drawn in the diagonal cell: " + white + " light pixels");
        int frame = Fx.count(img, diag[0] + 1, diag[1] + 1, diag[2] - 2, 2, c -> Fx.near(c, DigitColors.TEXT, 0.15));
        assertTrue(frame > diag[2] / 2, "diagonal framed: " + frame);
        // a zero cell is white with a grey "0"; an error cell (4→9, 31 samples) is tinted
        double[] zero = Fx.call(() -> s.cellBounds(0, 1));
        int zeroInk = Fx.nonWhite(img, zero[0] + 4, zero[1] + 4, zero[2] - 8, zero[2] - 8);
        assertTrue(zeroInk > 5 && zeroInk < zero[2] * zero[2] / 4, "a small 0 in an empty cell: " + zeroInk);
        double[] err = Fx.call(() -> s.cellBounds(4, 9));
        Color errFill = img.getPixelReader().getColor((int) err[0] + 3, (int) err[1] + 3);
        assertTrue(errFill.getBrightness() < 0.97 && !Fx.near(errFill, Color.WHITE, 0.05), "error cell tinted: " + errFill);
        assertEquals(1 - 167 / 10_000.0, Fx.call(matrix::accuracy), 1e-12); // 167 errors planted
    }

    @Test
    void confusionMatrixTakesFashionNamesAndRefusesRaggedCounts() throws Exception {
        show(matrix);
        Fx.run(() -> {
            matrix.setClassNames(TestData.fashionNames());
            matrix.setCounts(TestData.confusion());
        });
        WritableImage img = Fx.write(matrix, "confusion-matrix-fashion.png");
        assertTrue(Fx.nonWhite(img, 0, 0, img.getWidth(), img.getHeight()) > 20_000);
        assertThrows(IllegalArgumentException.class, () -> matrix.setCounts(new int[][] {{1, 2}, {3}}));
        assertThrows(IllegalArgumentException.class, () -> matrix.setCounts(new int[][] {{1, -2}, {3, 4}}));
    }

    @Test
    void weightTilesUseBlueForNegativeAndOrangeForPositive() throws Exception {
        float[] w = TestData.weights(100);
        // unit 0: left half -1, right half +1, so its tile is half blue, half orange
        for (int p = 0; p < 784; p++) {
            w[p] = p % 28 < 14 ? -1f : 1f;
        }
        show(weights);
        Fx.run(() -> weights.setWeights(w, 100, 784, 28));
        WritableImage img = Fx.write(weights, "weight-grid.png");
        assertEquals(64, Fx.call(() -> weights.tilesProperty().get().shown()));
        int blue = Fx.count(img, 0, 0, img.getWidth(), img.getHeight(), c -> Fx.near(c, DigitColors.NEGATIVE, 0.03));
        int orange = Fx.count(img, 0, 0, img.getWidth(), img.getHeight(), c -> Fx.near(c, DigitColors.POSITIVE, 0.03));
        assertTrue(blue > 500 && orange > 500, "full-strength blue " + blue + " and orange " + orange);
        // the tile's last column is orange to the edge: no bleeding from the neighbouring tile
        WeightGridSkin skin = skin(weights, WeightGridSkin.class);
        double[] b = Fx.call(() -> skin.tileBounds(0));
        int edge = Fx.count(img, b[0] + b[2] - 1, b[1] + 2, 1, b[2] - 4, c -> Fx.near(c, DigitColors.POSITIVE, 0.03));
        assertEquals((int) b[2] - 4, edge, "orange up to the tile's right edge");
        Fx.run(() -> weights.globalScaleProperty().set(true));
        Fx.write(weights, "weight-grid-global.png");
        assertThrows(IllegalArgumentException.class, () -> weights.setWeights(new float[10], 2, 5, 2));
        assertThrows(IllegalArgumentException.class, () -> weights.setWeights(new float[10], 2, 4, 2));
    }

    @Test
    void mistakesAreFramedAndLabelledTrueArrowPredicted() throws Exception {
        List<DigitSample> samples = TestData.samples(40);
        show(digits);
        Fx.run(() -> digits.setSamples(samples));
        WritableImage img = Fx.write(digits, "digit-grid.png");
        DigitGridSkin s = skin(digits, DigitGridSkin.class);
        for (int i : new int[] {3, 4}) { // sample 3 is right, sample 4 wrong (1→7)
            double[] b = Fx.call(() -> s.tileBounds(i));
            int frame = Fx.count(img, b[0] - 3, b[1] - 3, b[2] + 6, 3, c -> Fx.near(c, DigitColors.MISTAKE, 0.1));
            int ink = Fx.nonWhite(img, b[0] + 2, b[1] + 2, b[2] - 4, b[2] - 4);
            assertTrue(ink > b[2] * 2, "digit " + i + " drawn: " + ink);
            if (samples.get(i).isMistake()) {
                assertTrue(frame > b[2], "mistake " + i + " framed: " + frame);
            } else {
                assertEquals(0, frame, "correct " + i + " not framed");
            }
        }
        assertEquals("1→7", DigitGridView.labelOf(samples.get(4), Texts.indexNames(10)));
        assertEquals("0", DigitGridView.labelOf(samples.get(0), Texts.indexNames(10)));
        assertEquals("Trouser→Sneaker", DigitGridView.labelOf(samples.get(4), TestData.fashionNames()));
    }

    @Test
    void probabilityBarsEmphasiseTheTopClass() throws Exception {
        double[] p = {0.01, 0.03, 0.02, 0.05, 0.01, 0.02, 0.01, 0.78, 0.02, 0.05};
        show(bars);
        Fx.run(() -> bars.setProbabilities(p));
        WritableImage img = Fx.write(bars, "probability-bars.png");
        assertEquals(7, Fx.call(bars::topClass));
        int strong = Fx.count(img, 0, 0, img.getWidth(), img.getHeight(), c -> Fx.near(c, DigitColors.BAR_TOP, 0.03));
        int weak = Fx.count(img, 0, 0, img.getWidth(), img.getHeight(), c -> Fx.near(c, DigitColors.BAR_OTHER, 0.03));
        assertTrue(strong > 3 * weak, "top bar long and dark: " + strong + " vs others " + weak);
        Fx.run(() -> bars.setProbabilities(null));
        assertEquals(0, Fx.count(Fx.snapshot(bars), 0, 0, img.getWidth(), img.getHeight(),
                c -> Fx.near(c, DigitColors.BAR_TOP, 0.03)));
    }

    @Test
    void manyChangesInOnePulseCauseOneRedraw() {
        show(matrix);
        ConfusionMatrixSkin s = skin(matrix, ConfusionMatrixSkin.class);
        // layout passes run here, inside each FX call, as a pulse would: no pulse timing involved
        long before = Fx.call(() -> {
            root.applyCss();
            root.layout();
            return s.redrawCount();
        });
        long after = Fx.call(() -> {
            for (int i = 0; i < 20; i++) {
                matrix.setCounts(TestData.confusion());
                matrix.fontSizeProperty().set(15 + i % 2);
            }
            root.layout();
            return s.redrawCount();
        });
        assertEquals(before + 1, after);
    }
}
