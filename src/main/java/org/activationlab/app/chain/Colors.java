package org.activationlab.app.chain;

import javafx.scene.paint.Color;

/**
 * The chain screen's colours. Red and blue are the Okabe–Ito vermillion and blue, told apart
 * with the common forms of colour blindness; every use is paired with a symbol (▲ grows,
 * ▼ shrinks) so nothing depends on colour alone.
 */
final class Colors {
    static final Color GROWS = Color.web("#D55E00");
    static final Color SHRINKS = Color.web("#0072B2");
    static final Color NEUTRAL = Color.web("#57606a");
    static final Color TEXT = Color.web("#1f2328");
    static final Color MUTED = Color.web("#57606a");
    static final Color DONE_FILL = Color.web("#ddf4ff");
    static final Color NODE_FILL = Color.web("#f6f8fa");
    static final Color DEAD = Color.web("#57606a", 0.22);

    static final String UP = "▲";
    static final String DOWN = "▼";

    private Colors() {
    }

    /** Red for |factor| &gt; 1, blue for &lt; 1, grey for exactly 1. */
    static Color forFactor(int compareToOne) {
        return compareToOne > 0 ? GROWS : compareToOne < 0 ? SHRINKS : NEUTRAL;
    }

    /** ▲ for |factor| &gt; 1, ▼ for &lt; 1, "=" for exactly 1. */
    static String symbolFor(int compareToOne) {
        return compareToOne > 0 ? UP : compareToOne < 0 ? DOWN : "=";
    }

    static String web(Color c) {
        return String.format("#%02x%02x%02x", (int) Math.round(c.getRed() * 255),
                (int) Math.round(c.getGreen() * 255), (int) Math.round(c.getBlue() * 255));
    }
}
