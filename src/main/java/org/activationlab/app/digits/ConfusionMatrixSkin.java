package org.activationlab.app.digits;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws a {@link ConfusionMatrixView}: summary line, axis titles, class labels, cells, colour key. */
final class ConfusionMatrixSkin extends CanvasSkin<ConfusionMatrixView> {
    private static final double PAD = 8;
    private static final Color ZERO_TEXT = Color.web("#8c959f");
    private final Texts texts = new Texts();
    private double lastLeft;
    private double lastTop;
    private double lastCell;

    ConfusionMatrixSkin(ConfusionMatrixView view) {
        super(view);
        watch(view.countsProperty(), view.classNamesProperty(), view.fontSizeProperty());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        ConfusionMatrixView v = getSkinnable();
        int[][] c = v.countsProperty().get();
        int n = c == null ? Math.max(1, v.classNamesProperty().get().size()) : c.length;
        List<String> names = v.classNamesProperty().get();
        double fs = v.fontSizeProperty().get();
        Font font = Texts.regular(fs);
        Font bold = Texts.bold(fs);
        double line = fs * 1.6;
        double labelW = 0;
        for (int i = 0; i < n; i++) {
            labelW = Math.max(labelW, texts.width(Texts.name(names, i), font));
        }
        double keyW = Math.max(2 * fs + texts.width("100 %", font), texts.width("true row", font)) + fs;
        double left = PAD + line + labelW + 6;
        double availW = w - left - PAD - keyW;
        // column labels go vertical when they do not fit side by side
        double cellGuess = Math.min(availW, h - 2 * line - 2 * PAD - line) / n;
        boolean vertical = labelW > cellGuess - 4;
        double colLabelH = vertical ? labelW + 6 : line;
        double top = PAD + 2 * line + colLabelH;
        double cell = Math.floor(Math.max(4, Math.min(availW, h - top - PAD) / n));
        drawSummary(g, v, c, PAD, PAD + line / 2, font);
        Texts.centred(g, "predicted", left + cell * n / 2, PAD + line * 1.5, bold, DigitColors.TEXT);
        drawTrueTitle(g, PAD + line / 2, top + cell * n / 2, bold);
        for (int i = 0; i < n; i++) {
            String s = Texts.name(names, i);
            Texts.aligned(g, s, left - 6, top + (i + 0.5) * cell, font, DigitColors.TEXT, TextAlignment.RIGHT);
            drawColumnLabel(g, s, left + (i + 0.5) * cell, top - 4, vertical, font);
        }
        lastLeft = left;
        lastTop = top;
        lastCell = cell;
        drawCells(g, c, n, left, top, cell, fs);
        drawKey(g, left + cell * n + 2 * fs, top, Math.min(cell * n, 12 * fs), fs, font);
    }

    /** Where the last drawing put cell (t, p): {x, y, size} in the control's coordinates (tests). */
    double[] cellBounds(int t, int p) {
        return new double[] {lastLeft + p * lastCell, lastTop + t * lastCell, lastCell};
    }

    private void drawSummary(GraphicsContext g, ConfusionMatrixView v, int[][] c, double x, double y, Font f) {
        double acc = v.accuracy();
        String s;
        if (c == null) {
            s = "no predictions yet";
        } else if (Double.isNaN(acc)) {
            s = "no samples counted yet";
        } else {
            long total = 0;
            for (int[] row : c) {
                for (int k : row) {
                    total += k;
                }
            }
            s = String.format(Locale.ROOT, "accuracy %.1f %% of %,d samples (framed: correct)",
                    100 * acc, total);
        }
        Texts.aligned(g, s, x, y, f, DigitColors.MUTED, TextAlignment.LEFT);
    }

    private static void drawTrueTitle(GraphicsContext g, double x, double y, Font f) {
        g.save();
        g.translate(x, y);
        g.rotate(-90);
        Texts.centred(g, "true", 0, 0, f, DigitColors.TEXT);
        g.restore();
    }

