package org.activationlab.core.download;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.LongConsumer;
import org.activationlab.core.download.DownloadException.Reason;

/**
 * One attempt to fetch one file from one mirror into a temporary file, hashing the bytes while
 * they are written. Every failure becomes a {@link DownloadException} whose message names the
 * host; the caller deletes the temporary file and decides whether to try the next mirror.
 */
final class MirrorFetch {
    private static final int CHUNK = 1 << 16;

    private final HttpClient client;
    private final Duration readTimeout;
    private final ScheduledExecutorService scheduler;

    MirrorFetch(HttpClient client, Duration readTimeout, ScheduledExecutorService scheduler) {
        this.client = client;
        this.readTimeout = readTimeout;
        this.scheduler = scheduler;
    }

    /** Fetches {@code file} from {@code uri} into {@code temp}; returns the SHA-256 of what arrived. */
    String fetch(URI uri, DatasetFile file, Path temp, CancelSignal cancel, LongConsumer progress)
            throws DownloadException {
        String host = hostOf(uri);
        HttpResponse<InputStream> response = send(uri, host, cancel);
        InputStream body = response.body();
        try {
            checkResponse(response, host, file);
            return copy(body, file, temp, host, cancel, progress);
        } finally {
            closeQuietly(body);
        }
    }

    /** The host (and port, if any) of a URI, for messages. */
    static String hostOf(URI uri) {
        return uri.getPort() < 0 ? String.valueOf(uri.getHost()) : uri.getHost() + ":" + uri.getPort();
    }

    private HttpResponse<InputStream> send(URI uri, String host, CancelSignal cancel) throws DownloadException {
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(readTimeout).GET().build();
        CompletableFuture<HttpResponse<InputStream>> future =
                client.sendAsync(request, HttpResponse.BodyHandlers.ofInputStream());
        try (CancelSignal.Registration r = cancel.onCancel(() -> future.cancel(true))) {
            return future.get();
        } catch (CancellationException e) {
            throw cancelled();
        } catch (InterruptedException e) {
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw cancelled();
        } catch (ExecutionException e) {
            throw connectFailure(e.getCause(), host);
        }
    }

    private DownloadException connectFailure(Throwable cause, String host) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof HttpConnectTimeoutException || t instanceof ConnectException
                    || t instanceof UnknownHostException || t instanceof NoRouteToHostException) {
                return new DownloadException(Reason.OFFLINE, "could not connect to " + host, cause);
            }
            if (t instanceof HttpTimeoutException) {
                return new DownloadException(Reason.TIMEOUT,
                        host + " did not answer within " + seconds(readTimeout), cause);
            }
        }
        return new DownloadException(Reason.NETWORK, "the connection to " + host + " failed ("
                + (cause == null ? "unknown error" : cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage())) + ")", cause);
    }

    private static void checkResponse(HttpResponse<?> response, String host, DatasetFile file) throws DownloadException {
        int status = response.statusCode();
        if (status != 200) {
            throw new DownloadException(Reason.HTTP_ERROR, host + " answered HTTP " + status + statusText(status));
        }
        long announced = response.headers().firstValueAsLong("content-length").orElse(file.size());
        if (announced != file.size()) {
            throw new DownloadException(Reason.CORRUPT, host + " offers " + announced + " bytes for " + file.name()
                    + " where " + file.size() + " were expected, so it is not the right file");
        }
    }

    private static String statusText(int status) {
        return switch (status) {
            case 403 -> " (forbidden)";
            case 404 -> " (not found)";
            case 429 -> " (too many requests)";
            case 500, 502, 503, 504 -> " (server trouble)";
            default -> "";
        };
    }

    private String copy(InputStream body, DatasetFile file, Path temp, String host, CancelSignal cancel,
                        LongConsumer progress) throws DownloadException {
        MessageDigest sha = Hashes.sha256();
        long received = 0;
        try (FileChannel out = openForWriting(temp);
             CancelSignal.Registration r = cancel.onCancel(() -> closeQuietly(body));
             IdleWatch idle = new IdleWatch(scheduler, readTimeout, () -> closeQuietly(body))) {
            byte[] buf = new byte[CHUNK];
            while (true) {
                int n = read(body, buf, idle, cancel, host, received, file.size());
                if (n < 0) {
                    break;
                }
                idle.touch();
                received += n;
                if (received > file.size()) {
                    throw new DownloadException(Reason.CORRUPT, host + " sent more than the " + file.size()
                            + " bytes " + file.name() + " has, so it is not the right file");
                }
                sha.update(buf, 0, n);
                write(out, buf, n, temp);
                progress.accept(received);
            }
            if (received != file.size()) {
                throw new DownloadException(Reason.NETWORK, "the transfer from " + host + " ended after "
                        + received + " of " + file.size() + " bytes");
            }
            force(out, temp);
        } catch (IOException e) {
            if (e instanceof DownloadException de) {
                throw de;
            }
            throw diskFailure(temp, e);   // closing the channel failed
        }
        return Hashes.hex(sha.digest());
    }

    private int read(InputStream body, byte[] buf, IdleWatch idle, CancelSignal cancel, String host, long received,
                     long size) throws DownloadException {
        if (cancel.isCancelled()) {
            throw cancelled();
        }
        try {
            return body.read(buf);
        } catch (IOException e) {
            if (cancel.isCancelled()) {
                throw cancelled();
            }
            if (idle.fired()) {
                throw new DownloadException(Reason.TIMEOUT, host + " sent nothing for "
                        + seconds(readTimeout) + " (after " + received + " of " + size + " bytes)", e);
            }
            throw new DownloadException(Reason.NETWORK, "the connection to " + host + " broke after "
                    + received + " of " + size + " bytes", e);
        }
    }

    private static FileChannel openForWriting(Path temp) throws DownloadException {
        try {
            return FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
    }

    private static void write(FileChannel out, byte[] buf, int n, Path temp) throws DownloadException {
        try {
            ByteBuffer bb = ByteBuffer.wrap(buf, 0, n);
            while (bb.hasRemaining()) {
                out.write(bb);
            }
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
    }

    private static void force(FileChannel out, Path temp) throws DownloadException {
        try {
            out.force(true);
        } catch (IOException e) {
            throw diskFailure(temp, e);
        }
    }

    static DownloadException diskFailure(Path temp, IOException e) {
        return new DownloadException(Reason.DISK, "could not write to " + temp.getParent()
                + " (is the disk full or read-only?): " + e.getMessage(), e);
    }

    private static String seconds(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
    }

    static DownloadException cancelled() {
        return new DownloadException(Reason.CANCELLED, "cancelled");
    }

    private static void closeQuietly(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // closing only aborts the transfer; nothing else to do
        }
    }
}
