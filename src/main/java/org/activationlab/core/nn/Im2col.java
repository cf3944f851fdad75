package org.activationlab.core.nn;

/**
 * Unfolds an image into the columns a convolution multiplies (and folds gradients back).
 * TODO(lead): switch to core/tensor's Im2col once helper "kern" lands it; this private copy keeps
 * the layer working meanwhile.
 *
 * <pre>
 * image: C × H × W          col: (C·k·k) × (OH·OW),  row r = (c, ki, kj), column = (oy, ox)
 * col[r][oy·OW + ox] = image[c][oy + ki − pad][ox + kj − pad]   (0 outside the image)
 * </pre>
 */
final class Im2col {
    private Im2col() {
    }

    /** image (at imgOff) → col (at 0, fully overwritten). */
    static void im2col(ConvShape s, float[] img, int imgOff, float[] col) {
        int k = s.kernel();
        int oh = s.outHeight();
        int ow = s.outWidth();
        int h = s.height();
        int w = s.width();
        int pad = s.pad();
        int r = 0;
        for (int c = 0; c < s.channels(); c++) {
            int plane = imgOff + c * h * w;
            for (int ki = 0; ki < k; ki++) {
                for (int kj = 0; kj < k; kj++, r++) {
                    int rowBase = r * oh * ow;
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy + ki - pad;
                        int dst = rowBase + oy * ow;
                        if (iy < 0 || iy >= h) {
                            java.util.Arrays.fill(col, dst, dst + ow, 0f);
                            continue;
                        }
                        int src = plane + iy * w + kj - pad;
                        for (int ox = 0; ox < ow; ox++) {
                            int ix = ox + kj - pad;
                            col[dst + ox] = ix >= 0 && ix < w ? img[src + ox] : 0f;
                        }
                    }
                }
            }
        }
    }

    /** col → image gradient (at imgOff; the image region is overwritten, overlapping taps summed). */
    static void col2im(ConvShape s, float[] col, float[] img, int imgOff) {
        int k = s.kernel();
        int oh = s.outHeight();
        int ow = s.outWidth();
        int h = s.height();
        int w = s.width();
        int pad = s.pad();
        java.util.Arrays.fill(img, imgOff, imgOff + s.channels() * h * w, 0f);
        int r = 0;
        for (int c = 0; c < s.channels(); c++) {
            int plane = imgOff + c * h * w;
            for (int ki = 0; ki < k; ki++) {
                for (int kj = 0; kj < k; kj++, r++) {
                    int rowBase = r * oh * ow;
                    for (int oy = 0; oy < oh; oy++) {
                        int iy = oy + ki - pad;
                        if (iy < 0 || iy >= h) {
                            continue;
                        }
                        int src = rowBase + oy * ow;
                        int dst = plane + iy * w + kj - pad;
                        for (int ox = 0; ox < ow; ox++) {
                            int ix = ox + kj - pad;
                            if (ix >= 0 && ix < w) {
                                img[dst + ox] += col[src + ox];
                            }
                        }
                    }
                }
            }
        }
    }
}
