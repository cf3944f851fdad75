package org.activationlab.app.shell;

import com.google.gson.JsonObject;

/**
 * A screen whose set-up is part of a session (saved to a file, autosaved, stepped through in a
 * lesson). Implemented by the {@link Screen} object, so it works before the view is created.
 */
public interface SessionParticipant {

    /** The key of this screen's object in a session file, e.g. "explorer". Never changes. */
    String sessionKey();

    /** The current state as JSON (plain numbers, strings, arrays; no NaN). Called on the FX thread. */
    JsonObject saveState();

    /**
     * Restores a state written by {@link #saveState()} (maybe by an older version: missing keys
     * keep their defaults). Throws {@link IllegalArgumentException} with a user-readable message for
     * a value that makes no sense; the controller then puts every screen back as it was.
     */
    void restoreState(JsonObject state);
}
