package org.activationlab.core.data;

import java.util.Objects;

/**
 * Labelled images in memory, ready for training: pixels as floats in [0, 1] (byte / 255, no
 * other normalisation, as the post and the PyTorch peer), one integer class label per image.
 *
 * <pre>
 * N = count, C = channels (1 for MNIST), H = rows, W = cols
 * images: N × (C·H·W) row-major, image i starts at i·C·H·W
 * labels: N, each in [0, classes)
 * </pre>
 * Immutable by contract: the arrays are never written after construction (they are shared, not
 * copied, to keep large data sets cheap).
 */
public final class Dataset {
    private final String name;
    private final float[] images;
    private final int[] labels;
    private final int count;
    private final int rows;
    private final int cols;
    private final int classes;

    public Dataset(String name, float[] images, int[] labels, int rows, int cols, int classes) {
        this.name = Objects.requireNonNull(name);
        this.images = Objects.requireNonNull(images);
        this.labels = Objects.requireNonNull(labels);
        this.count = labels.length;
        this.rows = rows;
        this.cols = cols;
        this.classes = classes;
        if ((long) count * rows * cols != images.length) {
            throw new IllegalArgumentException(name + ": " + images.length + " pixels for " + count + " images of "
                    + rows + "×" + cols);
        }
        for (int i = 0; i < count; i++) {
            if (labels[i] < 0 || labels[i] >= classes) {
                throw new IllegalArgumentException(name + ": label " + labels[i] + " of item " + i
                        + " is outside [0, " + classes + ")");
            }
        }
    }

    /** Builds a data set from an image file and a label file of the same length. */
    public static Dataset of(String name, IdxFile images, IdxFile labels, int classes) throws IdxFormatException {
        int[] d = images.dims();
        if (d.length != 3) {
            throw new IdxFormatException(name + ": images have " + d.length + " dimensions, expected 3 (N, rows, cols)");
        }
        if (labels.dims().length != 1 || labels.count() != images.count()) {
            throw new IdxFormatException(name + ": " + images.count() + " images but " + labels.count() + " labels");
        }
        byte[] px = images.data();
        float[] f = new float[px.length];
        for (int i = 0; i < px.length; i++) {
            f[i] = (px[i] & 0xff) / 255f;
        }
        byte[] lb = labels.data();
        int[] l = new int[lb.length];
        for (int i = 0; i < lb.length; i++) {
            l[i] = lb[i] & 0xff;
            if (l[i] >= classes) {
                throw new IdxFormatException(name + ": label " + l[i] + " of item " + i + " is not a class in [0, "
                        + classes + ")");
            }
        }
        return new Dataset(name, f, l, d[1], d[2], classes);
    }

    public String name() {
        return name;
    }

    public int count() {
        return count;
    }

    public int rows() {
        return rows;
    }

    public int cols() {
        return cols;
    }

    /** Pixels per image (C·H·W). */
    public int features() {
        return rows * cols;
    }

    public int classes() {
        return classes;
    }

    /** The label of image {@code i}. */
    public int label(int i) {
        return labels[i];
    }

    /** Copies image {@code i} into {@code dst} at {@code off}. */
    public void copyImage(int i, float[] dst, int off) {
        int f = features();
        System.arraycopy(images, i * f, dst, off, f);
    }

    /** A data set holding {@code n} items: this one repeated (and cut) to length n. */
    public Dataset repeatedTo(int n) {
        int f = features();
        float[] img = new float[n * f];
        int[] lab = new int[n];
        for (int i = 0; i < n; i++) {
            System.arraycopy(images, (i % count) * f, img, i * f, f);
            lab[i] = labels[i % count];
        }
        return new Dataset(name + " ×" + n, img, lab, rows, cols, classes);
    }
}
