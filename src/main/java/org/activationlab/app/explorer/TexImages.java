package org.activationlab.app.explorer;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Insets;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.scilab.forge.jlatexmath.TeXConstants;
import org.scilab.forge.jlatexmath.TeXFormula;
import org.scilab.forge.jlatexmath.TeXIcon;

/**
 * Typesets TeX with JLaTeXMath into an AWT image (works headless), copies the pixels into a
 * JavaFX image (no javafx.swing needed) and caches the result per formula and size.
 */
final class TexImages {
    private final Map<String, Image> cache = new HashMap<>();

    /**
     * The formula as an image, or {@code null} if JLaTeXMath cannot parse it (the caller then shows
     * the TeX source as text).
     */
    Image render(String tex, float size) {
        String key = size + "\u0000" + tex;
        Image img = cache.get(key);
        if (img == null && !cache.containsKey(key)) {
            img = typeset(tex, size);
            cache.put(key, img);
        }
        return img;
    }

    private static Image typeset(String tex, float size) {
        TeXIcon icon;
        try {
            icon = new TeXFormula(tex).createTeXIcon(TeXConstants.STYLE_DISPLAY, size);
        } catch (RuntimeException e) {
            return null;
        }
        icon.setInsets(new Insets(3, 3, 3, 3));
        int w = Math.max(1, icon.getIconWidth());
        int h = Math.max(1, icon.getIconHeight());
        BufferedImage b = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = b.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            icon.setForeground(new Color(0x1f, 0x23, 0x28));
            icon.paintIcon(null, g, 0, 0);
        } finally {
            g.dispose();
        }
        int[] argb = b.getRGB(0, 0, w, h, null, 0, w);
        WritableImage out = new WritableImage(w, h);
        out.getPixelWriter().setPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        return out;
    }
}
