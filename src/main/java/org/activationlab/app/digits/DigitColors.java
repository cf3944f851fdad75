package org.activationlab.app.digits;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours of the digit views. All are safe for the common forms of colour blindness and strong
 * enough for a projector: a sequential palette (ColorBrewer YlGnBu, light yellow to dark blue) for
 * counts, and a diverging one (blue – white – orange) for signed weights; neither relies on a
 * red/green contrast. Controls draw on white, like the plots, so they read the same in the dark theme.
 */
final class DigitColors {
    static final Color BACKGROUND = Color.WHITE;
    static final Color TEXT = Color.web("#1f2328");
    static final Color MUTED = Color.web("#57606a");
    static final Color GRID = Color.web("#d0d7de");
    /** Ink of digits on paper. */
    static final Color INK = Color.web("#111418");
    /** Marks a mistake: Okabe–Ito vermillion, always paired with a shape or text cue. */
    static final Color MISTAKE = Color.web("#D55E00");
    /** The emphasised bar; the others use {@link #BAR_OTHER}. */
    static final Color BAR_TOP = Color.web("#0072B2");
    static final Color BAR_OTHER = Color.web("#9DBBD6");
    static final Color NEGATIVE = Color.web("#2166AC");
    static final Color POSITIVE = Color.web("#E66100");

    /** ColorBrewer YlGnBu, 9 classes. */
    private static final List<Color> SEQUENTIAL = List.of(
            Color.web("#ffffd9"), Color.web("#edf8b1"), Color.web("#c7e9b4"), Color.web("#7fcdbb"),
            Color.web("#41b6c4"), Color.web("#1d91c0"), Color.web("#225ea8"), Color.web("#253494"),
            Color.web("#081d58"));

    private DigitColors() {
    }

    /** Sequential colour for t in [0,1] (clamped), interpolated between the palette's stops. */
    static Color sequential(double t) {
        double u = clamp01(t) * (SEQUENTIAL.size() - 1);
        int i = Math.min(SEQUENTIAL.size() - 2, (int) Math.floor(u));
        return SEQUENTIAL.get(i).interpolate(SEQUENTIAL.get(i + 1), u - i);
    }

    /** Diverging colour for t in [-1,1] (clamped): blue below zero, white at zero, orange above. */
    static Color diverging(double t) {
        double c = Math.max(-1, Math.min(1, t));
        return c < 0 ? Color.WHITE.interpolate(NEGATIVE, -c) : Color.WHITE.interpolate(POSITIVE, c);
    }

    /** The diverging colour as packed ARGB for a PixelWriter. */
    static int divergingArgb(double t) {
        return argb(diverging(t));
    }

    /** Black or white, whichever reads better on the given fill. */
    static Color textOn(Color fill) {
        double lum = 0.2126 * fill.getRed() + 0.7152 * fill.getGreen() + 0.0722 * fill.getBlue();
        return lum < 0.5 ? Color.WHITE : TEXT;
    }

    static int argb(Color c) {
        return 0xff000000 | (int) Math.round(c.getRed() * 255) << 16 | (int) Math.round(c.getGreen() * 255) << 8
                | (int) Math.round(c.getBlue() * 255);
    }

    /** Ink value in [0,1] as grey on white (1 = {@link #INK}). */
    static int inkArgb(float v) {
        double a = clamp01(v);
        int r = (int) Math.round(255 + (INK.getRed() * 255 - 255) * a);
        int g = (int) Math.round(255 + (INK.getGreen() * 255 - 255) * a);
        int b = (int) Math.round(255 + (INK.getBlue() * 255 - 255) * a);
        return 0xff000000 | r << 16 | g << 8 | b;
    }

    static double clamp01(double t) {
        return t > 0 ? Math.min(1, t) : 0; // NaN → 0
    }
}
