package org.activationlab.app.control;

import javafx.scene.text.Font;
import javafx.scene.text.Text;

/** Measures text with a scratch {@link Text} node (FX thread), shared by both graphics back ends. */
final class TextMetrics {
    private final Text probe = new Text();

    double width(String s, Font font) {
        probe.setFont(font);
        probe.setText(s);
        return probe.getLayoutBounds().getWidth();
    }
}
