package org.activationlab.app.control;

import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Measures text with a scratch {@link Text} node (FX thread), shared by both graphics back ends.
 * Widths are cached: tick and legend labels repeat from frame to frame, and a text layout per
 * label per frame would cost more than drawing the curves.
 */
final class TextMetrics {
    private static final int MAX_CACHED = 2048;
    private final Text probe = new Text();
    private final Map<Font, Map<String, Double>> cache = new HashMap<>();

    double width(String s, Font font) {
        Map<String, Double> perFont = cache.computeIfAbsent(font, f -> new HashMap<>());
        Double w = perFont.get(s);
        if (w == null) {
            if (perFont.size() >= MAX_CACHED) {
                perFont.clear();
            }
            probe.setFont(font);
            probe.setText(s);
            w = probe.getLayoutBounds().getWidth();
            perFont.put(s, w);
        }
        return w;
    }
}
