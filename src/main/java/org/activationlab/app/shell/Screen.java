package org.activationlab.app.shell;

import javafx.scene.Node;

/**
 * One screen of the app (explorer, gradient chain, training, approximation). The shell creates
 * its view lazily the first time it is shown, and keeps it.
 */
public interface Screen {

    /** Short title for the navigation, e.g. "Explorer". */
    String title();

    /** One line shown in the navigation's tooltip and the status bar. */
    String summary();

    /** The screen's root node; called once, on the FX thread. */
    Node createView();

    /** Called when the user leaves the app or the screen is disposed. */
    default void dispose() {
    }
}