    private static void drawColumnLabel(GraphicsContext g, String s, double x, double bottom, boolean vertical, Font f) {
        if (!vertical) {
            Texts.centred(g, s, x, bottom - f.getSize() * 0.7, f, DigitColors.TEXT);
            return;
        }
        g.save();
        g.translate(x, bottom);
        g.rotate(-90);
        Texts.aligned(g, s, 0, 0, f, DigitColors.TEXT, TextAlignment.LEFT);
        g.restore();
    }

    private void drawCells(GraphicsContext g, int[][] c, int n, double left, double top, double cell, double fs) {
        Font font = Texts.regular(fs);
        Font bold = Texts.bold(fs);
        for (int t = 0; t < n; t++) {
            long rowTotal = 0;
            if (c != null) {
                for (int k : c[t]) {
                    rowTotal += k;
                }
            }
            for (int p = 0; p < n; p++) {
                int k = c == null ? 0 : c[t][p];
                Color fill = k == 0 ? Color.WHITE : DigitColors.sequential(Math.sqrt((double) k / rowTotal));
                double x = left + p * cell;
                double y = top + t * cell;
                g.setFill(fill);
                g.fillRect(x, y, cell, cell);
                g.setStroke(DigitColors.GRID);
                g.setLineWidth(1);
                g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
                if (c != null) {
                    drawCount(g, k, t == p, x, y, cell, t == p ? bold : font, fill);
                }
            }
        }
        for (int d = 0; d < n; d++) { // frame the diagonal last so neighbours do not paint over it
            double x = left + d * cell;
            double y = top + d * cell;
            g.setStroke(DigitColors.TEXT);
            g.setLineWidth(3);
            g.strokeRect(x + 0.5, y + 0.5, cell - 1, cell - 1);
            g.setStroke(Color.WHITE); // an inner white line keeps the frame visible on a dark cell
            g.setLineWidth(1);
            g.strokeRect(x + 2.5, y + 2.5, cell - 5, cell - 5);
        }
    }

    private void drawCount(GraphicsContext g, int k, boolean diagonal, double x, double y, double cell, Font f,
            Color fill) {
        String s = Integer.toString(k);
        Font fit = f;
        if (texts.width(s, fit) > cell - 3) {
            // one step smaller (never below 12 px) before giving up: large counts in small cells
            double smaller = Math.max(12, f.getSize() * 0.82);
            fit = diagonal ? Texts.bold(smaller) : Texts.regular(smaller);
            if (texts.width(s, fit) > cell - 2) {
                return; // the colour still shows it
            }
        }
        Color ink = k == 0 && !diagonal ? ZERO_TEXT : DigitColors.textOn(fill);
        Texts.centred(g, s, x + cell / 2, y + cell / 2, fit, ink);
    }

    private static void drawKey(GraphicsContext g, double x, double top, double height, double fs, Font f) {
        int steps = 60;
        double bw = fs;
        for (int i = 0; i < steps; i++) {
            g.setFill(DigitColors.sequential(1 - (double) i / steps)); // top = 100 %, on the square-root scale
            g.fillRect(x, top + height * i / steps, bw, Math.ceil(height / steps) + 1);
        }
        g.setStroke(DigitColors.MUTED);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, top + 0.5, bw, height);
        for (double share : new double[] {1, 0.5, 0.1, 0}) {
            double y = top + height * (1 - Math.sqrt(share));
            String s = String.format(Locale.ROOT, "%d %%", Math.round(share * 100));
            Texts.aligned(g, s, x + bw + 5, y, f, DigitColors.TEXT, TextAlignment.LEFT);
        }
        Texts.aligned(g, "of the", x, top + height + fs, f, DigitColors.MUTED, TextAlignment.LEFT);
        Texts.aligned(g, "true row", x, top + height + 2.2 * fs, f, DigitColors.MUTED, TextAlignment.LEFT);
    }
}
