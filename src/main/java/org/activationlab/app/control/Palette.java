package org.activationlab.app.control;

import java.util.List;
import javafx.scene.paint.Color;

/**
 * Colours for plot lines: the Okabe–Ito palette (distinguishable with the common forms of colour
 * blindness), ordered for a white background; its yellow is left out because it vanishes on
 * white under a projector.
 */
public final class Palette {
    /** Blue, vermillion, bluish green, reddish purple, orange, sky blue, black. */
    public static final List<Color> OKABE_ITO = List.of(
            Color.web("#0072B2"), Color.web("#D55E00"), Color.web("#009E73"), Color.web("#CC79A7"),
            Color.web("#E69F00"), Color.web("#56B4E9"), Color.web("#000000"));

    private Palette() {
    }

    /** The i-th colour, cycling. */
    public static Color color(int i) {
        return OKABE_ITO.get(Math.floorMod(i, OKABE_ITO.size()));
    }
}
