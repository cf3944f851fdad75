package org.activationlab.app.digits;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.scene.Node;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.activationlab.app.control.PlotExport;
import org.testfx.util.WaitForAsyncUtils;

/** Test helpers: run on the FX thread, snapshot nodes, write PNGs to target/snapshots, count pixels. */
final class Fx {
    private Fx() {
    }

    static <T> T call(Callable<T> work) {
        T t = WaitForAsyncUtils.waitForAsyncFx(20_000, work);
        WaitForAsyncUtils.waitForFxEvents();
        return t;
    }

    static void run(Runnable work) {
        WaitForAsyncUtils.waitForAsyncFx(20_000, work);
        WaitForAsyncUtils.waitForFxEvents();
    }

    static WritableImage snapshot(Node node) {
        return call(() -> node.snapshot(new SnapshotParameters(), null));
    }

    static WritableImage write(Node node, String name) throws IOException {
        WritableImage img = snapshot(node);
        Path dir = Path.of("target", "snapshots");
        Files.createDirectories(dir);
        PlotExport.writePng(img, dir.resolve(name));
        return img;
    }

    /** Pixels in the rectangle that are not (near) white. */
    static int nonWhite(WritableImage img, double x, double y, double w, double h) {
        return count(img, x, y, w, h, c -> c.getBrightness() < 0.9 || c.getSaturation() > 0.15);
    }

    static int count(WritableImage img, double x, double y, double w, double h,
            java.util.function.Predicate<Color> test) {
        PixelReader r = img.getPixelReader();
        int n = 0;
        int x1 = (int) Math.min(img.getWidth(), x + w);
        int y1 = (int) Math.min(img.getHeight(), y + h);
        for (int yy = (int) Math.max(0, y); yy < y1; yy++) {
            for (int xx = (int) Math.max(0, x); xx < x1; xx++) {
                if (test.test(r.getColor(xx, yy))) {
                    n++;
                }
            }
        }
        return n;
    }

    static boolean near(Color a, Color b, double tol) {
        return Math.abs(a.getRed() - b.getRed()) < tol && Math.abs(a.getGreen() - b.getGreen()) < tol
                && Math.abs(a.getBlue() - b.getBlue()) < tol;
    }
}
