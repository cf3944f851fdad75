package org.activationlab.core.tensor;

import java.util.Arrays;

/**
 * Unfolds k × k patches of images into the rows of a matrix, so a convolution becomes one
 * {@link Gemm} call ("im2col"), and folds such a matrix back, summing overlaps ("col2im", the
 * adjoint, for the backward pass). Stride 1.
 *
 * <pre>
 * B = batch, H × W = input height × width, C = channels, k = kernel size
 * OH × OW = output size: valid: H-k+1 × W-k+1;  same: H × W (zero border, (k-1)/2 before, rest after)
 * x      [B][H][W][C]          images, NHWC (channels last)
 * cols   [B·OH·OW][k·k·C]      one row per output pixel, columns ordered (ky, kx, c)
 * </pre>
 * Why NHWC: the rows of {@code cols} then hold, for each (ky, kx), C channels that lie next to each
 * other in x (one block copy), and the convolution's output {@code Y = cols · Wᵀ}
 * ([B·OH·OW][Cout], W stored [Cout][k·k·C]) is again NHWC without any transposition; the
 * backward pass is {@code dW = dYᵀ · cols} and {@code dCols = dY · W}, then {@link #col2im}.
 */
public final class Im2col {

    /** How the border is handled (stride 1). */
    public enum Padding {
        /** Only positions where the kernel fits inside the image: output H-k+1 × W-k+1. */
        VALID,
        /** Zero border so the output has the input's size; odd k centres the kernel. */
        SAME
    }

    private Im2col() {
    }

    /** Output height (or width) for an input of {@code in} pixels. */
    public static int outSize(int in, int k, Padding padding) {
        return padding == Padding.SAME ? in : in - k + 1;
    }

    /** Zero rows/columns added before the image (top or left). */
    static int padBefore(int k, Padding padding) {
        return padding == Padding.SAME ? (k - 1) / 2 : 0;
    }

    /**
     * Fills {@code cols} (B·OH·OW × k·k·C from {@code colsOff}) with the patches of x
     * (B × H × W × C from {@code xOff}); border positions of SAME padding are 0.
     */
    public static void im2col(float[] x, int xOff, int batch, int h, int w, int c, int k,
                              Padding padding, float[] cols, int colsOff, Parallel par) {
        Geometry g = new Geometry(batch, h, w, c, k, padding);
        g.check("x", x, xOff, (long) batch * h * w * c, "cols", cols, colsOff);
        par.forRange(batch * g.oh, 4, (from, to) -> {
            for (int row = from; row < to; row++) {
                unfoldOutputRow(x, xOff, g, row / g.oh, row % g.oh, cols, colsOff);
            }
        });
    }

    /** Patches for the OW output pixels of output row oy of image b. */
    private static void unfoldOutputRow(float[] x, int xOff, Geometry g, int b, int oy,
                                        float[] cols, int colsOff) {
        int kc = g.k * g.c;
        int rowLen = g.k * kc;
        int dst = colsOff + ((b * g.oh + oy) * g.ow) * rowLen;
        for (int ox = 0; ox < g.ow; ox++, dst += rowLen) {
            for (int ky = 0; ky < g.k; ky++) {
                int iy = oy + ky - g.pad;
                int d = dst + ky * kc;
                if (iy < 0 || iy >= g.h) {
                    Arrays.fill(cols, d, d + kc, 0f);
                    continue;
                }
                int ix0 = ox - g.pad;
                int src = xOff + ((b * g.h + iy) * g.w + ix0) * g.c;
                if (ix0 >= 0 && ix0 + g.k <= g.w) {
                    System.arraycopy(x, src, cols, d, kc);   // the k pixels of this kernel row lie side by side
                    continue;
                }
                for (int kx = 0; kx < g.k; kx++) {
                    int ix = ix0 + kx;
                    int dk = d + kx * g.c;
                    if (ix < 0 || ix >= g.w) {
                        Arrays.fill(cols, dk, dk + g.c, 0f);
                    } else {
                        System.arraycopy(x, src + kx * g.c, cols, dk, g.c);
                    }
                }
            }
        }
    }

