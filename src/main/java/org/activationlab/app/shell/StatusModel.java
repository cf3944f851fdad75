package org.activationlab.app.shell;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/** The status bar's text. Screens post short messages; background threads must post via the FX thread. */
public final class StatusModel {
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("Ready");

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** Shows a message (call on the FX thread). */
    public void show(String text) {
        message.set(text);
    }
}
