package org.activationlab.app.selftest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.scene.Scene;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.activationlab.app.control.TexImages;
import org.activationlab.app.shell.AppContext;
import org.activationlab.app.shell.MainView;
import org.activationlab.app.shell.Screen;

/**
 * Renders every screen offscreen to a PNG and checks that none is blank. Used by
 * {@code activation-lab --self-test [DIR]} (an installed copy can prove it works without a
 * window). Runs on any thread but the FX thread: each screen is shown, then left to settle (its
 * background work — typesetting formulas, for instance — delivered, at most {@value #SETTLE_MS} ms)
 * and only then photographed, so the pictures show what a user sees, not half-built screens.
 */
public final class SelfTest {
    /** Width and height of each rendered screen. */
    public static final int WIDTH = 1280;
    public static final int HEIGHT = 800;

    private SelfTest() {
    }

    /** What happened to one screen. */
    public record ScreenResult(String screen, Path png, int distinctColours, double inkFraction, String problem) {
        public boolean ok() {
            return problem == null;
        }
    }

    /** Longest wait for a screen's background work before it is photographed anyway. */
    static final long SETTLE_MS = 5000;

    /**
     * Renders each screen of {@code context} into {@code dir}; never throws for a bad screen.
     * Call it from a thread other than the FX thread (the toolkit must be running).
     */
    public static List<ScreenResult> renderAll(AppContext context, Path dir) throws IOException {
        Files.createDirectories(dir);
        Scene scene = fx(() -> {
            MainView view = new MainView(context);
            Scene sc = new Scene(view, WIDTH, HEIGHT);
            MainView.installStyles(sc);
            view.installShortcuts(sc); // also applies the theme and appearance, as in the app
            return sc;
        });
        MainView view = (MainView) scene.getRoot();
        List<ScreenResult> results = new ArrayList<>();
        List<Screen> screens = context.screens();
        if (screens.isEmpty()) {
            results.add(new ScreenResult("(none)", null, 0, 0, "no screens are registered"));
            return results;
        }
        int i = 1;
        for (Screen s : screens) {
            String name = String.format("%02d-%s", i++, s.title().toLowerCase().replaceAll("[^a-z0-9]+", "-"));
            Path png = dir.resolve(name + ".png");
            try {
                fx(() -> {
                    view.show(s);
                    view.applyCss();
                    view.layout();
                    return null;
                });
                settle(context);
                BufferedImage bi = toBufferedImage(fx(() -> {
                    view.applyCss();
                    view.layout();
                    return scene.snapshot(null);
                }));
                ImageIO.write(bi, "png", png.toFile());
                int colours = distinctColours(bi);
                double ink = inkFraction(bi);
                String problem = null;
                if (colours < 8 || ink < 0.01) {
                    problem = "looks blank (" + colours + " colours, " + String.format("%.2f", ink * 100) + "% ink)";
                }
                results.add(new ScreenResult(s.title(), png, colours, ink, problem));
            } catch (RuntimeException | IOException e) {
                results.add(new ScreenResult(s.title(), png, 0, 0, "failed to render: " + e));
            }
        }
        return results;
    }

    /** Waits until the screen's background work has been delivered, twice in a row, at most {@link #SETTLE_MS}. */
    private static void settle(AppContext context) {
        long end = System.nanoTime() + SETTLE_MS * 1_000_000;
        int quiet = 0;
        while (quiet < 2 && System.nanoTime() < end) {
            boolean idle = fx(() -> context.tasks().idle() && TexImages.idle());
            quiet = idle ? quiet + 1 : 0;
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Runs {@code work} on the FX thread and waits for its result. */
    private static <T> T fx(java.util.concurrent.Callable<T> work) {
        java.util.concurrent.FutureTask<T> task = new java.util.concurrent.FutureTask<>(work);
        javafx.application.Platform.runLater(task);
        try {
            return task.get(60, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            Throwable c = e.getCause() == null ? e : e.getCause();
            throw c instanceof RuntimeException r ? r : new IllegalStateException(c);
        }
    }

    static BufferedImage toBufferedImage(WritableImage img) {
        int w = (int) img.getWidth();
        int h = (int) img.getHeight();
        BufferedImage bi = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        PixelReader pr = img.getPixelReader();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                bi.setRGB(x, y, pr.getArgb(x, y));
            }
        }
        return bi;
    }

    private static int distinctColours(BufferedImage bi) {
        Set<Integer> set = new HashSet<>();
        for (int y = 0; y < bi.getHeight(); y += 2) {
            for (int x = 0; x < bi.getWidth(); x += 2) {
                set.add(bi.getRGB(x, y));
                if (set.size() > 10_000) {
                    return set.size();
                }
            }
        }
        return set.size();
    }

    /** Fraction of pixels that differ clearly from the most common (background) colour. */
    private static double inkFraction(BufferedImage bi) {
        java.util.Map<Integer, Integer> counts = new java.util.HashMap<>();
        int total = 0;
        for (int y = 0; y < bi.getHeight(); y += 2) {
            for (int x = 0; x < bi.getWidth(); x += 2) {
                counts.merge(bi.getRGB(x, y), 1, Integer::sum);
                total++;
            }
        }
        int bg = counts.entrySet().stream().max(java.util.Map.Entry.comparingByValue()).orElseThrow().getKey();
        int ink = 0;
        for (var e : counts.entrySet()) {
            if (colourDistance(e.getKey(), bg) > 60) {
                ink += e.getValue();
            }
        }
        return total == 0 ? 0 : (double) ink / total;
    }

    private static int colourDistance(int a, int b) {
        return Math.abs(((a >> 16) & 255) - ((b >> 16) & 255)) + Math.abs(((a >> 8) & 255) - ((b >> 8) & 255))
                + Math.abs((a & 255) - (b & 255));
    }
}
