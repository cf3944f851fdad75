package org.activationlab.core.download;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.LongConsumer;

/** SHA-256 helpers: a fresh digest, hex text, and the checksum of a file on disk. */
final class Hashes {
    private Hashes() {
    }

    /** A new SHA-256 digest (every Java platform has one). */
    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this Java runtime lacks SHA-256", e);
        }
    }

    /** Lowercase hex. */
    static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest);
    }

    /** The first characters of a checksum, enough to tell two apart in a message. */
    static String abbreviate(String hex) {
        return hex.length() <= 16 ? hex : hex.substring(0, 16) + "…";
    }

    /**
     * The SHA-256 of a file, reporting bytes read so far; stops early (returning null) when
     * {@code cancel} is pressed.
     */
    static String sha256Of(Path file, CancelSignal cancel, LongConsumer progress) throws IOException {
        MessageDigest sha = sha256();
        byte[] buf = new byte[1 << 16];
        long done = 0;
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buf)) > 0) {
                if (cancel.isCancelled()) {
                    return null;
                }
                sha.update(buf, 0, n);
                done += n;
                progress.accept(done);
            }
        }
        return hex(sha.digest());
    }
}
