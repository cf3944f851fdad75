package org.activationlab.app.shell;

/** A keyboard shortcut as listed in the help overlay, e.g. ("Ctrl+1", "Show the explorer"). */
public record Shortcut(String keys, String description) {
}
