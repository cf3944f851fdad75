package org.activationlab.core.download;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One file of a downloadable dataset: its name (the same on every mirror and in the download
 * folder), its exact size in bytes and its SHA-256 checksum (64 lowercase hex digits).
 */
public record DatasetFile(String name, long size, String sha256) {
    private static final Pattern HEX64 = Pattern.compile("[0-9a-f]{64}");

    /** Checks the values: a plain file name, a positive size, a well-formed SHA-256. */
    public DatasetFile {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        if (name.isBlank() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
            throw new IllegalArgumentException("not a plain file name: '" + name + "'");
        }
        if (size <= 0) {
            throw new IllegalArgumentException("size of " + name + " must be positive, was " + size);
        }
        sha256 = sha256.toLowerCase(Locale.ROOT);
        if (!HEX64.matcher(sha256).matches()) {
            throw new IllegalArgumentException("SHA-256 of " + name + " must be 64 hex digits, was '" + sha256 + "'");
        }
    }
}
