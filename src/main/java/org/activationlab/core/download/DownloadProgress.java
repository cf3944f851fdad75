package org.activationlab.core.download;

import java.util.Locale;

/**
 * An immutable snapshot of a download, handed to a {@link DownloadListener} from the download
 * thread. A UI keeps only the latest one and shows it once per frame.
 *
 * @param datasetId  the dataset being fetched
 * @param stage      what is happening now
 * @param fileName   the current file
 * @param fileIndex  its position, 0-based
 * @param fileCount  how many files the dataset has
 * @param fileBytes  bytes of the current file done (received or checked)
 * @param fileSize   the current file's size
 * @param doneBytes  bytes of the whole dataset done, this file included
 * @param totalBytes the whole dataset's size
 * @param source     the host the current file comes from; empty when not downloading
 */
public record DownloadProgress(String datasetId, Stage stage, String fileName, int fileIndex, int fileCount,
                               long fileBytes, long fileSize, long doneBytes, long totalBytes, String source) {

    /** The stages of one file, then of the whole dataset. */
    public enum Stage {
        /** Checking the SHA-256 of a file already in the folder. */
        CHECKING,
        /** Receiving a file from a mirror. */
        DOWNLOADING,
        /** The file is verified and in place (downloaded now, or found intact). */
        FILE_READY,
        /** Every file is verified and in place. */
        FINISHED
    }

    /** The fraction of the whole dataset done, in [0, 1]. */
    public double fraction() {
        return totalBytes <= 0 ? 0 : Math.min(1.0, (double) doneBytes / totalBytes);
    }

    /** The fraction of the current file done, in [0, 1]. */
    public double fileFraction() {
        return fileSize <= 0 ? 0 : Math.min(1.0, (double) fileBytes / fileSize);
    }

    /** One line for a status bar or a terminal, e.g. "t10k-images-idx3-ubyte.gz (3/4): 1.2 of 1.6 MB, 71% in all". */
    public String describe() {
        if (stage == Stage.FINISHED) {
            return String.format(Locale.ROOT, "all %d files ready (%s)", fileCount, megabytes(totalBytes));
        }
        String what = switch (stage) {
            case CHECKING -> "checking ";
            case DOWNLOADING -> "";
            case FILE_READY -> "ready: ";
            case FINISHED -> throw new AssertionError();
        };
        return String.format(Locale.ROOT, "%s%s (%d/%d): %s of %s, %d%% in all", what, fileName, fileIndex + 1,
                fileCount, megabytes(fileBytes), megabytes(fileSize), Math.round(100 * fraction()));
    }

    private static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
}
