package org.activationlab.app.control;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets TeX with JLaTeXMath into an AWT image (works headless), copies the pixels into a
 * JavaFX image (no javafx.swing needed), and keeps a small LRU cache per formula and size. Used
 * by the explorer's formula panel and the chain's step equation.
 */
public final class TexImages {
    private static final int CACHE = 64;
    private final Map<String, Image> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > CACHE;
        }
    };

    /** The formula as an image, or {@code null} if JLaTeXMath cannot parse it. FX thread. */
    public Image render(String tex, float size) {
        String key = size + "\u0000" + tex;
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        Image img = typeset(tex, size);
        cache.put(key, img);
        return img;
    }

    /** One background thread typesets for every panel: JLaTeXMath's first use costs ~0.5 s. */
    private static final java.util.concurrent.ExecutorService WORKER =
            java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
                Thread t = new Thread(r, "tex-typesetter");
                t.setDaemon(true);
                return t;
            });

    /** Formulas handed to {@link #WORKER} and not yet in their node. */
    private static final java.util.concurrent.atomic.AtomicInteger PENDING = new java.util.concurrent.atomic.AtomicInteger();

    /** True when no formula is being typeset in the background for {@link #node} (the self-test waits for it). */
    public static boolean idle() {
        return PENDING.get() == 0;
    }

    /** Background typesetting waits for this first (the window's first frame); open by default. */
    private static volatile java.util.concurrent.CompletableFuture<?> gate =
            java.util.concurrent.CompletableFuture.completedFuture(null);

    /**
     * Holds background typesetting back until {@code firstFrame} completes (at most 3 s): at
     * start-up the first formulas cost ~170 ms of CPU (JLaTeXMath loads its fonts), which on a
     * two-core machine competes with building and showing the window. The formulas fill in just
     * after the window appears instead of slowing its appearance.
     */
    public static void holdUntil(java.util.concurrent.CompletableFuture<?> firstFrame) {
        gate = java.util.Objects.requireNonNull(firstFrame);
    }

    private static void awaitGate() {
        try {
            gate.get(3, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            // typeset anyway: a late formula is better than none
        }
    }

    /**
     * The formula as a node that fills in when typeset: from the cache at once, else typeset on
     * a background thread (so the window appears without waiting for JLaTeXMath) and shown when
     * ready; the TeX source as text if it cannot be parsed. FX thread.
     */
    public javafx.scene.Node node(String tex, float size) {
        String key = size + "\u0000" + tex;
        if (cache.containsKey(key)) {
            Image img = cache.get(key);
            return img == null ? new javafx.scene.control.Label(tex) : paper(view(img));
        }
        javafx.scene.layout.StackPane holder = new javafx.scene.layout.StackPane();
        holder.getStyleClass().add("paper");
        holder.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        holder.setMinHeight(size * 2);
        PENDING.incrementAndGet();
        WORKER.execute(() -> {
            awaitGate();
            Image img = typeset(tex, size);
            javafx.application.Platform.runLater(() -> {
                PENDING.decrementAndGet();
                cache.put(key, img);
                holder.getChildren().setAll(img == null ? new javafx.scene.control.Label(tex) : view(img));
            });
        });
        return holder;
    }

    /** The formula on a page of its own (white on the dark theme: it is typeset in dark ink). */
    private static javafx.scene.Node paper(javafx.scene.Node n) {
        javafx.scene.layout.StackPane p = new javafx.scene.layout.StackPane(n);
        p.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        p.getStyleClass().add("paper");
        return p;
    }

    private static javafx.scene.image.ImageView view(Image img) {
        javafx.scene.image.ImageView v = new javafx.scene.image.ImageView(img);
        v.setSmooth(true);
        return v;
    }

    /** Whether {@link #render} would answer from the cache. FX thread. */
    public boolean isCached(String tex, float size) {
        return cache.containsKey(size + "\u0000" + tex);
    }

    /** Stores an image typeset elsewhere (by {@link #typeset} on a background thread). FX thread. */
    public void put(String tex, float size, Image img) {
        cache.put(size + "\u0000" + tex, img);
    }

    /**
     * Typesets without touching the cache; safe on a background thread (JLaTeXMath draws into an
     * AWT image, and the JavaFX image is not yet part of a scene). {@code null} if it cannot parse.
     */
    public static Image typeset(String tex, float size) {
        AwtFontCache.placeInSettingsFolder();
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (RuntimeException e) {
            return null;
        }
        icon.setInsets(new Insets(2, 2, 2, 2));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            icon.setForeground(new Color(0x1f, 0x23, 0x28));
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        WritableImage out = new WritableImage(w, h);
        int[] argb = ((java.awt.image.DataBufferInt) b.getRaster().getDataBuffer()).getData(); // no copy: TYPE_INT_ARGB, stride w
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
