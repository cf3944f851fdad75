package org.activationlab.app.shell;

import java.util.List;

/** A screen that has its own keyboard shortcuts, listed in the help overlay while it is shown. */
public interface ShortcutProvider {
    List<Shortcut> shortcuts();
}
