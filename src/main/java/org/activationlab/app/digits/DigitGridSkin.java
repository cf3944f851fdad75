package org.activationlab.app.digits;

import java.util.List;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.TextAlignment;

/** Draws a {@link DigitGridView}: caption, then tiles of image + label, mistakes framed and marked. */
final class DigitGridSkin extends CanvasSkin<DigitGridView> {
    private static final double PAD = 8;
    private static final double GAP = 10;
    private static final Color MISTAKE_STRIP = Color.web("#D55E00", 0.14);
    private final Texts texts = new Texts();
    private WritableImage atlas;
    private List<DigitSample> atlasFor;
    private TileLayout lastLayout;
    private double lastTop;
    private double lastLine;

    DigitGridSkin(DigitGridView view) {
        super(view);
        watch(view.samplesProperty(), view.classNamesProperty(), view.fontSizeProperty());
    }

    @Override
    void draw(GraphicsContext g, double w, double h) {
        DigitGridView v = getSkinnable();
        List<DigitSample> samples = v.samplesProperty().get();
        double fs = v.fontSizeProperty().get();
        Font font = Texts.regular(fs);
        Font bold = Texts.bold(fs);
        double line = fs * 1.6;
        Texts.aligned(g, caption(samples), PAD, PAD + line / 2, font, DigitColors.TEXT, TextAlignment.LEFT);
        if (samples.isEmpty()) {
            return;
        }
        List<String> names = v.classNamesProperty().get();
        double top = PAD + line + 6;
        TileLayout lay = TileLayout.fit(samples.size(), w - 2 * PAD, h - top - PAD, GAP, line, 3 * fs);
        lastLayout = lay;
        lastTop = top;
        lastLine = line;
        if (!labelsFit(samples, names, bold, lay.tile())) {
            names = List.of(); // names too long for the tiles: class numbers instead
        }
        WritableImage img = atlas(samples);
        int side = samples.get(0).side();
        for (int i = 0; i < samples.size(); i++) {
            DigitSample s = samples.get(i);
            double[] b = tileBounds(i);
            double x = b[0];
            double y = b[1];
            g.drawImage(img, Atlas.x(i, side), Atlas.y(i, side), side, side, x, y, lay.tile(), lay.tile());
            drawLabel(g, s, names, x, y + lay.tile(), lay.tile(), line, s.isMistake() ? bold : font);
        }
    }

    /** Where the last drawing put sample i's image: {x, y, size}; its label strip follows below (tests). */
    double[] tileBounds(int i) {
        double x = PAD + (i % lastLayout.columns()) * (lastLayout.tile() + GAP);
        double y = lastTop + (i / lastLayout.columns()) * (lastLayout.tile() + lastLine + GAP);
        return new double[] {x, y, lastLayout.tile(), lastLine};
    }

    private void drawLabel(GraphicsContext g, DigitSample s, List<String> names, double x, double y, double tile,
            double line, Font f) {
        String label = DigitGridView.labelOf(s, names);
        if (s.isMistake()) {
            g.setFill(MISTAKE_STRIP);
            g.fillRect(x, y, tile, line);
            g.setStroke(DigitColors.MISTAKE);
            g.setLineWidth(3);
            g.strokeRect(x - 1.5, y - tile - 1.5, tile + 3, tile + line + 3);
            Texts.centred(g, label, x + tile / 2, y + line / 2, f, DigitColors.TEXT);
        } else {
            g.setStroke(DigitColors.GRID);
            g.setLineWidth(1);
            g.strokeRect(x - 0.5, y - tile - 0.5, tile + 1, tile + 1);
            Texts.centred(g, label, x + tile / 2, y + line / 2, f, DigitColors.MUTED);
        }
    }

    private static String caption(List<DigitSample> samples) {
        if (samples.isEmpty()) {
            return "no test images yet";
        }
        long wrong = samples.stream().filter(DigitSample::isMistake).count();
        return wrong + " of " + samples.size() + " wrong · framed: true→predicted";
    }

    private boolean labelsFit(List<DigitSample> samples, List<String> names, Font f, double tile) {
        for (DigitSample s : samples) {
            if (texts.width(DigitGridView.labelOf(s, names), f) > tile + GAP - 2) {
                return false;
            }
        }
        return true;
    }

    private WritableImage atlas(List<DigitSample> samples) {
        if (atlas != null && atlasFor == samples) {
            return atlas;
        }
        int side = samples.get(0).side();
        int width = Atlas.width(samples.size(), side);
        int height = Atlas.height(samples.size(), side);
        int[] argb = new int[width * height];
        for (int i = 0; i < samples.size(); i++) {
            DigitSample s = samples.get(i);
            Atlas.put(argb, width, i, side, p -> DigitColors.inkArgb(s.pixel(p)));
        }
        atlas = new WritableImage(width, height);
        atlas.getPixelWriter().setPixels(0, 0, width, height, PixelFormat.getIntArgbInstance(), argb, 0, width);
        atlasFor = samples;
        return atlas;
    }
}
