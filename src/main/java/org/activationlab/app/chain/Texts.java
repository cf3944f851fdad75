package org.activationlab.app.chain;

import javafx.scene.control.Labeled;

/**
 * Sets a label's text or inline style only when it really changed. JavaFX compares strings by
 * reference, so handing an equal but new string re-measures the text, re-applies CSS and lays the
 * scene out again; during a slider drag at depth 1,000 that is a large part of each frame.
 */
final class Texts {
    private Texts() {
    }

    static void set(Labeled l, String text) {
        if (!text.equals(l.getText())) {
            l.setText(text);
        }
    }

    static void style(Labeled l, String style) {
        if (!style.equals(l.getStyle())) {
            l.setStyle(style);
        }
    }
}
