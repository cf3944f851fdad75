package org.activationlab.core.download;

import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * A dataset download running on its own background thread: a cancel button and a result.
 *
 * <p>{@link #result()} completes with the folder once every file is verified and in place, or
 * exceptionally with a {@link DownloadException} (reason {@code CANCELLED} after {@link #cancel()}).
 * It completes only after the download cleaned up, so when it is done no temporary file remains.
 */
public final class DownloadJob {
    private final CancelSignal cancel = new CancelSignal();
    private final CompletableFuture<Path> result = new CompletableFuture<>();

    private DownloadJob() {
    }

    static DownloadJob start(DatasetDownloader downloader, RemoteDataset dataset, Path folder,
                             DownloadListener listener) {
        DownloadJob job = new DownloadJob();
        Thread t = new Thread(() -> {
            try {
                job.result.complete(downloader.download(dataset, folder, listener, job.cancel));
            } catch (DownloadException e) {
                job.result.completeExceptionally(e);
            } catch (RuntimeException | Error e) {
                job.result.completeExceptionally(e);
                throw e;
            }
        }, "download-" + dataset.id());
        t.setDaemon(true);
        t.start();
        return job;
    }

    /** Asks the download to stop; returns at once. The result then fails with reason {@code CANCELLED}. */
    public void cancel() {
        cancel.cancel();
    }

    /** Whether {@link #cancel()} was called. */
    public boolean isCancelRequested() {
        return cancel.isCancelled();
    }

    /**
     * The outcome: the folder, or a {@link DownloadException}. Cancelling this future does not
     * stop the download; call {@link #cancel()}.
     */
    public CompletableFuture<Path> result() {
        return result.copy();
    }
}
