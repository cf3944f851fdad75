package org.activationlab.core.download;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.activationlab.core.download.DownloadException.Reason;

/**
 * One download at a time per folder, across threads and processes: a lock on a small file in the
 * folder. Holding it, the downloader may also remove temporary files an earlier, killed run left.
 */
final class FolderLock implements AutoCloseable {
    static final String LOCK_FILE = ".download.lock";
    static final String TEMP_SUFFIX = ".part";

    private final FileChannel channel;
    private final FileLock lock;

    private FolderLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Locks {@code folder} (creating it) or fails with {@link Reason#BUSY}. */
    static FolderLock acquire(Path folder) throws DownloadException {
        FileChannel ch = null;
        try {
            Files.createDirectories(folder);
            ch = FileChannel.open(folder.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return new FolderLock(ch, lock);
            }
        } catch (OverlappingFileLockException e) {
            // held by another download in this process: fall through to BUSY
        } catch (IOException e) {
            closeQuietly(ch);
            throw new DownloadException(Reason.DISK, "Could not create the download folder " + folder
                    + ": " + e.getMessage(), e);
        }
        closeQuietly(ch);
        throw new DownloadException(Reason.BUSY, "Another download into " + folder + " is already running.");
    }

    /**
     * Deletes the temporary files ({@code .NAME.*.part}) an interrupted earlier download of these
     * files left; other files in the folder are never touched.
     */
    static void removeStaleTempFiles(Path folder, Iterable<DatasetFile> files) {
        DirectoryStream.Filter<Path> ours = p -> {
            String n = p.getFileName().toString();
            for (DatasetFile f : files) {
                if (n.startsWith("." + f.name() + ".") && n.endsWith(TEMP_SUFFIX)) {
                    return true;
                }
            }
            return false;
        };
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(folder, ours)) {
            for (Path p : parts) {
                Files.deleteIfExists(p);
            }
        } catch (IOException ignored) {
            // leftovers are harmless: no reader looks at them
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the lock goes with the channel anyway
        }
        closeQuietly(channel);
    }

    private static void closeQuietly(FileChannel ch) {
        if (ch != null) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // nothing to clean up beyond closing
            }
        }
    }
}
