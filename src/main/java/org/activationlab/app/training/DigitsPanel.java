package org.activationlab.app.training;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

/**
 * The digit visuals of the training screen, kept in one class so the shared digit controls
 * (package {@code app.digits}) can replace these simple stand-ins in one place: a confusion
 * matrix, first-layer weights as images, test digits with predictions (mistakes in red), and a
 * drawing pad with class-probability bars.
 */
final class DigitsPanel {
    private static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");
    private final Canvas confusion = new Canvas(330, 330);
    private final Canvas weights = new Canvas(330, 330);
    private final Canvas samples = new Canvas(330, 250);
    private final Canvas pad = new Canvas(196, 196);
    private final Canvas bars = new Canvas(130, 196);
    private final float[] ink = new float[PAD_SIDE * PAD_SIDE];
    private static final int PAD_SIDE = 112;
    private float[] digit;
    private double lastX = Double.NaN;
    private double lastY;
    private int[][] counts;

    DigitsPanel() {
        confusion.setId("confusion-matrix");
        pad.setId("drawing-pad");
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> { lastX = Double.NaN; stroke(e); });
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, this::stroke);
        pad.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> lastX = Double.NaN);
        clearPad();
        setCounts(null);
        setProbabilities(null);
    }

    Canvas confusionView() { return confusion; }
    Canvas weightsView() { return weights; }
    Canvas samplesView() { return samples; }

    /** The pad, the bars beside it and a Clear button; {@code onDigit} gets 784 values (null when cleared). */
    Pane drawingView(Consumer<float[]> onDigit) {
        Button clear = new Button("Clear");
        clear.setId("clear-pad");
        clear.setTooltip(new Tooltip("Wipe the pad and draw another digit"));
        clear.setOnAction(e -> { clearPad(); onDigit.accept(null); });
        pad.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> onDigit.accept(digit));
        pad.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> onDigit.accept(digit));
        Tooltip.install(pad, new Tooltip("Draw a digit with the mouse; it is centred and scaled like MNIST"));
        Label hint = new Label("Draw a digit");
        return new VBox(6, hint, new HBox(8, pad, bars), clear);
    }

    /** The last drawn digit as 784 values, or null. */
    float[] digit() {
        return digit == null ? null : digit.clone();
    }

    int[][] counts() {
        return counts;
    }

    void setCounts(int[][] c) {
        counts = c;
        GraphicsContext g = confusion.getGraphicsContext2D();
        double w = confusion.getWidth();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, w, w);
        double cell = (w - 40) / 10;
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.setFill(Color.BLACK);
        for (int i = 0; i < 10; i++) {
            g.fillText(DIGITS.get(i), 30 + (i + 0.5) * cell, 12);
            g.fillText(DIGITS.get(i), 12, 30 + (i + 0.5) * cell - 6);
        }
        g.setFont(Font.font(10));
        g.setFill(Color.gray(0.35));
        g.fillText("true ↓  answer →", 30 + 5 * cell, w - 5);
        if (c == null) {
            return;
        }
        int max = 1;
        for (int[] row : c) {
            for (int v : row) {
                max = Math.max(max, v);
            }
        }
        g.setFont(Font.font(11));
        for (int i = 0; i < 10; i++) {
            for (int j = 0; j < 10; j++) {
                double t = Math.sqrt(c[i][j] / (double) max);
                Color base = i == j ? Color.web("#0072B2") : Color.web("#D55E00");
                g.setFill(Color.WHITE.interpolate(base, t));
                g.fillRect(30 + j * cell, 24 + i * cell, cell - 1, cell - 1);
                if (c[i][j] > 0) {
                    g.setFill(t > 0.55 ? Color.WHITE : Color.BLACK);
                    g.fillText(Integer.toString(c[i][j]), 30 + (j + 0.5) * cell, 24 + (i + 0.5) * cell);
                }
            }
        }
    }

    void setWeights(float[] w, int units) {
        GraphicsContext g = weights.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, weights.getWidth(), weights.getHeight());
        if (w == null || units == 0) {
            return;
        }
        int shown = Math.min(units, 36);
        int cols = (int) Math.ceil(Math.sqrt(shown));
        double side = weights.getWidth() / cols;
        double px = (side - 2) / 28;
        for (int u = 0; u < shown; u++) {
            float max = 1e-6f;
            for (int i = 0; i < 784; i++) {
                max = Math.max(max, Math.abs(w[u * 784 + i]));
            }
            double ox = (u % cols) * side;
            double oy = (u / cols) * side;
            for (int i = 0; i < 784; i++) {
                double v = w[u * 784 + i] / max;
                g.setFill(v >= 0 ? Color.WHITE.interpolate(Color.web("#0072B2"), v) : Color.WHITE.interpolate(Color.web("#D55E00"), -v));
                g.fillRect(ox + (i % 28) * px, oy + (i / 28) * px, px + 0.5, px + 0.5);
            }
        }
    }

    void setSamples(List<Prediction> list) {
        GraphicsContext g = samples.getGraphicsContext2D();
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, samples.getWidth(), samples.getHeight());
        if (list == null) {
            return;
        }
        int cols = 6;
        double side = samples.getWidth() / cols;
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.setTextAlign(TextAlignment.CENTER);
        for (int k = 0; k < list.size(); k++) {
            Prediction p = list.get(k);
            double ox = (k % cols) * side;
            double oy = (k / cols) * (side + 6);
            double px = (side - 20) / 28;
            for (int i = 0; i < 784; i++) {
                g.setFill(Color.gray(1 - p.pixels()[i]));
                g.fillRect(ox + 10 + (i % 28) * px, oy + (i / 28) * px, px + 0.5, px + 0.5);
            }
            g.setFill(p.correct() ? Color.web("#006B4F") : Color.web("#C0392B"));
            g.fillText(p.correct() ? Integer.toString(p.predicted()) : p.label() + "→" + p.predicted(),
                    ox + side / 2, oy + side + 2);
            if (!p.correct()) {
                g.setStroke(Color.web("#C0392B"));
                g.setLineWidth(2.5);
                g.strokeRect(ox + 9, oy - 1, side - 18, side - 18);
            }
        }
    }

    void setProbabilities(double[] p) {
        GraphicsContext g = bars.getGraphicsContext2D();
        double h = bars.getHeight() / 10;
        g.setFill(Color.WHITE);
        g.fillRect(0, 0, bars.getWidth(), bars.getHeight());
        g.setFont(Font.font(null, FontWeight.BOLD, 13));
        g.setTextBaseline(VPos.CENTER);
        int best = p == null ? -1 : Evaluation.argmax(p);
        for (int i = 0; i < 10; i++) {
            g.setFill(Color.BLACK);
            g.setTextAlign(TextAlignment.LEFT);
            g.fillText(DIGITS.get(i), 2, (i + 0.5) * h);
            if (p != null) {
                g.setFill(i == best ? Color.web("#0072B2") : Color.web("#9DB9D3"));
                g.fillRect(16, i * h + 2, (bars.getWidth() - 56) * p[i], h - 4);
                g.setFill(Color.BLACK);
                g.fillText(String.format(Locale.ROOT, "%.0f%%", p[i] * 100), bars.getWidth() - 38, (i + 0.5) * h);
            }
        }
    }

    private void clearPad() {
        java.util.Arrays.fill(ink, 0f);
        digit = null;
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setFill(Color.BLACK);
        g.fillRect(0, 0, pad.getWidth(), pad.getHeight());
    }

    private void stroke(MouseEvent e) {
        double x = e.getX();
        double y = e.getY();
        GraphicsContext g = pad.getGraphicsContext2D();
        g.setStroke(Color.WHITE);
        g.setLineWidth(16);
        g.setLineCap(javafx.scene.shape.StrokeLineCap.ROUND);
        double x0 = Double.isNaN(lastX) ? x : lastX;
        double y0 = Double.isNaN(lastX) ? y : lastY;
        g.strokeLine(x0, y0, x, y);
        double s = PAD_SIDE / pad.getWidth();
        int steps = (int) Math.ceil(Math.hypot(x - x0, y - y0) * s) + 1;
        for (int k = 0; k <= steps; k++) {
            stamp((x0 + (x - x0) * k / steps) * s, (y0 + (y - y0) * k / steps) * s, 8 * s * 1.0);
        }
        lastX = x;
        lastY = y;
        digit = toMnist(ink, PAD_SIDE);
    }

    private void stamp(double cx, double cy, double r) {
        for (int yy = (int) Math.max(0, cy - r - 1); yy < Math.min(PAD_SIDE, cy + r + 1); yy++) {
            for (int xx = (int) Math.max(0, cx - r - 1); xx < Math.min(PAD_SIDE, cx + r + 1); xx++) {
                double d = Math.hypot(xx + 0.5 - cx, yy + 0.5 - cy);
                float v = (float) Math.max(0, Math.min(1, r + 0.5 - d));
                ink[yy * PAD_SIDE + xx] = Math.max(ink[yy * PAD_SIDE + xx], v);
            }
        }
    }

    /** MNIST-like: the ink's bounding box scaled to fit 20×20, placed so its centre of mass is at the centre of 28×28. */
    static float[] toMnist(float[] src, int side) {
        int x0 = side, y0 = side, x1 = -1, y1 = -1;
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                if (src[y * side + x] > 0.05f) {
                    x0 = Math.min(x0, x); x1 = Math.max(x1, x); y0 = Math.min(y0, y); y1 = Math.max(y1, y);
                }
            }
        }
        if (x1 < 0) {
            return null;
        }
        double scale = 20.0 / Math.max(x1 - x0 + 1, y1 - y0 + 1);
        float[] box = new float[28 * 28];
        float[] wsum = new float[28 * 28];
        for (int y = y0; y <= y1; y++) {
            for (int x = x0; x <= x1; x++) {
                int bx = (int) ((x - x0 + 0.5) * scale);
                int by = (int) ((y - y0 + 0.5) * scale);
                box[by * 28 + bx] += src[y * side + x];
                wsum[by * 28 + bx] += 1;
            }
        }
        double mx = 0, my = 0, m = 0;
        for (int i = 0; i < box.length; i++) {
            box[i] = wsum[i] > 0 ? box[i] / wsum[i] : 0;
            mx += box[i] * (i % 28);
            my += box[i] * (i / 28);
            m += box[i];
        }
        int dx = (int) Math.round(13.5 - mx / m);
        int dy = (int) Math.round(13.5 - my / m);
        float[] out = new float[784];
        for (int i = 0; i < box.length; i++) {
            int x = i % 28 + dx;
            int y = i / 28 + dy;
            if (box[i] > 0 && x >= 0 && x < 28 && y >= 0 && y < 28) {
                out[y * 28 + x] = Math.min(1f, box[i]);
            }
        }
        return out;
    }
}
