package org.activationlab.app.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@ExtendWith(ApplicationExtension.class)
class PlotLayoutTest {
    @Start
    void start(Stage stage) {
        // the toolkit only: fonts need it
    }

    /** Measures text as 8 px a character and draws nothing. */
    private static final class Measuring implements PlotGraphics {
        @Override public void fillRect(double x, double y, double w, double h, Color fill) { }
        @Override public void strokeRect(double x, double y, double w, double h, Color stroke, double width) { }
        @Override public void line(double x1, double y1, double x2, double y2, Color stroke, double width) { }
        @Override public void polyline(double[] xs, double[] ys, int n, Color stroke, double width, double[] dashes) { }
        @Override public void circle(double cx, double cy, double r, Color fill, Color stroke) { }
        @Override public void text(String s, double x, double y, Font font, Color fill, Align align, double rotate) { }

        @Override
        public double textWidth(String s, Font font) {
            return 8.0 * s.length();
        }
    }

    @Test
    void theLastXTickLabelStaysInsideTheDrawing() {
        for (double xMax : new double[] {5000, 1000, 123456, 1.0}) {
            for (double w : new double[] {180, 260, 400}) {
                PlotSnapshot s = new PlotSnapshot("", "step", "loss", List.of(), List.of(), AxisScale.LINEAR,
                        AxisScale.LINEAR, new PlotRange(0, xMax, 0, 1), LegendPosition.HIDDEN);
                PlotFrame f = new PlotRenderer().layout(s, w, 200, new Measuring());
                NiceTicks.Ticks t = f.xTicks();
                int last = t.size() - 1;
                double rightEnd = f.toPx(t.values()[last]) + 8.0 * t.labels()[last].length() / 2;
                assertTrue(rightEnd <= w - 2, "x up to " + xMax + " in " + w + " px: label '" + t.labels()[last]
                        + "' ends at " + rightEnd);
            }
        }
    }
}
