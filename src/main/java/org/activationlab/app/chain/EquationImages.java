package org.activationlab.app.chain;

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
 * Typesets the step equation with JLaTeXMath into a JavaFX image (headless-safe, no javafx.swing).
 * The explorer has the same need ({@code explorer.TexImages}, package-private there); once that is
 * shared from {@code app.control} this class should go. Keeps a small LRU cache, because Play
 * revisits the same equations.
 */
final class EquationImages {
    private static final int CACHE = 64;
    private final Map<String, Image> cache = new LinkedHashMap<>(CACHE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> e) {
            return size() > CACHE;
        }
    };

    /** The formula as an image, or {@code null} if JLaTeXMath cannot parse it. FX thread. */
    Image render(String tex, float size) {
        String key = size + "\u0000" + tex;
        if (cache.containsKey(key)) {
            return cache.get(key);
        }
        Image img = typeset(tex, size);
        cache.put(key, img);
        return img;
    }

    /** Whether {@link #render} would answer from the cache. FX thread. */
    boolean isCached(String tex, float size) {
        return cache.containsKey(size + "\u0000" + tex);
    }

    /** Stores an image typeset elsewhere (by {@link #typeset} on a background thread). FX thread. */
    void put(String tex, float size, Image img) {
        cache.put(size + "\u0000" + tex, img);
    }

    /**
     * Typesets without touching the cache; safe on a background thread (JLaTeXMath draws into an
     * AWT image, and the JavaFX image is not yet part of a scene). {@code null} if it cannot parse.
     */
    static Image typeset(String tex, float size) {
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
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(),
                b.getRGB(0, 0, w, h, null, 0, w), 0, w);
        return out;
    }
}
