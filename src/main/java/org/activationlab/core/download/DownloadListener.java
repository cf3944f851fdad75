package org.activationlab.core.download;

/**
 * Receives progress from the download thread (never the UI thread). Implementations must return
 * quickly and not block: a UI stores the snapshot in a volatile field or an atomic reference and
 * picks it up on its next frame.
 */
@FunctionalInterface
public interface DownloadListener {

    /** Called from the download thread, with snapshots in the order they happened. */
    void onProgress(DownloadProgress progress);

    /** A listener that ignores everything. */
    static DownloadListener none() {
        return p -> { };
    }
}
