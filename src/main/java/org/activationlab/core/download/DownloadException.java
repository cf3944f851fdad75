package org.activationlab.core.download;

import java.io.IOException;
import java.util.Objects;

/**
 * A download that did not complete. The message is written for users (one sentence, says what
 * happened and what was cleaned up); {@link #reason()} lets code react, e.g. a UI showing an
 * "offline" hint or not reporting a cancel as an error.
 */
public final class DownloadException extends IOException {
    private static final long serialVersionUID = 1L;

    /** Why a download stopped. */
    public enum Reason {
        /** No mirror could be reached at all (no network, unknown host, connection refused). */
        OFFLINE,
        /** A mirror answered with an HTTP error status. */
        HTTP_ERROR,
        /** The received bytes had the wrong size or checksum; they were deleted. */
        CORRUPT,
        /** The connection broke, or the server sent less than it announced. */
        NETWORK,
        /** The server stopped answering for longer than the read timeout. */
        TIMEOUT,
        /** Writing to the download folder failed (a full disk, no permission). */
        DISK,
        /** Somebody cancelled the download. */
        CANCELLED,
        /** Another download into the same folder is running. */
        BUSY
    }

    private final Reason reason;

    /** A failure with a user-facing message. */
    public DownloadException(Reason reason, String message) {
        this(reason, message, null);
    }

    /** A failure with a user-facing message and the low-level cause (kept for logs). */
    public DownloadException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Why the download stopped. */
    public Reason reason() {
        return reason;
    }
}
