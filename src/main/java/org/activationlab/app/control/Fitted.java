package org.activationlab.app.control;

import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;

/**
 * A plot's title or axis name made to fit the room it has: at its own size if it fits, else in a
 * smaller font (down to {@value #MIN_SIZE} px), else cut with an ellipsis. A chart made narrow
 * (presenter mode's large text on a small window, a 2 × 2 grid) then shows its whole title or as
 * much as fits, never letters cut off at the canvas edge.
 */
record Fitted(String text, Font font, double width) {
    /** The smallest font a title or axis name is shrunk to before it is cut (still readable). */
    static final double MIN_SIZE = 11;

    static Fitted of(String text, Font font, double room, PlotGraphics g) {
        double w = g.textWidth(text, font);
        if (w <= room || room <= 0) {
            return new Fitted(text, font, w);
        }
        double size = Math.max(MIN_SIZE, font.getSize() * room / w * 0.98);
        Font smaller = resized(font, size);
        double sw = g.textWidth(text, smaller);
        if (sw <= room) {
            return new Fitted(text, smaller, sw);
        }
        String cut = text;
        while (cut.length() > 1 && sw > room) {
            cut = cut.substring(0, cut.length() - 1);
            sw = g.textWidth(cut.strip() + "…", smaller);
        }
        return new Fitted(cut.strip() + "…", smaller, sw);
    }

    private static Font resized(Font f, double size) {
        String style = f.getStyle().toLowerCase(java.util.Locale.ROOT);
        FontWeight weight = style.contains("bold") ? FontWeight.BOLD : FontWeight.NORMAL;
        FontPosture posture = style.contains("italic") ? FontPosture.ITALIC : FontPosture.REGULAR;
        return Font.font(f.getFamily(), weight, posture, size);
    }
}
