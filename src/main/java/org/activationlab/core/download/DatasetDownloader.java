package org.activationlab.core.download;

import java.io.IOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.activationlab.core.download.DownloadException.Reason;
import org.activationlab.core.settings.AppDirs;

/**
 * Downloads a {@link RemoteDataset} into a folder so that every file there with a final name is
 * complete and verified.
 *
 * <p>For each file: if it is already there with the right SHA-256 it is kept (not fetched again);
 * otherwise the mirrors are tried in order. Each attempt streams into a temporary file
 * ({@code .NAME.*.part}) in the same folder, hashing as it writes; the size and SHA-256 are checked
 * and only then is the file renamed, atomically, to its final name. Whatever goes wrong (corrupt
 * data, a broken connection, a full disk, a cancel) the temporary file is deleted.
 *
 * <p>Usage from a UI: either {@link #start} (own thread, returns a {@link DownloadJob} with
 * {@code cancel()}) or {@link #download} inside the app's background task runner with a
 * {@link CancelSignal}. Progress arrives on the download thread.
 */
public final class DatasetDownloader {
    /** How long to wait for a connection to a mirror. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** How long a mirror may stay silent (before answering, or in the middle of a file). */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    private final MirrorFetch fetch;

    /** A downloader with the default timeouts. */
    public DatasetDownloader() {
        this(DEFAULT_CONNECT_TIMEOUT, DEFAULT_READ_TIMEOUT);
    }

