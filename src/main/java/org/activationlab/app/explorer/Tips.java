package org.activationlab.app.explorer;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips that appear quickly and wrap, readable on a projector. */
final class Tips {
    private Tips() {
    }

    static Tooltip of(String text) {
        Tooltip t = new Tooltip(text);
        t.setShowDelay(Duration.millis(350));
        t.setWrapText(true);
        t.setMaxWidth(420);
        return t;
    }
}
