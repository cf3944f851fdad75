package org.activationlab.app.digits;

import java.util.Locale;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/**
 * Draws a {@link WeightGridView}: caption, colour key, and the tiles. All tiles are written at one
 * pixel per weight into one image (rebuilt only when the weights or the scale mode change) and
 * scaled up without smoothing, so a weight stays a crisp square.
 */
final class WeightGridSkin extends CanvasSkin<WeightGridView> {
    private static final double PAD = 8;
    private static final double GAP = 4;
    private WritableImage atlas;
    private WeightTiles atlasFor;
    private boolean atlasGlobal;
    private TileLayout lastLayout;
    private double lastTop;

    WeightGridSkin(WeightGridView view) {
        super(view);
        watch(view.tilesProperty(), view.globalScaleProperty(), view.fontSizeProperty());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        WeightGridView v = getSkinnable();
        WeightTiles t = v.tilesProperty().get();
        double fs = v.fontSizeProperty().get();
        Font font = Texts.regular(fs);
        double line = fs * 1.6;
        boolean global = v.globalScaleProperty().get();
        Texts.aligned(g, caption(t, global), PAD, PAD + line / 2, font, DigitColors.TEXT, TextAlignment.LEFT);
        drawKey(g, PAD, PAD + line, Math.min(w - 2 * PAD, 22 * fs), fs, font, t, global);
        if (t == null || t.shown() == 0) {
            return;
        }
        double top = PAD + 3.2 * line;
        TileLayout lay = TileLayout.fit(t.shown(), w - 2 * PAD, h - top - PAD, GAP, 0, 1);
        lastLayout = lay;
        lastTop = top;
        WritableImage img = atlas(t, global);
        int side = t.side();
        for (int u = 0; u < t.shown(); u++) {
            double[] b = tileBounds(u);
            double x = b[0];
            double y = b[1];
            g.drawImage(img, Atlas.x(u, side), Atlas.y(u, side), side, side, x, y, lay.tile(), lay.tile());
            g.setStroke(DigitColors.GRID);
            g.setLineWidth(1);
            g.strokeRect(x - 0.5, y - 0.5, lay.tile() + 1, lay.tile() + 1);
        }
    }

    /** Where the last drawing put unit u's tile: {x, y, size} (tests). */
    double[] tileBounds(int u) {
        return new double[] {PAD + (u % lastLayout.columns()) * (lastLayout.tile() + GAP),
            lastTop + (u / lastLayout.columns()) * (lastLayout.tile() + GAP), lastLayout.tile()};
    }

    private static String caption(WeightTiles t, boolean global) {
        if (t == null) {
            return "no weights yet";
        }
        String shown = t.shown() < t.units() ? t.shown() + " of " + t.units() + " units" : t.units() + " units";
        return shown + " · " + (global ? "one scale for all tiles" : "each tile scaled to its own max |w|");
    }

    private void drawKey(GraphicsContext g, double x, double y, double width, double fs, Font f, WeightTiles t,
            boolean global) {
        double bh = fs * 0.9;
        int steps = 80;
        for (int i = 0; i < steps; i++) {
            g.setFill(DigitColors.diverging(-1 + 2.0 * (i + 0.5) / steps));
            g.fillRect(x + width * i / steps, y + 4, Math.ceil(width / steps) + 1, bh);
        }
        g.setStroke(DigitColors.MUTED);
        g.setLineWidth(1);
        g.strokeRect(x + 0.5, y + 4.5, width, bh);
        String m = t == null ? "max" : global ? String.format(Locale.ROOT, "%.3g", t.maxAbs()) : "max";
        double ly = y + 4 + bh + fs * 0.9;
        Texts.aligned(g, "−" + m + " (blue)", x, ly, f, DigitColors.TEXT, TextAlignment.LEFT);
        Texts.centred(g, "0", x + width / 2, ly, f, DigitColors.TEXT);
        Texts.aligned(g, "+" + m + " (orange)", x + width, ly, f, DigitColors.TEXT, TextAlignment.RIGHT);
    }

    private WritableImage atlas(WeightTiles t, boolean global) {
        if (atlas != null && atlasFor == t && atlasGlobal == global) {
            return atlas;
        }
        int side = t.side();
        int width = Atlas.width(t.shown(), side);
        int height = Atlas.height(t.shown(), side);
        int[] argb = new int[width * height];
        float globalMax = t.maxAbs();
        for (int u = 0; u < t.shown(); u++) {
            float m = global ? globalMax : t.maxAbs(u);
            double inv = m > 0 ? 1.0 / m : 0;
            int unit = u;
            Atlas.put(argb, width, u, side, p -> {
                float wgt = t.weight(unit, p);
                return DigitColors.divergingArgb(Float.isFinite(wgt) ? wgt * inv : 0);
            });
        }
        if (atlas == null || (int) atlas.getWidth() != width || (int) atlas.getHeight() != height) {
            atlas = new WritableImage(width, height);
        }
        atlas.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        atlasFor = t;
        atlasGlobal = global;
        return atlas;
    }
}
