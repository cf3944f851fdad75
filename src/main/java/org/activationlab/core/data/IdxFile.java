package org.activationlab.core.data;

import java.util.Arrays;

/**
 * The content of one IDX file of unsigned bytes (the MNIST format): its magic number, its
 * dimensions and the raw bytes in row-major order. Values are read with {@code b & 0xff}.
 *
 * @param magic 2051 for images (3 dimensions), 2049 for labels (1 dimension)
 * @param dims  the dimensions, outermost first (e.g. N, 28, 28)
 * @param data  the values, length = product of dims
 */
public record IdxFile(int magic, int[] dims, byte[] data) {
    public IdxFile {
        dims = dims.clone();
    }

    @Override
    public int[] dims() {
        return dims.clone();
    }

    /** The outermost dimension: the number of items. */
    public int count() {
        return dims[0];
    }

    @Override
    public String toString() {
        return "IdxFile[magic=" + magic + ", dims=" + Arrays.toString(dims) + "]";
    }
}
