package org.activationlab.core.download;

import org.activationlab.core.download.DownloadProgress.Stage;

/**
 * Builds the {@link DownloadProgress} snapshots of one dataset download and passes them on,
 * at most one per {@value #STEP} bytes while data flows, so a listener is not flooded.
 */
final class ProgressReporter {
    static final long STEP = 1 << 16;

    private final RemoteDataset dataset;
    private final DownloadListener listener;
    private int fileIndex;
    private long doneBefore;
    private long lastReported;

    ProgressReporter(RemoteDataset dataset, DownloadListener listener) {
        this.dataset = dataset;
        this.listener = listener;
    }

    /** Moves on to file {@code index}; {@code doneBefore} bytes of earlier files are complete. */
    void beginFile(int index, long bytesOfEarlierFiles) {
        this.fileIndex = index;
        this.doneBefore = bytesOfEarlierFiles;
        this.lastReported = -STEP;
    }

    /** {@code bytes} of the current file checked so far. */
    void checking(long bytes) {
        throttled(Stage.CHECKING, bytes, "");
    }

    /** {@code bytes} of the current file received from {@code host} so far. */
    void downloading(long bytes, String host) {
        throttled(Stage.DOWNLOADING, bytes, host);
    }

    /** The current file is verified and in place. */
    void fileReady() {
        emit(Stage.FILE_READY, size(), "");
    }

    /** Every file is verified and in place. */
    void finished() {
        int last = dataset.files().size() - 1;
        listener.onProgress(new DownloadProgress(dataset.id(), Stage.FINISHED, dataset.files().get(last).name(), last,
                dataset.files().size(), dataset.files().get(last).size(), dataset.files().get(last).size(),
                dataset.totalBytes(), dataset.totalBytes(), ""));
    }

    private void throttled(Stage stage, long bytes, String host) {
        if (bytes == 0 || bytes - lastReported >= STEP || bytes >= size() || bytes < lastReported) {
            lastReported = bytes;
            emit(stage, bytes, host);
        }
    }

    private void emit(Stage stage, long bytes, String host) {
        DatasetFile f = dataset.files().get(fileIndex);
        listener.onProgress(new DownloadProgress(dataset.id(), stage, f.name(), fileIndex, dataset.files().size(),
                bytes, f.size(), doneBefore + bytes, dataset.totalBytes(), host));
    }

    private long size() {
        return dataset.files().get(fileIndex).size();
    }
}
