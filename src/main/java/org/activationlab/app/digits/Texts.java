package org.activationlab.app.digits;

import java.util.List;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/** Text helpers for the canvas skins: fonts from one size, width measurement, centred drawing. */
final class Texts {
    /** Default font size in px: above the 14 px the app uses as its base, for a projector. */
    static final double DEFAULT_SIZE = 15;
    private final Text probe = new Text();

    static Font regular(double size) {
        return Font.font("System", FontWeight.NORMAL, size);
    }

    static Font bold(double size) {
        return Font.font("System", FontWeight.BOLD, size);
    }

    double width(String s, Font f) {
        probe.setFont(f);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }

    double maxWidth(List<String> texts, Font f) {
        double m = 0;
        for (String s : texts) {
            m = Math.max(m, width(s, f));
        }
        return m;
    }

    /** Draws text centred on (x, y). */
    static void centred(GraphicsContext g, String s, double x, double y, Font f, Color c) {
        g.setFont(f);
        g.setFill(c);
        g.setTextAlign(TextAlignment.CENTER);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
    }

    /** Draws text with its left (START) or right (END) edge at x, vertically centred on y. */
    static void aligned(GraphicsContext g, String s, double x, double y, Font f, Color c, TextAlignment a) {
        g.setFont(f);
        g.setFill(c);
        g.setTextAlign(a);
        g.setTextBaseline(VPos.CENTER);
        g.fillText(s, x, y);
    }

    /** Class names "0".."n-1". */
    static List<String> indexNames(int n) {
        return java.util.stream.IntStream.range(0, n).mapToObj(Integer::toString).toList();
    }

    /** The i-th name, or the index when the list is too short. */
    static String name(List<String> names, int i) {
        return names != null && i < names.size() ? names.get(i) : Integer.toString(i);
    }
}
