package org.activationlab.core.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IdxReaderTest {
    @TempDir
    Path dir;

    /** An IDX file: magic, dims, then {@code values} bytes (value i = i % 251). */
    static byte[] idx(int magic, int[] dims, int values) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(magic);
        for (int d : dims) {
            out.writeInt(d);
        }
        for (int i = 0; i < values; i++) {
            out.writeByte(i % 251);
        }
        return bytes.toByteArray();
    }

    static byte[] gzip(byte[] raw) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(raw);
        }
        return bytes.toByteArray();
    }

    private Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, content);
        return p;
    }

    @Test
    void readsRawAndGzipFilesAlike() throws IOException {
        byte[] raw = idx(2051, new int[] {3, 2, 4}, 24);
        IdxFile a = IdxReader.read(write("a-idx3-ubyte", raw), IdxReader.IMAGES_MAGIC);
        IdxFile b = IdxReader.read(write("b-idx3-ubyte.gz", gzip(raw)), IdxReader.IMAGES_MAGIC);
        assertArrayEquals(new int[] {3, 2, 4}, a.dims());
        assertArrayEquals(a.data(), b.data());
        assertEquals(23, a.data()[23]);
    }

    @Test
    void detectsGzipByContentNotByName() throws IOException {
        byte[] raw = idx(2049, new int[] {5}, 5);
        IdxFile f = IdxReader.read(write("labels-without-extension", gzip(raw)), IdxReader.LABELS_MAGIC);
        assertEquals(5, f.count());
    }

    @Test
    void refusesWrongMagicNamingTheFile() throws IOException {
        Path p = write("labels.idx", idx(2049, new int[] {5}, 5));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(p, IdxReader.IMAGES_MAGIC));
        assertTrue(e.getMessage().contains(p.toString()) && e.getMessage().contains("magic"), e.getMessage());
    }

    @Test
    void refusesTruncatedData() throws IOException {
        byte[] raw = idx(2051, new int[] {2, 3, 3}, 18);
        Path p = write("cut.gz", gzip(java.util.Arrays.copyOf(raw, raw.length - 4)));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(p, IdxReader.IMAGES_MAGIC));
        assertTrue(e.getMessage().contains("truncated") && e.getMessage().contains("18"), e.getMessage());
    }

    @Test
    void refusesACutGzipFile() throws IOException {
        byte[] gz = gzip(idx(2051, new int[] {20, 28, 28}, 20 * 784));
        Path p = write("cut-images.gz", java.util.Arrays.copyOf(gz, gz.length / 2));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(p, IdxReader.IMAGES_MAGIC));
        assertTrue(e.getMessage().contains("cut-images.gz") && e.getMessage().contains("truncated"), e.getMessage());
    }

    @Test
    void refusesTruncatedHeader() throws IOException {
        Path p = write("header", java.util.Arrays.copyOf(idx(2051, new int[] {2, 3, 3}, 0), 9));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(p, IdxReader.IMAGES_MAGIC));
        assertTrue(e.getMessage().contains("truncated header"), e.getMessage());
    }

    @Test
    void refusesFilesLongerThanTheirHeaderSays() throws IOException {
        Path p = write("long", idx(2049, new int[] {4}, 6));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> IdxReader.read(p, IdxReader.LABELS_MAGIC));
        assertTrue(e.getMessage().contains("wrong size"), e.getMessage());
    }

    @Test
    void refusesEmptyFilesAndZeroDimensions() throws IOException {
        assertThrows(IdxFormatException.class, () -> IdxReader.read(write("empty", new byte[0]), 2049));
        IdxFormatException e = assertThrows(IdxFormatException.class,
                () -> IdxReader.read(write("zero", idx(2051, new int[] {0, 28, 28}, 0)), 2051));
        assertTrue(e.getMessage().contains("dimension 1"), e.getMessage());
    }

    @Test
    void loadsAFolderAndChecksImagesAgainstLabels() throws IOException {
        Files.write(dir.resolve("train-images-idx3-ubyte.gz"), gzip(idx(2051, new int[] {4, 2, 2}, 16)));
        Files.write(dir.resolve("train-labels-idx1-ubyte"), labels(4));
        Files.write(dir.resolve("t10k-images-idx3-ubyte"), idx(2051, new int[] {2, 2, 2}, 8));
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(2)));
        TrainTestData d = MnistLoader.fromDirectory(dir);
        assertEquals(4, d.train().count());
        assertEquals(2, d.test().count());
        assertEquals(3 / 255f, pixel(d.train(), 0, 3), 1e-7);
        Files.write(dir.resolve("t10k-labels-idx1-ubyte.gz"), gzip(labels(3)));
        IdxFormatException e = assertThrows(IdxFormatException.class, () -> MnistLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("2 images but 3 labels"), e.getMessage());
    }

    @Test
    void namesTheMissingFile() {
        IOException e = assertThrows(IOException.class, () -> MnistLoader.fromDirectory(dir));
        assertTrue(e.getMessage().contains("train-images-idx3-ubyte"), e.getMessage());
    }

    private static float pixel(Dataset ds, int item, int index) {
        float[] buf = new float[ds.features()];
        ds.copyImage(item, buf, 0);
        return buf[index];
    }

    private static byte[] labels(int n) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        out.writeInt(2049);
        out.writeInt(n);
        for (int i = 0; i < n; i++) {
            out.writeByte(i % 10);
        }
        return bytes.toByteArray();
    }

    @Test
    void embeddedDigitsHaveTheDocumentedCounts() throws IOException {
        TrainTestData d = MnistLoader.embedded();
        assertEquals(8000, d.train().count());
        assertEquals(2000, d.test().count());
        assertEquals(784, d.train().features());
        int[] perClass = new int[10];
        for (int i = 0; i < d.test().count(); i++) {
            perClass[d.test().label(i)]++;
        }
        // from the data's README: test counts per class
        assertArrayEquals(new int[] {202, 219, 220, 199, 191, 156, 202, 216, 183, 212}, perClass);
        double mean = 0;
        float[] img = new float[784];
        for (int i = 0; i < d.train().count(); i++) {
            d.train().copyImage(i, img, 0);
            for (float v : img) {
                mean += v;
            }
        }
        assertEquals(0.131, mean / (8000.0 * 784), 0.002);
    }
}
