package org.activationlab.app.training;

import java.util.Objects;

/**
 * Where the digits come from: the embedded set, or a folder of IDX files (picked by hand or
 * filled by a download).
 *
 * @param kind   EMBEDDED or FOLDER
 * @param folder the folder for FOLDER, else ""
 * @param title  what to call it on screen, e.g. "Fashion-MNIST (downloaded)"
 */
public record DataChoice(Kind kind, String folder, String title) {
    /** The two kinds of source. */
    public enum Kind { EMBEDDED, FOLDER }

    /** The built-in 10,000 digits. */
    public static final DataChoice EMBEDDED = new DataChoice(Kind.EMBEDDED, "", "Embedded digits (8,000 train / 2,000 test)");

    public DataChoice {
        Objects.requireNonNull(kind);
        folder = folder == null ? "" : folder;
        title = title == null || title.isBlank() ? (kind == Kind.EMBEDDED ? "Embedded digits" : folder) : title;
        if (kind == Kind.FOLDER && folder.isBlank()) {
            throw new IllegalArgumentException("a folder source needs a folder");
        }
    }

    /** A folder of IDX files. */
    public static DataChoice folder(String folder, String title) {
        return new DataChoice(Kind.FOLDER, folder, title);
    }
}
