package org.activationlab.core.data;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;

/**
 * Reads IDX files of unsigned bytes (the format of MNIST and Fashion-MNIST), gzip-compressed or
 * raw. Compression is detected from the content (gzip's magic bytes 0x1f 0x8b), not the name.
 *
 * <p>Format (big-endian): a 4-byte magic {@code 0x00 0x00 type ndims} (type 0x08 = unsigned
 * byte), then {@code ndims} 4-byte sizes, then the values. Images use magic 2051 (3 dims),
 * labels 2049 (1 dim). Every check failure throws {@link IdxFormatException} naming the file and
 * what was expected.
 */
public final class IdxReader {
    /** Magic number of an image file: unsigned bytes, 3 dimensions. */
    public static final int IMAGES_MAGIC = 2051;
    /** Magic number of a label file: unsigned bytes, 1 dimension. */
    public static final int LABELS_MAGIC = 2049;
    private static final long MAX_VALUES = Integer.MAX_VALUE - 16;

    private IdxReader() {
    }

    /** Reads a file from disk, checking it has the expected magic number. */
    public static IdxFile read(Path file, int expectedMagic) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString(), expectedMagic);
        }
    }

    /**
     * Reads from a stream (closed by the caller). {@code name} is used in error messages.
     *
     * @throws IdxFormatException if the magic, the dimensions or the length are wrong
     */
    public static IdxFile read(InputStream raw, String name, int expectedMagic) throws IOException {
        BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
        buffered.mark(2);
        int b0 = buffered.read();
        int b1 = buffered.read();
        buffered.reset();
        if (b0 < 0) {
            throw new IdxFormatException(name + ": file is empty (expected an IDX file)");
        }
        InputStream in = (b0 == 0x1f && b1 == 0x8b) ? new GZIPInputStream(buffered, 1 << 16) : buffered;
        DataInputStream data = new DataInputStream(in);
        int magic = readHeaderInt(data, name, "the magic number");
        if (magic != expectedMagic) {
            throw new IdxFormatException(name + ": bad magic number " + magic + ", expected " + expectedMagic
                    + " (" + (expectedMagic == IMAGES_MAGIC ? "an image file" : "a label file")
                    + "); is this the right file?");
        }
        int[] dims = new int[magic & 0xff];
        long total = 1;
        for (int d = 0; d < dims.length; d++) {
            dims[d] = readHeaderInt(data, name, "dimension " + (d + 1) + " of " + dims.length);
            if (dims[d] <= 0) {
                throw new IdxFormatException(name + ": dimension " + (d + 1) + " is " + dims[d] + ", expected > 0");
            }
            total *= dims[d];
            if (total > MAX_VALUES) {
                throw new IdxFormatException(name + ": dimensions too large (" + total + "+ values)");
            }
        }
        byte[] values = new byte[(int) total];
        int got = readFully(data, values, name);
        if (got < values.length) {
            throw new IdxFormatException(name + ": truncated: the header promises " + values.length
                    + " values, the file holds " + got);
        }
        if (data.read() >= 0) {
            throw new IdxFormatException(name + ": wrong size: more data than the header's " + values.length
                    + " values");
        }
        return new IdxFile(magic, dims, values);
    }

    /** Reads as many values as there are; a compressed stream that breaks off counts as truncated. */
    private static int readFully(InputStream in, byte[] values, String name) throws IOException {
        try {
            return in.readNBytes(values, 0, values.length);
        } catch (EOFException e) {
            throw new IdxFormatException(name + ": truncated: the compressed data ends early (expected "
                    + values.length + " values)");
        } catch (java.util.zip.ZipException e) {
            throw new IdxFormatException(name + ": damaged gzip data (" + e.getMessage() + ")");
        }
    }

    private static int readHeaderInt(DataInputStream in, String name, String what) throws IOException {
        try {
            return in.readInt();
        } catch (EOFException e) {
            throw new IdxFormatException(name + ": truncated header: could not read " + what);
        } catch (java.util.zip.ZipException e) {
            throw new IdxFormatException(name + ": damaged gzip data (" + e.getMessage() + ")");
        }
    }
}
