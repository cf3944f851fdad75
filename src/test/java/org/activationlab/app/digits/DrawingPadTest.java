package org.activationlab.app.digits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import javafx.geometry.Bounds;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** Drawing with the robot's mouse on the pad gives an MNIST-like digit; every way of clearing empties it. */
@ExtendWith(ApplicationExtension.class)
class DrawingPadTest {
    private DrawingPad pad;
    private ProbabilityBars bars;

    @Start
    void start(Stage stage) {
        pad = new DrawingPad();
        bars = new ProbabilityBars();
        // the teaching use: the bars follow the pad (here a fake "model": ink share per third of the image)
        pad.digitProperty().addListener((o, a, d) -> bars.setProbabilities(d == null ? null : fakeModel(d)));
        stage.setScene(new Scene(new StackPane(pad), 420, 500));
        stage.show();
    }

    private static double[] fakeModel(float[] d) {
        double[] p = new double[10];
        double sum = 1e-9;
        for (int i = 0; i < d.length; i++) {
            p[(i % 28) / 3] += d[i];
            sum += d[i];
        }
        for (int i = 0; i < 10; i++) {
            p[i] /= sum;
        }
        return p;
    }

    private Node sheet() {
        return Fx.call(() -> ((DrawingPadSkin) pad.getSkin()).getChildren().get(0));
    }

    /** Screen point at fraction (fx, fy) of the drawing area. */
    private Point2D at(double fx, double fy) {
        Node n = sheet();
        Bounds b = Fx.call(() -> n.localToScreen(n.getLayoutBounds()));
        return new Point2D(b.getMinX() + fx * b.getWidth(), b.getMinY() + fy * b.getHeight());
    }

    /** An upright stroke in the pad's upper-left quarter: a "1" drawn off-centre. */
    private void drawOne(FxRobot robot) {
        robot.moveTo(at(0.25, 0.1)).press(MouseButton.PRIMARY);
        for (int i = 1; i <= 10; i++) {
            robot.moveTo(at(0.25 + 0.005 * i, 0.1 + 0.035 * i));
        }
        robot.release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private float[] digit() {
        return Fx.call(() -> pad.digitProperty().get());
    }

    @Test
    void drawnStrokeBecomesACentredDigit(FxRobot robot) throws Exception {
        assertNull(digit());
        Fx.write(pad, "drawing-pad-empty.png");
        drawOne(robot);
        float[] d = digit();
        assertNotNull(d, "drawing sets the digit");
        assertEquals(784, d.length);
        double m = 0;
        double mx = 0;
        double my = 0;
        for (int i = 0; i < 784; i++) {
            assertTrue(d[i] >= 0 && d[i] <= 1);
            m += d[i];
            mx += d[i] * (i % 28 + 0.5);
            my += d[i] * (i / 28 + 0.5);
        }
        assertEquals(14, mx / m, 0.5, "ink centred in x although drawn in the left quarter");
        assertEquals(14, my / m, 0.5, "ink centred in y");
        assertTrue(d[14 * 28 + 14] > 0.5 || d[14 * 28 + 13] > 0.5, "ink at the centre");
        WritableImage img = Fx.write(pad, "drawing-pad.png");
        Bounds b = Fx.call(() -> sheet().getBoundsInParent());
        int ink = Fx.count(img, b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight(), c -> c.getBrightness() < 0.3);
        assertTrue(ink > 300, "the stroke shows on the pad: " + ink + " dark pixels");
        assertNotNull(Fx.call(() -> bars.probabilitiesProperty().get()), "a listener got the digit");
    }

    @Test
    void deleteKeyRightClickAndClearButtonEachEmptyThePad(FxRobot robot) {
        drawOne(robot);
        assertNotNull(digit());
        robot.type(KeyCode.DELETE);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(digit(), "Delete clears");
        assertTrue(Fx.call(pad::isEmpty));

        drawOne(robot);
        assertNotNull(digit());
        robot.moveTo(at(0.5, 0.5)).clickOn(MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(digit(), "right-click clears");

        drawOne(robot);
        assertNotNull(digit());
        robot.clickOn("Clear");
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(digit(), "the Clear button clears");
        assertNull(Fx.call(() -> bars.probabilitiesProperty().get()));
    }

    @Test
    void manyPenMovesInOneFrameComputeTheDigitOnce() {
        AtomicInteger updates = new AtomicInteger();
        Fx.run(() -> pad.digitProperty().addListener((o, a, b) -> updates.incrementAndGet()));
        long before = Fx.call(pad::publishCount);
        Fx.run(() -> {
            pad.penDown(60, 60);
            for (int i = 1; i <= 200; i++) {
                pad.penTo(60 + i * 0.5, 60 + i);
            }
        });
        WaitForAsyncUtils.sleep(100, java.util.concurrent.TimeUnit.MILLISECONDS); // several pulses
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(before + 1, Fx.call(pad::publishCount));
        assertEquals(1, updates.get());
        assertNotNull(digit());
    }
}
