package org.activationlab.app.control;

import java.util.List;

/**
 * Turns the data point under the mouse into the lines of the crosshair's read-out. The explorer,
 * for example, shows x, f(x) and f′(x) for every plotted function.
 */
@FunctionalInterface
public interface CrosshairFormatter {

    /** The read-out's lines for the mouse at data point (x, y). */
    List<String> format(double x, double y);

    /** "x = …" and "y = …" with four significant digits. */
    static CrosshairFormatter xy() {
        return (x, y) -> List.of("x = " + NiceTicks.formatValue(x, 4), "y = " + NiceTicks.formatValue(y, 4));
    }
}
