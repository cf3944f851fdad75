package org.activationlab.app.control;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javax.imageio.ImageIO;
import org.activationlab.core.settings.AtomicFiles;

/** PNG, SVG and CSV output of a plot. Files are written atomically. */
public final class PlotExport {
    private PlotExport() {
    }

    static WritableImage image(PlotSnapshot s, double w, double h, double scale) {
        Canvas c = new Canvas(Math.ceil(w * scale), Math.ceil(h * scale));
        var g = c.getGraphicsContext2D();
        g.scale(scale, scale);
        PlotRenderer r = new PlotRenderer();
        CanvasPlotGraphics pg = new CanvasPlotGraphics(g, new TextMetrics());
        r.draw(s, r.layout(s, w, h, pg), w, h, pg);
        SnapshotParameters p = new SnapshotParameters();
        p.setFill(Color.WHITE);
        return c.snapshot(p, null);
    }

    static String svg(PlotSnapshot s, double w, double h) {
        TextMetrics m = new TextMetrics();
        SvgPlotGraphics g = new SvgPlotGraphics(w, h, m);
        PlotRenderer r = new PlotRenderer();
        r.draw(s, r.layout(s, w, h, g), w, h, g);
        return g.finish();
    }

    /** A JavaFX image as an AWT one (PixelReader → int ARGB → BufferedImage), no javafx.swing needed. */
    public static BufferedImage toBufferedImage(javafx.scene.image.Image img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        int[] argb = new int[w * h];
        img.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        out.setRGB(0, 0, w, h, argb, 0, w);
        return out;
    }

    /** Writes a JavaFX image as PNG, atomically. */
    public static void writePng(javafx.scene.image.Image img, Path file) throws IOException {
        BufferedImage b = toBufferedImage(img);
        AtomicFiles.write(file, out -> {
            if (!ImageIO.write(b, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        });
    }

    static void writeText(Path file, String text) throws IOException {
        AtomicFiles.writeString(file, text);
    }

    /**
     * CSV of the series: "x,label1,label2,…" when all series share the same x values, else
     * "series,x,y" rows. Numbers in shortest round-trip form. Legend-only series are skipped.
     */
    public static String csv(List<PlotSeries> all) {
        List<PlotSeries> series = all.stream().filter(s -> s.size() > 0).toList();
        StringBuilder sb = new StringBuilder();
        if (series.isEmpty()) {
            return "x\n";
        }
        if (sharedX(series)) {
            sb.append('x');
            for (int j = 0; j < series.size(); j++) {
                sb.append(',').append(quote(name(series.get(j), j)));
            }
            sb.append('\n');
            double[] x = series.get(0).x();
            for (int i = 0; i < x.length; i++) {
                sb.append(x[i]);
                for (PlotSeries s : series) {
                    sb.append(',').append(s.y()[i]);
                }
                sb.append('\n');
            }
            return sb.toString();
        }
        sb.append("series,x,y\n");
        for (int j = 0; j < series.size(); j++) {
            PlotSeries s = series.get(j);
            String n = quote(name(s, j));
            for (int i = 0; i < s.size(); i++) {
                sb.append(n).append(',').append(s.x()[i]).append(',').append(s.y()[i]).append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean sharedX(List<PlotSeries> series) {
        double[] x0 = series.get(0).x();
        for (PlotSeries s : series) {
            if (s.x() != x0 && !java.util.Arrays.equals(s.x(), x0)) {
                return false;
            }
        }
        return true;
    }

    private static String name(PlotSeries s, int j) {
        return PlotRenderer.blank(s.label()) ? "series " + (j + 1) : s.label();
    }

    /** RFC 4180 quoting where needed. */
    public static String quote(String s) {
        if (s.indexOf(',') < 0 && s.indexOf('"') < 0 && s.indexOf('\n') < 0) {
            return s;
        }
        return '"' + s.replace("\"", "\"\"") + '"';
    }
}