    /** A downloader with these timeouts (tests use short ones). */
    public DatasetDownloader(Duration connectTimeout, Duration readTimeout) {
        Objects.requireNonNull(connectTimeout, "connectTimeout");
        Objects.requireNonNull(readTimeout, "readTimeout");
        HttpClient client = HttpClient.newBuilder()
                .connectTimeout(connectTimeout)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .proxy(ProxySelector.getDefault())   // honours -Dhttps.proxyHost etc. (school networks)
                .build();
        ScheduledThreadPoolExecutor watch = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "download-read-timeout");
            t.setDaemon(true);
            return t;
        });
        watch.setKeepAliveTime(5, TimeUnit.SECONDS);
        watch.allowCoreThreadTimeOut(true);
        watch.setRemoveOnCancelPolicy(true);
        this.fetch = new MirrorFetch(client, readTimeout, watch);
    }

    /** Where a dataset goes by default: its id below the app's data cache. */
    public static Path defaultFolder(RemoteDataset dataset) {
        return AppDirs.dataCache().resolve(dataset.id());
    }

    /**
     * Whether every file of the dataset is in {@code folder} with the right size: a quick check for
     * a UI ("downloaded" or not). Files there were verified when they arrived.
     */
    public static boolean isComplete(RemoteDataset dataset, Path folder) {
        for (DatasetFile f : dataset.files()) {
            Path p = folder.resolve(f.name());
            try {
                if (!Files.isRegularFile(p) || Files.size(p) != f.size()) {
                    return false;
                }
            } catch (IOException e) {
                return false;
            }
        }
        return true;
    }

    /** Starts {@link #download} on a new background thread. */
    public DownloadJob start(RemoteDataset dataset, Path folder, DownloadListener listener) {
        return DownloadJob.start(this, dataset, folder, listener);
    }

    /**
     * Downloads every missing or damaged file of {@code dataset} into {@code folder}, blocking until
     * done; returns the folder.
     *
     * @throws DownloadException with a message for users; no file with a final name is left
     *                           unless it is complete and verified
     */
    public Path download(RemoteDataset dataset, Path folder, DownloadListener listener, CancelSignal cancel)
            throws DownloadException {
        ProgressReporter reporter = new ProgressReporter(dataset, Objects.requireNonNull(listener, "listener"));
        try (FolderLock lock = FolderLock.acquire(folder)) {
            FolderLock.removeStaleTempFiles(folder, dataset.files());
            long done = 0;
            for (int i = 0; i < dataset.files().size(); i++) {
                DatasetFile file = dataset.files().get(i);
                reporter.beginFile(i, done);
                ensureFile(dataset, file, folder.resolve(file.name()), reporter, cancel);
                reporter.fileReady();
                done += file.size();
            }
        }
        reporter.finished();
        return folder;
    }

    private void ensureFile(RemoteDataset dataset, DatasetFile file, Path target, ProgressReporter reporter,
                            CancelSignal cancel) throws DownloadException {
        if (isIntact(target, file, reporter, cancel)) {
            return;
        }
        List<DownloadException> failures = new ArrayList<>();
        for (URI mirror : dataset.mirrors()) {
            try {
                fetchFrom(RemoteDataset.addressOf(mirror, file), file, target, reporter, cancel);
                return;
            } catch (DownloadException e) {
                // a cancel closes the connection, which the transfer may see first as a broken or
                // ended stream: whatever the failure says, a cancelled download is reported as cancelled
                if (e.reason() == Reason.CANCELLED || cancel.isCancelled()) {
                    throw new DownloadException(Reason.CANCELLED, "The download of " + dataset.title()
                            + " was cancelled; the unfinished file was removed.", e);
                }
                if (e.reason() == Reason.DISK) {
                    throw new DownloadException(Reason.DISK, "Could not save " + file.name() + " of "
                            + dataset.title() + ": " + e.getMessage() + "; the unfinished file was removed.", e);
                }
                failures.add(e);
            }
        }
        throw summarise(dataset, file, failures);
    }

    /** Whether {@code target} exists with the right checksum; a damaged one is deleted. */
    private static boolean isIntact(Path target, DatasetFile file, ProgressReporter reporter, CancelSignal cancel)
            throws DownloadException {
        if (!Files.exists(target)) {
            return false;
        }
        try {
            if (Files.size(target) == file.size()) {
                String sha = Hashes.sha256Of(target, cancel, reporter::checking);
                if (sha == null) {
                    throw new DownloadException(Reason.CANCELLED, "The check of " + file.name() + " was cancelled.");
                }
                if (sha.equals(file.sha256())) {
                    return true;
                }
            }
            Files.delete(target);   // damaged: never leave it where a reader would load it
            return false;
        } catch (DownloadException e) {
            throw e;
        } catch (IOException e) {
            throw new DownloadException(Reason.DISK, "Could not check or replace the damaged file " + target
                    + ": " + e.getMessage(), e);
        }
    }

    private void fetchFrom(URI uri, DatasetFile file, Path target, ProgressReporter reporter, CancelSignal cancel)
            throws DownloadException {
        if (cancel.isCancelled()) {
            throw MirrorFetch.cancelled();
        }
        Path temp = createTemp(target, file);
        boolean moved = false;
        try {
            String host = MirrorFetch.hostOf(uri);
            reporter.downloading(0, host);
            String sha = fetch.fetch(uri, file, temp, cancel, bytes -> reporter.downloading(bytes, host));
            if (!sha.equals(file.sha256())) {
                throw new DownloadException(Reason.CORRUPT, "the file from " + host + " was corrupt (SHA-256 "
                        + Hashes.abbreviate(sha) + " where " + Hashes.abbreviate(file.sha256())
                        + " was expected); it was deleted");
            }
            moveIntoPlace(temp, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static Path createTemp(Path target, DatasetFile file) throws DownloadException {
        try {
            return Files.createTempFile(target.getParent(), "." + file.name() + ".", FolderLock.TEMP_SUFFIX);
        } catch (IOException e) {
            throw MirrorFetch.diskFailure(target, e);
        }
    }

    private static void moveIntoPlace(Path temp, Path target) throws DownloadException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw MirrorFetch.diskFailure(temp, e);
        }
    }

    private static DownloadException summarise(RemoteDataset dataset, DatasetFile file, List<DownloadException> all) {
        String hosts = dataset.mirrors().stream().map(MirrorFetch::hostOf).collect(Collectors.joining(", "));
        if (all.stream().allMatch(e -> e.reason() == Reason.OFFLINE)) {
            return new DownloadException(Reason.OFFLINE, "You appear to be offline: could not reach any mirror for "
                    + dataset.title() + " (" + hosts + "); the embedded digits still work.", all.get(0));
        }
        DownloadException worst = all.stream().min(Comparator.comparingInt(e -> severity(e.reason()))).orElseThrow();
        String details = all.stream().map(DownloadException::getMessage).collect(Collectors.joining("; "));
        return new DownloadException(worst.reason(), "Could not download " + file.name() + " of " + dataset.title()
                + " from any mirror: " + details + ".", worst);
    }

    /** Lower is more telling: a corrupt file says more than a host that was unreachable. */
    private static int severity(Reason r) {
        return switch (r) {
            case CORRUPT -> 0;
            case HTTP_ERROR -> 1;
            case TIMEOUT -> 2;
            case NETWORK -> 3;
            default -> 4;
        };
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a leftover .part file is never read, and the next run removes it
        }
    }
}
