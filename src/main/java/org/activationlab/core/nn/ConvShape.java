package org.activationlab.core.nn;

/**
 * Geometry of a k×k, stride-1 convolution over one C × H × W image.
 *
 * @param pad zero padding on each side: 0 for 'valid', (k−1)/2 for 'same' (odd k)
 */
record ConvShape(int channels, int height, int width, int kernel, int pad) {
    int outHeight() {
        return height + 2 * pad - kernel + 1;
    }

    int outWidth() {
        return width + 2 * pad - kernel + 1;
    }

    /** Rows of the im2col matrix: C·k·k. */
    int patch() {
        return channels * kernel * kernel;
    }

    /** Columns of the im2col matrix: output positions. */
    int positions() {
        return outHeight() * outWidth();
    }
}
