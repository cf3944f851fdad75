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

    /** Measures as {@link Measuring}, scaled by the font size, and keeps the fonts text was drawn in. */
    private static final class Recording implements PlotGraphics {
        final java.util.Map<String, Double> sizeOf = new java.util.HashMap<>();
        final java.util.Map<String, Double> xOf = new java.util.HashMap<>();
        @Override public void fillRect(double x, double y, double w, double h, Color fill) { }
        @Override public void strokeRect(double x, double y, double w, double h, Color stroke, double width) { }
        @Override public void line(double x1, double y1, double x2, double y2, Color stroke, double width) { }
        @Override public void polyline(double[] xs, double[] ys, int n, Color stroke, double width, double[] dashes) { }
        @Override public void circle(double cx, double cy, double r, Color fill, Color stroke) { }

        @Override
        public void text(String s, double x, double y, Font font, Color fill, Align align, double rotate) {
            sizeOf.put(s, font.getSize());
            xOf.put(s, x);
        }

        @Override
        public double textWidth(String s, Font font) {
            return 0.6 * font.getSize() * s.length();
        }
    }

    @Test
    void textAndItsRoomGrowWithTheTextScale() {
        PlotSeries line = PlotSeries.solid("f(x)", new double[] {0, 1}, new double[] {0, 1}, Color.BLUE, 2);
        double[] top = new double[2];
        double[] left = new double[2];
        Recording[] drawn = {new Recording(), new Recording()};
        double[] scales = {1, 1.5};
        for (int i = 0; i < 2; i++) {
            PlotSnapshot s = new PlotSnapshot("Title", "x", "y", List.of(line), List.of(), AxisScale.LINEAR,
                    AxisScale.LINEAR, new PlotRange(0, 1, 0, 1), LegendPosition.TOP_LEFT, scales[i]);
            PlotRenderer r = new PlotRenderer();
            PlotFrame f = r.layout(s, 600, 400, drawn[i]);
            r.draw(s, f, 600, 400, drawn[i]);
            top[i] = f.top();
            left[i] = f.left();
        }
        for (String text : List.of("Title", "x", "y", "f(x)")) {
            assertTrue(Math.abs(drawn[1].sizeOf.get(text) - 1.5 * drawn[0].sizeOf.get(text)) < 1e-9,
                    text + ": " + drawn[0].sizeOf.get(text) + " px → " + drawn[1].sizeOf.get(text) + " px");
        }
        assertTrue(drawn[0].sizeOf.get("Title") >= 18, "the title stays projector-sized at scale 1");
        assertTrue(top[1] > top[0] && left[1] > left[0], "more room for the larger title and labels: top "
                + top[0] + " → " + top[1] + ", left " + left[0] + " → " + left[1]);
        assertTrue(PlotText.of(Double.NaN).scale() == 1 && PlotText.of(100).scale() == PlotText.MAX_SCALE,
                "a scale that makes no sense is not honoured");
    }

    @Test
    void aTitleTooWideForItsPlotIsShrunkThenCutButNeverRunsOffTheDrawing() {
        String title = "Gradient size per layer";
        for (double w : new double[] {600, 260, 120}) {
            Recording g = new Recording();
            PlotSnapshot s = new PlotSnapshot(title, "epoch", "norm", List.of(), List.of(), AxisScale.LINEAR,
                    AxisScale.LINEAR, new PlotRange(0, 1, 0, 1), LegendPosition.HIDDEN, 1.5);
            PlotRenderer r = new PlotRenderer();
            r.draw(s, r.layout(s, w, 300, g), w, 300, g);
            String shown = g.sizeOf.keySet().stream().filter(t -> t.startsWith("Grad")).findFirst().orElseThrow();
            double size = g.sizeOf.get(shown);
            double half = 0.6 * size * shown.length() / 2;
            assertTrue(g.xOf.get(shown) - half >= 0 && g.xOf.get(shown) + half <= w,
                    "'" + shown + "' at " + size + " px spans " + (g.xOf.get(shown) - half) + ".." + (g.xOf.get(shown) + half)
                            + " in a drawing " + w + " px wide");
            if (w == 600) {
                assertTrue(shown.equals(title) && size == 27, "room enough: whole, at 1.5 × 18 px");
            } else if (w == 260) {
                assertTrue(shown.equals(title) && size < 27 && size >= Fitted.MIN_SIZE, "shrunk to " + size);
            } else {
                assertTrue(shown.endsWith("…") && size == Fitted.MIN_SIZE, "cut: '" + shown + "'");
            }
        }
    }

    @Test
    void theLastXTickLabelStaysInsideTheDrawing() {
        for (double xMax : new double[] {5000, 1000, 123456, 1.0}) {
            for (double w : new double[] {180, 260, 400}) {
                PlotSnapshot s = new PlotSnapshot("", "step", "loss", List.of(), List.of(), AxisScale.LINEAR,
                        AxisScale.LINEAR, new PlotRange(0, xMax, 0, 1), LegendPosition.HIDDEN, 1);
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
