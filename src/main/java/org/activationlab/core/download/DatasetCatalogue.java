package org.activationlab.core.download;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The datasets the app can download: the full MNIST and Fashion-MNIST, 60,000 training and 10,000
 * test images each, as the four gzip-compressed IDX files both are distributed in.
 *
 * <p>Sizes and SHA-256 checksums are the ones TensorFlow Datasets pins for these files
 * ({@code tensorflow_datasets/url_checksums/mnist.txt} and {@code fashion_mnist.txt}); several
 * independent projects pin the same values. Mirrors are the ones torchvision and TensorFlow
 * Datasets use, the original host last.
 */
public final class DatasetCatalogue {
    private DatasetCatalogue() {
    }

    /** Training images of either dataset (IDX3, 60,000 × 28 × 28). */
    public static final String TRAIN_IMAGES = "train-images-idx3-ubyte.gz";
    /** Training labels (IDX1, 60,000). */
    public static final String TRAIN_LABELS = "train-labels-idx1-ubyte.gz";
    /** Test images (IDX3, 10,000 × 28 × 28). */
    public static final String TEST_IMAGES = "t10k-images-idx3-ubyte.gz";
    /** Test labels (IDX1, 10,000). */
    public static final String TEST_LABELS = "t10k-labels-idx1-ubyte.gz";

    /** The handwritten digits of LeCun, Cortes and Burges. */
    public static final RemoteDataset MNIST = new RemoteDataset("mnist", "MNIST",
            List.of(
                    new DatasetFile(TRAIN_IMAGES, 9_912_422,
                            "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609"),
                    new DatasetFile(TRAIN_LABELS, 28_881,
                            "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c"),
                    new DatasetFile(TEST_IMAGES, 1_648_877,
                            "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6"),
                    new DatasetFile(TEST_LABELS, 4_542,
                            "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6")),
            List.of(
                    URI.create("https://ossci-datasets.s3.amazonaws.com/mnist/"),
                    URI.create("https://storage.googleapis.com/cvdf-datasets/mnist/"),
                    URI.create("http://yann.lecun.com/exdb/mnist/")));

    /** Zalando's clothing images, a drop-in replacement for MNIST (same format, sizes and classes count). */
    public static final RemoteDataset FASHION_MNIST = new RemoteDataset("fashion-mnist", "Fashion-MNIST",
            List.of(
                    new DatasetFile(TRAIN_IMAGES, 26_421_880,
                            "3aede38d61863908ad78613f6a32ed271626dd12800ba2636569512369268a84"),
                    new DatasetFile(TRAIN_LABELS, 29_515,
                            "a04f17134ac03560a47e3764e11b92fc97de4d1bfaf8ba1a3aa29af54cc90845"),
                    new DatasetFile(TEST_IMAGES, 4_422_102,
                            "346e55b948d973a97e58d2351dde16a484bd415d4595297633bb08f03db6a073"),
                    new DatasetFile(TEST_LABELS, 5_148,
                            "67da17c76eaffca5446c3361aaab5c3cd6d1c2608764d35dfb1850b086bf8dd5")),
            List.of(
                    URI.create("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/"),
                    URI.create("https://raw.githubusercontent.com/zalandoresearch/fashion-mnist/master/data/fashion/")));

    /** Every downloadable dataset, in the order a menu shows them. */
    public static List<RemoteDataset> all() {
        return List.of(MNIST, FASHION_MNIST);
    }

    /** The dataset with this id ({@code mnist}, {@code fashion-mnist}; case-insensitive). */
    public static Optional<RemoteDataset> find(String id) {
        String key = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return all().stream().filter(d -> d.id().equals(key)).findFirst();
    }
}
