package org.activationlab.app.digits;

import java.util.List;
import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws {@link ProbabilityBars}: a row per class, name | bar | percentage, the top class emphasised. */
final class ProbabilityBarsSkin extends CanvasSkin<ProbabilityBars> {
    private static final double PAD = 8;
    private final Texts texts = new Texts();

    ProbabilityBarsSkin(ProbabilityBars bars) {
        super(bars);
        watch(bars.probabilitiesProperty(), bars.classNamesProperty(), bars.fontSizeProperty());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        ProbabilityBars v = getSkinnable();
        double[] p = v.probabilitiesProperty().get();
        List<String> names = v.classNamesProperty().get();
        int n = Math.max(names.size(), p == null ? 0 : p.length);
        if (n == 0) {
            return;
        }
        double fs = v.fontSizeProperty().get();
        Font font = Texts.regular(fs);
        Font bold = Texts.bold(fs);
        int top = v.topClass();
        double nameW = 0;
        for (int i = 0; i < n; i++) {
            nameW = Math.max(nameW, texts.width(Texts.name(names, i), bold));
        }
        double pctW = texts.width("100.0 % ◀", bold);
        double barX = PAD + nameW + 10;
        double barW = Math.max(10, w - barX - pctW - 2 * PAD);
        double rowH = Math.min((h - 2 * PAD) / n, fs * 2.4); // rows stay together in a tall area
        double barH = Math.max(4, Math.min(rowH * 0.7, fs * 1.4));
        for (int i = 0; i < n; i++) {
            double cy = PAD + (i + 0.5) * rowH;
            boolean isTop = i == top;
            Font f = isTop ? bold : font;
            double value = p != null && i < p.length ? DigitColors.clamp01(p[i]) : 0;
            Texts.aligned(g, Texts.name(names, i), barX - 10, cy, f, DigitColors.TEXT, TextAlignment.RIGHT);
            g.setFill(DigitColors.GRID.deriveColor(0, 1, 1, 0.45));
            g.fillRect(barX, cy - barH / 2, barW, barH);
            g.setFill(isTop ? DigitColors.BAR_TOP : DigitColors.BAR_OTHER);
            g.fillRect(barX, cy - barH / 2, barW * value, barH);
            String pct = p == null || i >= p.length ? "–" : String.format(Locale.ROOT, "%.1f %%", 100 * value);
            Texts.aligned(g, isTop ? pct + " ◀" : pct, barX + barW + 8, cy, f, DigitColors.TEXT, TextAlignment.LEFT);
        }
    }
}
