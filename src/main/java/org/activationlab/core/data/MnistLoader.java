package org.activationlab.core.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Loads MNIST-style data: the embedded 10,000 real digits (8k train / 2k test, module resources
 * beside this class; origin and licence in their README), or any folder holding the four IDX
 * files {@code train-images-idx3-ubyte}, {@code train-labels-idx1-ubyte},
 * {@code t10k-images-idx3-ubyte}, {@code t10k-labels-idx1-ubyte}, each raw or with {@code .gz}
 * (Fashion-MNIST has the same layout).
 */
public final class MnistLoader {
    /** Ten classes: digits 0–9 (or Fashion-MNIST's ten garments). */
    public static final int CLASSES = 10;
    private static final String RESOURCE_DIR = "mnist/";
    private static final String[] PARTS = {"train-images-idx3-ubyte", "train-labels-idx1-ubyte",
        "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"};

    private MnistLoader() {
    }

    /** The embedded digits (about 0.2 s to decode). */
    public static TrainTestData embedded() throws IOException {
        IdxFile[] f = new IdxFile[4];
        for (int i = 0; i < 4; i++) {
            String res = RESOURCE_DIR + PARTS[i] + ".gz";
            try (InputStream in = MnistLoader.class.getResourceAsStream(res)) {
                if (in == null) {
                    throw new IOException("embedded data missing: resource " + res + " not found in the module");
                }
                f[i] = IdxReader.read(in, "embedded " + PARTS[i] + ".gz", magic(i));
            }
        }
        return assemble("embedded MNIST digits", f);
    }

    /** The four IDX files in {@code dir}, raw or gzip. */
    public static TrainTestData fromDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IOException(dir + ": not a folder (expected a folder with train-/t10k- IDX files)");
        }
        IdxFile[] f = new IdxFile[4];
        for (int i = 0; i < 4; i++) {
            f[i] = IdxReader.read(find(dir, PARTS[i]), magic(i));
        }
        return assemble(dir.toString(), f);
    }

    private static Path find(Path dir, String base) throws IOException {
        for (String name : new String[] {base + ".gz", base, base.replace("-idx", ".idx") + ".gz",
            base.replace("-idx", ".idx")}) {
            Path p = dir.resolve(name);
            if (Files.isRegularFile(p)) {
                return p;
            }
        }
        throw new IOException(dir + ": missing " + base + " (or " + base + ".gz)");
    }

    private static int magic(int part) {
        return part % 2 == 0 ? IdxReader.IMAGES_MAGIC : IdxReader.LABELS_MAGIC;
    }

    private static TrainTestData assemble(String source, IdxFile[] f) throws IdxFormatException {
        Dataset train = Dataset.of(source + " train", f[0], f[1], CLASSES);
        Dataset test = Dataset.of(source + " test", f[2], f[3], CLASSES);
        return new TrainTestData(source, train, test);
    }
}