    /**
     * The adjoint of {@link #im2col}: dx (B × H × W × C) = Σ over the patches that contain each
     * pixel of the matching entries of {@code cols}. dx is overwritten (whatever it held).
     */
    public static void col2im(float[] cols, int colsOff, int batch, int h, int w, int c, int k,
                              Padding padding, float[] dx, int dxOff, Parallel par) {
        Geometry g = new Geometry(batch, h, w, c, k, padding);
        g.check("dx", dx, dxOff, (long) batch * h * w * c, "cols", cols, colsOff);
        par.forRange(batch, 1, (from, to) -> {
            Arrays.fill(dx, dxOff + from * h * w * c, dxOff + to * h * w * c, 0f);
            for (int b = from; b < to; b++) {
                for (int oy = 0; oy < g.oh; oy++) {
                    foldOutputRow(cols, colsOff, g, b, oy, dx, dxOff);
                }
            }
        });
    }

    /** Adds the patches of output row oy of image b back onto dx (threads own whole images). */
    private static void foldOutputRow(float[] cols, int colsOff, Geometry g, int b, int oy,
                                      float[] dx, int dxOff) {
        int kc = g.k * g.c;
        int rowLen = g.k * kc;
        int src = colsOff + ((b * g.oh + oy) * g.ow) * rowLen;
        for (int ox = 0; ox < g.ow; ox++, src += rowLen) {
            for (int ky = 0; ky < g.k; ky++) {
                int iy = oy + ky - g.pad;
                if (iy < 0 || iy >= g.h) {
                    continue;
                }
                int s = src + ky * kc;
                int ix0 = ox - g.pad;
                int kxFrom = Math.max(0, -ix0);
                int kxTo = Math.min(g.k, g.w - ix0);
                int d = dxOff + ((b * g.h + iy) * g.w + ix0) * g.c;
                addTo(cols, s + kxFrom * g.c, dx, d + kxFrom * g.c, (kxTo - kxFrom) * g.c);
            }
        }
    }

    /** dst[d .. d+len) += src[s .. s+len): one kernel row of a patch, back onto the image. */
    private static void addTo(float[] src, int s, float[] dst, int d, int len) {
        int e = Simd.AVAILABLE ? SimdKernels.addTo(src, s, dst, d, len) : 0;
        for (; e < len; e++) {
            dst[d + e] += src[s + e];
        }
    }

    /** Sizes of one unfold, checked once at the entry point. */
    private static final class Geometry {
        final int batch, h, w, c, k, pad, oh, ow;

        Geometry(int batch, int h, int w, int c, int k, Padding padding) {
            if (batch < 0 || h < 1 || w < 1 || c < 1 || k < 1) {
                throw new IllegalArgumentException("need batch >= 0 and h, w, c, k >= 1, got batch=" + batch
                        + " h=" + h + " w=" + w + " c=" + c + " k=" + k);
            }
            this.batch = batch;
            this.h = h;
            this.w = w;
            this.c = c;
            this.k = k;
            this.pad = padBefore(k, padding);
            this.oh = outSize(h, k, padding);
            this.ow = outSize(w, k, padding);
            if (oh < 1 || ow < 1) {
                throw new IllegalArgumentException("kernel " + k + "x" + k + " does not fit a "
                        + h + "x" + w + " image with " + padding + " padding");
            }
        }

        void check(String imgName, float[] img, int imgOff, long imgLen, String colsName, float[] cols, int colsOff) {
            long colsLen = (long) batch * oh * ow * k * k * c;
            if (imgOff < 0 || imgOff + imgLen > img.length) {
                throw new IllegalArgumentException(imgName + ": " + batch + "x" + h + "x" + w + "x" + c
                        + " from offset " + imgOff + " needs " + (imgOff + imgLen) + " elements, array has " + img.length);
            }
            if (colsOff < 0 || colsOff + colsLen > cols.length) {
                throw new IllegalArgumentException(colsName + ": " + (batch * oh * ow) + "x" + (k * k * c)
                        + " from offset " + colsOff + " needs " + (colsOff + colsLen) + " elements, array has " + cols.length);
            }
        }
    }
}
