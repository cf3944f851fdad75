package org.activationlab.app.shell;

import java.nio.file.Path;

/** A screen that can open a saved model file (the desktop's file association for .almodel). */
public interface ModelOpener {
    void openModel(Path file);
}
